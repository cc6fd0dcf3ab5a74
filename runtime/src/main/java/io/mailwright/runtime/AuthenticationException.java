package io.mailwright.runtime;

/** {@code 401} (or a token endpoint refusal): the credentials were refused: a missing, invalid or expired token (the API does not say which), an inactive user, or client credentials the token endpoint rejected. */
public class AuthenticationException extends ApiException {
  private static final long serialVersionUID = 1L;

  public AuthenticationException(ErrorContext context, String explanation) {
    super(context, explanation);
  }
}
