package io.mailwright.processor.constraints;

import com.palantir.javapoet.CodeBlock;
import io.mailwright.processor.binding.Origin;
import io.mailwright.processor.validation.ErrorReporter;

/**
 * A constraint of inclusive bounds, {@code min} and {@code max} ({@code max == Integer.MAX_VALUE}:
 * unbounded), on something a field's value measures: {@link LengthConstraint}, {@link SizeConstraint}.
 */
abstract class BoundsConstraint implements FieldConstraint {
  /** The qualified name of the annotation it is read from. */
  abstract String annotation();

  /** The runtime's {@code Checks} method, called with the value and both bounds. */
  abstract String method();

  /** Reports a field whose type has nothing to measure. */
  abstract void checkType(Checked at, Origin origin, ErrorReporter reporter);

  /** The Javadoc sentence, given the bounds as text ({@code 1..40}). */
  abstract String describe(String bounds);

  @Override
  public Applied read(ModelSource field) {
    ModelSource.Annotated a = field.annotation(annotation());
    return a == null ? null : new Bounds(this, a.integer("min"), a.integer("max"), a.at());
  }

  private record Bounds(BoundsConstraint unit, int min, int max, Origin origin) implements Applied {
    @Override
    public void check(Checked at, ErrorReporter reporter) {
      unit.checkType(at, origin, reporter);
      if (min < 0) {
        reporter.error(origin, "MW130", "bounds of " + at.where() + " have a negative min " + min);
      }
      if (min > max) {
        reporter.error(origin, "MW104", "bounds of " + at.where() + " have min " + min + " > max " + max);
      }
    }

    @Override
    public String describe(Written at) {
      if (max == Integer.MAX_VALUE) {
        return unit.describe("at least " + min);
      }
      return unit.describe(min == 0 ? "at most " + max : min + ".." + max);
    }

    @Override
    public CodeBlock write(Written at) {
      return FieldConstraints.call(unit.method(), at, CodeBlock.of("$L, $L", min,
          max == Integer.MAX_VALUE ? CodeBlock.of("$T.MAX_VALUE", Integer.class) : max));
    }
  }
}
