package io.mailwright.runtime;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One broken rule of a request: where ({@link #path()}, a JSON path such as
 * {@code threads[2].customer.firstName}), which rule, and a message that says what was expected and
 * what was found.
 */
public final class Violation {
  private final String path;
  private final Rule rule;
  private final String message;
  private final @Nullable String rejectedValue;

  public Violation(String path, Rule rule, String message, @Nullable String rejectedValue) {
    this.path = Objects.requireNonNull(path, "path");
    this.rule = Objects.requireNonNull(rule, "rule");
    this.message = Objects.requireNonNull(message, "message");
    this.rejectedValue = rejectedValue;
  }

  /** The JSON path of the offending value; empty for a rule of the request's top-level object. */
  public String path() {
    return path;
  }

  public Rule rule() {
    return rule;
  }

  /** What was expected and what was found, e.g. {@code length must be 1..40, was 41}. */
  public String message() {
    return message;
  }

  /** The offending value as text, or {@code null} when it is absent or too large to repeat. */
  public @Nullable String rejectedValue() {
    return rejectedValue;
  }

  /** {@code path: message}, e.g. {@code threads[2].customer.firstName: length must be 1..40, was 41}. */
  @Override
  public String toString() {
    return path.isEmpty() ? message : path + ": " + message;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Violation v
        && path.equals(v.path)
        && rule == v.rule
        && message.equals(v.message)
        && Objects.equals(rejectedValue, v.rejectedValue);
  }

  @Override
  public int hashCode() {
    return Objects.hash(path, rule, message, rejectedValue);
  }
}
