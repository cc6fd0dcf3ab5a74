package io.mailwright.benchmarks.beanvalidation;

/** A thread of a new conversation; its type decides its fields. */
public abstract class BvConversationThread {
  private final String type;

  protected BvConversationThread(String type) {
    this.type = type;
  }

  public String getType() {
    return type;
  }
}
