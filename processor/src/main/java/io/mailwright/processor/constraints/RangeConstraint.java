package io.mailwright.processor.constraints;

import com.palantir.javapoet.CodeBlock;
import io.mailwright.processor.binding.Origin;
import io.mailwright.processor.binding.TypeRef;
import io.mailwright.processor.validation.ErrorReporter;

/** {@code @Range}: a Long's or an Integer's value lies in {@code min..max}. */
final class RangeConstraint implements FieldConstraint {
  @Override
  public Applied read(ModelSource field) {
    ModelSource.Annotated a = field.annotation("io.mailwright.model.Range");
    return a == null ? null : new Bounds(this, a.number("min"), a.number("max"), a.at());
  }

  private record Bounds(FieldConstraint unit, long min, long max, Origin origin) implements Applied {
    @Override
    public void check(Checked at, ErrorReporter reporter) {
      TypeRef type = at.field().type();
      if (type != TypeRef.Scalar.LONG && type != TypeRef.Scalar.INTEGER) {
        reporter.error(origin, "MW149", "@Range on " + at.where() + " of type " + type.describe()
            + "; it applies to Long and Integer fields");
      }
      if (min > max) {
        reporter.error(origin, "MW150", "@Range of " + at.where() + " has min " + min + " > max " + max);
      }
    }

    @Override
    public String describe(Written at) {
      if (min == Long.MIN_VALUE) {
        return "Value at most " + max + ".";
      }
      return "Value " + (max == Long.MAX_VALUE ? "at least " + min : min + ".." + max) + ".";
    }

    @Override
    public CodeBlock write(Written at) {
      return FieldConstraints.call("range", at, CodeBlock.of("$L, $L", literal(min), literal(max)));
    }

    private static CodeBlock literal(long bound) {
      if (bound == Long.MIN_VALUE || bound == Long.MAX_VALUE) {
        return CodeBlock.of("$T.$L", Long.class, bound == Long.MIN_VALUE ? "MIN_VALUE" : "MAX_VALUE");
      }
      return CodeBlock.of("$LL", bound);
    }
  }
}
