package io.mailwright.runtime;

/** {@code 404}: the resource does not exist, or (for a write to a conversation) the conversation was merged into another one; the message says how to find it. */
public class NotFoundException extends ApiException {
  private static final long serialVersionUID = 1L;

  public NotFoundException(ErrorContext context, String explanation) {
    super(context, explanation);
  }
}
