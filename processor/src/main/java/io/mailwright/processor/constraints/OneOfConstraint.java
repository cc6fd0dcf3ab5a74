package io.mailwright.processor.constraints;

import com.palantir.javapoet.CodeBlock;
import io.mailwright.processor.binding.Origin;
import io.mailwright.processor.binding.TypeRef;
import io.mailwright.processor.validation.ErrorReporter;

/**
 * One of a value list's values: implied by a field whose type is a value-list enum. The field holds
 * the wire text (any text read from JSON), so a value the enum does not know is reported.
 */
final class OneOfConstraint implements FieldConstraint {
  @Override
  public Applied read(ModelSource field) {
    return field.type() instanceof TypeRef.EnumRef ? new On(this, field.origin()) : null;
  }

  private record On(FieldConstraint unit, Origin origin) implements Applied {
    @Override
    public boolean requestRule() {
      return false;
    }

    @Override
    public void check(Checked at, ErrorReporter reporter) {
      // The value list itself is checked as a type of the model (MW105, MW118, MW142).
    }

    @Override
    public String describe(Written at) {
      return "One of " + String.join(", ", at.enumValues()) + ".";
    }

    @Override
    public CodeBlock write(Written at) {
      return CodeBlock.builder().addStatement("$T.oneOf($L, $S, this.$N, $T.fromWireValue(this.$N) != null, $S)",
          FieldConstraints.CHECKS, at.violations(), at.json(), at.name(), at.modelClass(), at.name(),
          at.enumValues().toString()).build();
    }
  }
}
