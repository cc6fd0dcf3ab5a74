package io.mailwright.runtime;

/** {@code 5xx}: the API failed. For a write, the request may have been applied all the same: the client never sends it again by itself. */
public class ServerException extends ApiException {
  private static final long serialVersionUID = 1L;

  public ServerException(ErrorContext context, String explanation) {
    super(context, explanation);
  }
}
