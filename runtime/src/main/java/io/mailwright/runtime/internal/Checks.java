package io.mailwright.runtime.internal;

import io.mailwright.runtime.BinaryData;
import io.mailwright.runtime.Rule;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The leaf checks of generated validation (issue 10, item 3): each looks at one value and, when it
 * breaks its rule, reports it to {@link Violations} with its message, so that generated code calls
 * one method per rule instead of spelling out the condition and the message. A {@code null} value
 * passes every check but {@link #required} and {@link #requiredText}: whether a field may be absent
 * is their business alone.
 *
 * <p>Used by generated code; not part of the client's API.
 */
public final class Checks {
  private Checks() {}

  /** Reports a missing value ({@link Rule#REQUIRED}); returns whether the value is present. */
  public static boolean required(Violations violations, String field, @Nullable Object value) {
    if (value == null) {
      violations.add(field, Rule.REQUIRED, "is required", null);
      return false;
    }
    return true;
  }

  /** Reports missing or empty text ({@link Rule#REQUIRED}); returns whether it has content to check further. */
  public static boolean requiredText(Violations violations, String field, @Nullable String value) {
    if (value == null) {
      violations.add(field, Rule.REQUIRED, "is required", null);
      return false;
    }
    if (value.isEmpty()) {
      violations.add(field, Rule.REQUIRED, "must not be empty", value);
      return false;
    }
    return true;
  }

  /** Text of {@code min..max} characters ({@link Rule#LENGTH}); {@code max} is {@link Integer#MAX_VALUE} when unbounded. */
  public static void length(Violations violations, String field, @Nullable String value, int min, int max) {
    if (value != null && (value.length() < min || value.length() > max)) {
      violations.add(field, Rule.LENGTH, "length must be " + bounds(min, max) + ", was " + value.length(), value);
    }
  }

  /** A list of {@code min..max} elements ({@link Rule#SIZE}); {@code max} is {@link Integer#MAX_VALUE} when unbounded. */
  public static void size(Violations violations, String field, @Nullable List<?> value, int min, int max) {
    if (value != null && (value.size() < min || value.size() > max)) {
      violations.add(field, Rule.SIZE, "size must be " + bounds(min, max) + ", was " + value.size(), null);
    }
  }

  /** Each element of a list is present ({@link Rule#REQUIRED} at its index). */
  public static void elements(Violations violations, String field, @Nullable List<?> value) {
    if (value != null) {
      for (int i = 0; i < value.size(); i++) {
        element(violations, field, i, value.get(i));
      }
    }
  }

  /** Reports a {@code null} element {@code index} of a list ({@link Rule#REQUIRED}); returns whether it is present. */
  public static boolean element(Violations violations, String field, int index, @Nullable Object item) {
    if (item == null) {
      violations.add(field, index, Rule.REQUIRED, "must not be null", null);
      return false;
    }
    return true;
  }

  /** An email address ({@link Rule#EMAIL}, {@link Formats#isEmail}). */
  public static void email(Violations violations, String field, @Nullable String value) {
    if (value != null && !Formats.isEmail(value)) {
      violations.add(field, Rule.EMAIL, "must be an email address, was '" + value + "'", value);
    }
  }

  /** Each element of a list is present and an email address, reported at its index. */
  public static void emails(Violations violations, String field, @Nullable List<String> value) {
    if (value != null) {
      for (int i = 0; i < value.size(); i++) {
        String item = value.get(i);
        if (item == null) {
          violations.add(field, i, Rule.REQUIRED, "must not be null", null);
        } else if (!Formats.isEmail(item)) {
          violations.add(field, i, Rule.EMAIL, "must be an email address, was '" + item + "'", item);
        }
      }
    }
  }

  /**
   * A value of a value list ({@link Rule#ONE_OF}): {@code known} is whether the enum knows the wire
   * value, {@code values} the documented values as the message lists them ({@code [active, closed]}).
   */
  public static void oneOf(Violations violations, String field, @Nullable String value, boolean known, String values) {
    if (value != null && !known) {
      violations.add(field, Rule.ONE_OF, "must be one of " + values + ", was '" + value + "'", value);
    }
  }

  /** Binary content that can be sent: valid Base64, a readable file or stream ({@link Rule#BASE64}). */
  public static void base64(Violations violations, String field, @Nullable BinaryData value) {
    if (value != null) {
      String problem = value.problem();
      if (problem != null) {
        violations.add(field, Rule.BASE64, problem, null);
      }
    }
  }

  /** An instant in the API's form ({@link Rule#INSTANT}, {@link Formats#isApiInstant}). */
  public static void instant(Violations violations, String field, @Nullable String value) {
    if (value != null && !Formats.isApiInstant(value)) {
      violations.add(field, Rule.INSTANT, "must be an instant in the form " + Formats.INSTANT_PATTERN
          + " (UTC, whole seconds), was '" + value + "'", value);
    }
  }

  /** Text whose whole value matches a regular expression ({@link Rule#PATTERN}). */
  public static void pattern(Violations violations, String field, @Nullable String value, Pattern pattern) {
    if (value != null && !pattern.matcher(value).matches()) {
      violations.add(field, Rule.PATTERN, "must match " + pattern.pattern() + ", was '" + value + "'", value);
    }
  }

  /**
   * A number in {@code min..max} ({@link Rule#RANGE}); {@link Long#MIN_VALUE} and {@link Long#MAX_VALUE}
   * stand for no lower and no upper bound.
   */
  public static void range(Violations violations, String field, @Nullable Number value, long min, long max) {
    if (value != null && (value.longValue() < min || value.longValue() > max)) {
      String bounds = min == Long.MIN_VALUE ? "at most " + max : max == Long.MAX_VALUE ? "at least " + min : min + ".." + max;
      violations.add(field, Rule.RANGE, "must be " + bounds + ", was " + value, value);
    }
  }

  /**
   * A field set only when another field holds a value ({@link Rule#ONLY_WHEN}): reported when
   * {@code present} and not {@code holds}; {@code other} and {@code value} name the rule in the message.
   */
  public static void onlyWhen(Violations violations, String field, boolean present, boolean holds, String other,
      String value) {
    if (present && !holds) {
      violations.add(field, Rule.ONLY_WHEN, "only allowed when " + other + " is " + value, null);
    }
  }

  /** None of {@code fields} (JSON names) is set, although one of them must be ({@link Rule#AT_LEAST_ONE}). */
  public static void atLeastOne(Violations violations, String... fields) {
    String names = fields.length == 1 ? fields[0]
        : fields.length == 2 ? fields[0] + " or " + fields[1]
        : "at least one of " + String.join(", ", fields);
    violations.addHere(Rule.AT_LEAST_ONE, "must have " + names);
  }

  /** {@code 1..40}, {@code at most 200}, {@code at least 1}: as the model's bounds read. */
  private static String bounds(int min, int max) {
    if (max == Integer.MAX_VALUE) {
      return "at least " + min;
    }
    return min == 0 ? "at most " + max : min + ".." + max;
  }
}
