package io.mailwright.processor.constraints;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import io.mailwright.processor.binding.FieldModel;
import io.mailwright.processor.binding.Origin;
import io.mailwright.processor.binding.TypeRef;
import io.mailwright.processor.validation.ErrorReporter;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationValue;

/** {@code @Range}: a Long's or an Integer's value lies in {@code min..max}. */
final class RangeConstraint implements FieldConstraint {
  private static final ClassName RULE = ClassName.get("io.mailwright.runtime", "Rule");

  @Override
  public String annotation() {
    return "io.mailwright.model.Range";
  }

  @Override
  public Applied read(Map<String, AnnotationValue> values, Origin origin) {
    return new Bounds((Long) values.get("min").getValue(), (Long) values.get("max").getValue(), origin);
  }

  private record Bounds(long min, long max, Origin origin) implements Applied {
    @Override
    public void check(FieldModel field, String where, ErrorReporter reporter) {
      if (field.type() != TypeRef.Scalar.LONG && field.type() != TypeRef.Scalar.INTEGER) {
        reporter.error(origin, "MW149", "@Range on " + where + " of type " + field.type().describe()
            + "; it applies to Long and Integer fields");
      }
      if (min > max) {
        reporter.error(origin, "MW150", "@Range of " + where + " has min " + min + " > max " + max);
      }
    }

    @Override
    public String describe() {
      return "Value " + bounds() + ".";
    }

    private String bounds() {
      if (min == Long.MIN_VALUE) {
        return "at most " + max;
      }
      return max == Long.MAX_VALUE ? "at least " + min : min + ".." + max;
    }

    @Override
    public List<FieldSpec> members(String field) {
      return List.of();
    }

    @Override
    public CodeBlock violated(String field) {
      if (min == Long.MIN_VALUE) {
        return CodeBlock.of("this.$N > $LL", field, max);
      }
      if (max == Long.MAX_VALUE) {
        return CodeBlock.of("this.$N < $LL", field, min);
      }
      return CodeBlock.of("this.$N < $LL || this.$N > $LL", field, min, field, max);
    }

    @Override
    public CodeBlock report(String violations, String json, String field) {
      return CodeBlock.builder().addStatement("$L.add($S, $T.RANGE, $S + this.$N, this.$N)", violations, json, RULE,
          "must be " + bounds() + ", was ", field, field).build();
    }
  }
}
