package io.mailwright.runtime;

/** {@code 413}: the request is too large for the API. */
public class RequestTooLargeException extends ApiException {
  private static final long serialVersionUID = 1L;

  public RequestTooLargeException(ErrorContext context, String explanation) {
    super(context, explanation);
  }
}
