package io.mailwright.runtime;

import java.util.List;

/**
 * A request breaks documented rules of the API; nothing was sent. Lists every violation at once,
 * one per line of the message.
 */
public final class RequestValidationException extends MailwrightException {
  private static final long serialVersionUID = 1L;

  private final transient List<Violation> violations;

  public RequestValidationException(String subject, List<Violation> violations) {
    super(message(subject, violations));
    this.violations = List.copyOf(violations);
  }

  /** Every broken rule, in the order of the request's fields. */
  public List<Violation> violations() {
    return violations;
  }

  private static String message(String subject, List<Violation> violations) {
    StringBuilder sb = new StringBuilder(subject).append(" is invalid (").append(violations.size());
    sb.append(violations.size() == 1 ? " violation):" : " violations):");
    for (Violation v : violations) {
      sb.append("\n  ").append(v);
    }
    return sb.toString();
  }
}
