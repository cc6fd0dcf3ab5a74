package io.mailwright.runtime.internal;

import io.mailwright.runtime.RequestValidationException;
import io.mailwright.runtime.Rule;
import io.mailwright.runtime.Violation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Collects the violations of one request while generated validation code walks it. The current
 * JSON path is kept as a stack of segments, so a valid request is checked without building a
 * single path string; paths are only written out for violations.
 *
 * <p>Used by generated code; not thread-safe, one instance per validation.
 */
public final class Violations {
  private String[] names = new String[8];
  private int[] indexes = new int[8];
  private int depth;
  private List<Violation> found;
  private final boolean strict;

  /** Checks the documented rules; fields read from JSON that the type does not know are not reported. */
  public Violations() {
    this(false);
  }

  private Violations(boolean strict) {
    this.strict = strict;
  }

  /** Checks the documented rules and reports every unknown field read from JSON ({@link Rule#UNKNOWN_FIELD}). */
  public static Violations strict() {
    return new Violations(true);
  }

  /**
   * Reports each name of {@code unknownFields} (the fields JSON held that the current object's type
   * does not know) as an {@link Rule#UNKNOWN_FIELD} violation, when this validation is strict.
   */
  public void unknownFields(@Nullable List<String> unknownFields) {
    if (strict && unknownFields != null) {
      for (String name : unknownFields) {
        report(path(name, -1), Rule.UNKNOWN_FIELD, "unknown field", null);
      }
    }
  }

  /** Descends into the object held by {@code field}. */
  public void enter(String field) {
    push(field, -1);
  }

  /** Descends into element {@code index} of the list held by {@code field}. */
  public void enter(String field, int index) {
    push(field, index);
  }

  /** Climbs back out of the last {@link #enter}. */
  public void exit() {
    depth--;
  }

  /** Reports a broken rule of {@code field} of the current object. */
  public void add(String field, Rule rule, String message, @Nullable Object rejected) {
    report(path(field, -1), rule, message, rejected);
  }

  /** Reports a broken rule of element {@code index} of the list held by {@code field}. */
  public void add(String field, int index, Rule rule, String message, @Nullable Object rejected) {
    report(path(field, index), rule, message, rejected);
  }

  /** Reports a broken rule of the current object as a whole. */
  public void addHere(Rule rule, String message) {
    report(path(null, -1), rule, message, null);
  }

  /** The violations found so far, in the order they were reported. */
  public List<Violation> toList() {
    return found == null ? List.of() : List.copyOf(found);
  }

  /** Throws a {@link RequestValidationException} naming {@code subject} if anything was found. */
  public void throwIfAny(String subject) {
    if (found != null) {
      throw new RequestValidationException(subject, found);
    }
  }

  private void push(String field, int index) {
    if (depth == names.length) {
      names = Arrays.copyOf(names, depth * 2);
      indexes = Arrays.copyOf(indexes, depth * 2);
    }
    names[depth] = field;
    indexes[depth] = index;
    depth++;
  }

  private String path(@Nullable String field, int index) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      segment(sb, names[i], indexes[i]);
    }
    if (field != null) {
      segment(sb, field, index);
    }
    return sb.toString();
  }

  private static void segment(StringBuilder sb, String name, int index) {
    if (sb.length() > 0) {
      sb.append('.');
    }
    sb.append(name);
    if (index >= 0) {
      sb.append('[').append(index).append(']');
    }
  }

  private void report(String path, Rule rule, String message, @Nullable Object rejected) {
    if (found == null) {
      found = new ArrayList<>();
    }
    found.add(new Violation(path, rule, message, rejected == null ? null : String.valueOf(rejected)));
  }
}
