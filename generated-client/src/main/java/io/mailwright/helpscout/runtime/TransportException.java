package io.mailwright.helpscout.runtime;

/**
 * The client could not talk to the API: the connection failed before the request was sent (so the
 * API certainly did not process it) and the retries allowed for that were used up, or a read
 * request failed. Also a request body that could not be written (a file that went away).
 */
public final class TransportException extends HelpScoutException {
  private static final long serialVersionUID = 1L;

  public TransportException(String message, Throwable cause) {
    super(message, cause);
  }
}
