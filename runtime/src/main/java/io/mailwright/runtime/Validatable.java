package io.mailwright.runtime;

import java.util.List;

/**
 * A generated request type: it can check itself against every documented rule of the API. A value
 * made by {@code build()} has already been checked; one read from JSON has not.
 */
public interface Validatable {
  /**
   * Every broken rule, each with its JSON path; empty when the value is valid. Fields that JSON held
   * and the type does not know are ignored, as the API ignores them.
   */
  List<Violation> validate();

  /**
   * As {@link #validate()}, and every field that JSON held and the type does not know (a typo such
   * as {@code "firstname"}) is a {@link Rule#UNKNOWN_FIELD} violation with its path
   * ({@code threads[0].createdat: unknown field}). For input read from files or other systems.
   */
  List<Violation> validateStrict();

  /**
   * This value, when {@link #validate()} finds nothing.
   *
   * @throws RequestValidationException listing every violation, each with its JSON path
   */
  Validatable requireValid();

  /**
   * This value, when {@link #validateStrict()} finds nothing.
   *
   * @throws RequestValidationException listing every violation, unknown fields included
   */
  Validatable requireValidStrict();
}
