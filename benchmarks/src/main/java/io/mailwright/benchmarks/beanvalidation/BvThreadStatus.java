package io.mailwright.benchmarks.beanvalidation;

/** Status of the conversation after the thread is added. */
public enum BvThreadStatus {
  ACTIVE("active"), ALL("all"), CLOSED("closed"), OPEN("open"), PENDING("pending"), SPAM("spam");

  private final String value;

  BvThreadStatus(String value) {
    this.value = value;
  }

  public String getValue() {
    return value;
  }
}
