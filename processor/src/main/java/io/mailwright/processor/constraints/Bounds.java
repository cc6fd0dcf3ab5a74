package io.mailwright.processor.constraints;

import com.palantir.javapoet.CodeBlock;
import io.mailwright.processor.binding.Origin;
import io.mailwright.processor.validation.ErrorReporter;

/** Inclusive bounds of a length or a size, as {@code @Length} and {@code @Size} read; {@code max == Integer.MAX_VALUE} is unbounded. */
record Bounds(int min, int max, Origin origin) {
  static Bounds read(ModelSource.Annotated a) {
    return new Bounds(a.integer("min"), a.integer("max"), a.at());
  }

  /** MW130 and MW104: bounds that no value could meet or that make no sense. */
  void check(String where, ErrorReporter reporter) {
    if (min < 0) {
      reporter.error(origin, "MW130", "bounds of " + where + " have a negative min " + min);
    }
    if (min > max) {
      reporter.error(origin, "MW104", "bounds of " + where + " have min " + min + " > max " + max);
    }
  }

  /** {@code 1..40}, {@code at most 200}, {@code at least 1}. */
  String describe() {
    if (max == Integer.MAX_VALUE) {
      return "at least " + min;
    }
    return min == 0 ? "at most " + max : min + ".." + max;
  }

  /** The call of a runtime check {@code method(violations, "json", this.field, min, max)}. */
  CodeBlock call(String method, FieldConstraint.Written at) {
    return CodeBlock.builder().addStatement("$T.$L($L, $S, this.$N, $L, $L)", FieldConstraints.CHECKS, method,
        at.violations(), at.json(), at.name(), min, max == Integer.MAX_VALUE ? CodeBlock.of("$T.MAX_VALUE",
            Integer.class) : max).build();
  }
}
