package io.mailwright.runtime;

/** {@code 403}: the token is valid but does not give access to this resource. */
public class ForbiddenException extends ApiException {
  private static final long serialVersionUID = 1L;

  public ForbiddenException(ErrorContext context, String explanation) {
    super(context, explanation);
  }
}
