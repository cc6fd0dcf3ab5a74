package io.mailwright.processor.constraints;

import com.palantir.javapoet.CodeBlock;
import io.mailwright.processor.binding.FieldModel;
import io.mailwright.processor.binding.Origin;
import io.mailwright.processor.binding.TypeRef;
import io.mailwright.processor.validation.ErrorReporter;

/** {@code @Required}: the field is present (text: not empty); it gates the field's other checks. */
final class RequiredConstraint implements FieldConstraint {
  @Override
  public Applied read(ModelSource field) {
    ModelSource.Annotated a = field.annotation("io.mailwright.model.Required");
    return a == null ? null : new On(this, a.at());
  }

  /** Text (not binary content) must also not be empty. */
  private static boolean text(FieldModel f) {
    return f.type() == TypeRef.Scalar.STRING && !f.has(FieldConstraints.BASE64);
  }

  private record On(FieldConstraint unit, Origin origin) implements Applied {
    @Override
    public void check(Checked at, ErrorReporter reporter) {
      if (at.field().explicitNull()) {
        reporter.error(origin, "MW109", at.where()
            + " is required and \"absent or null\" (@ExplicitNull) at once; a required field is never absent");
      }
    }

    @Override
    public String describe(Written at) {
      return text(at.field()) ? "Required, not empty." : "Required.";
    }

    @Override
    public CodeBlock gate(Written at) {
      return CodeBlock.of("$T.$L($L, $S, this.$N)", FieldConstraints.CHECKS,
          text(at.field()) ? "requiredText" : "required", at.violations(), at.json(), at.name());
    }

    @Override
    public CodeBlock write(Written at) {
      return CodeBlock.of("");
    }
  }
}
