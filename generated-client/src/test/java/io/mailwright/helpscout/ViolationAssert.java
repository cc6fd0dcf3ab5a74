package io.mailwright.helpscout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.mailwright.runtime.RequestValidationException;
import io.mailwright.runtime.Rule;
import io.mailwright.runtime.Validatable;
import io.mailwright.runtime.Violation;
import java.util.List;
import org.junit.jupiter.api.function.Executable;

/**
 * Assertions on violations. A violation is compared as one line {@code path | RULE | message}, so
 * that a failing test shows every difference (path, rule and message) in one readable diff.
 */
final class ViolationAssert {
  private ViolationAssert() {}

  /** The expected form of one violation. */
  static String violation(String path, Rule rule, String message) {
    return path + " | " + rule + " | " + message;
  }

  /** The violations, exactly and in the order reported (the order of the request's fields). */
  static void assertViolations(List<Violation> actual, String... expected) {
    assertEquals(List.of(expected), actual.stream().map(v -> violation(v.path(), v.rule(), v.message())).toList());
  }

  /** {@code build} throws a {@link RequestValidationException} listing exactly these violations. */
  static RequestValidationException assertBuildFails(Executable build, String... expected) {
    RequestValidationException e = assertThrows(RequestValidationException.class, build);
    assertViolations(e.violations(), expected);
    return e;
  }

  /** The value breaks no rule. */
  static void assertValid(Validatable value) {
    assertViolations(value.validate());
  }
}
