package io.mailwright.processor.constraints;

import java.util.List;

/** Every {@link FieldConstraint} the processor knows, in the order their checks are written. */
public final class FieldConstraints {
  private FieldConstraints() {}

  public static final List<FieldConstraint> ALL = List.of(new PatternConstraint(), new RangeConstraint());
}
