package io.mailwright.helpscout.runtime;

import java.util.List;

/**
 * A generated request type: it can check itself against every documented rule of the API. A value
 * made by {@code build()} has already been checked; one read from JSON has not.
 */
public interface Validatable {
  /** Every broken rule, each with its JSON path; empty when the value is valid. */
  List<Violation> validate();
}
