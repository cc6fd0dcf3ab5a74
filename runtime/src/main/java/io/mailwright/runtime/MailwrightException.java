package io.mailwright.runtime;

/**
 * The root of every exception the client throws. Unchecked: catch the subclass that you can act on
 * ({@link RequestValidationException} before anything is sent, the API's errors after).
 *
 * <p>Messages never contain credentials: no client secret, access token or refresh token.
 */
public class MailwrightException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public MailwrightException(String message) {
    super(message);
  }

  public MailwrightException(String message, Throwable cause) {
    super(message, cause);
  }
}
