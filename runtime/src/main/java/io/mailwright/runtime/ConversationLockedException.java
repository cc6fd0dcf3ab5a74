package io.mailwright.runtime;

/** {@code 412}: the conversation is locked: it has 99 threads or more (a new conversation: more than 100), or company policy prevents old conversations from being updated. */
public class ConversationLockedException extends ApiException {
  private static final long serialVersionUID = 1L;

  public ConversationLockedException(ErrorContext context, String explanation) {
    super(context, explanation);
  }
}
