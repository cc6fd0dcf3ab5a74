package io.mailwright.processor.constraints;

import com.palantir.javapoet.CodeBlock;
import io.mailwright.processor.binding.FieldModel;
import io.mailwright.processor.binding.Origin;
import io.mailwright.processor.binding.TypeRef;
import io.mailwright.processor.validation.ErrorReporter;

/** {@code @Length}: a String's length lies in its bounds. */
final class LengthConstraint implements FieldConstraint {
  @Override
  public Applied read(ModelSource field) {
    ModelSource.Annotated a = field.annotation("io.mailwright.model.Length");
    return a == null ? null : new On(this, Bounds.read(a));
  }

  private record On(FieldConstraint unit, Bounds bounds) implements Applied {
    @Override
    public Origin origin() {
      return bounds.origin();
    }

    @Override
    public void check(Checked at, ErrorReporter reporter) {
      FieldModel f = at.field();
      if (f.type() != TypeRef.Scalar.STRING || f.has(FieldConstraints.BASE64)) {
        reporter.error(origin(), "MW103", "@Length on " + at.where() + " of type " + f.type().describe()
            + "; it applies to String fields (use @Size for lists)");
      }
      bounds.check(at.where(), reporter);
    }

    @Override
    public String describe(Written at) {
      return "Length " + bounds.describe() + " when defined.";
    }

    @Override
    public CodeBlock write(Written at) {
      return bounds.call("length", at);
    }
  }
}
