package io.mailwright.processor.constraints;

import com.palantir.javapoet.CodeBlock;
import io.mailwright.processor.binding.Origin;
import io.mailwright.processor.binding.TypeRef;
import io.mailwright.processor.validation.ErrorReporter;

/**
 * {@code @Format(BASE64)}: binary content, held as the runtime's {@code BinaryData}, is valid Base64
 * and, for a file or a stream, readable.
 */
final class Base64Constraint implements FieldConstraint {
  @Override
  public Applied read(ModelSource field) {
    ModelSource.Annotated a = field.annotation(FieldConstraints.FORMAT);
    return a == null || !a.constant("value").equals("BASE64") ? null : new On(this, a.at());
  }

  private record On(FieldConstraint unit, Origin origin) implements Applied {
    @Override
    public void check(Checked at, ErrorReporter reporter) {
      FieldConstraints.checkFormat(origin, at, reporter);
      if (at.field().type() != TypeRef.Scalar.STRING) {
        reporter.error(origin, "MW136", "@Format(BASE64) on " + at.where()
            + "; binary content is one String field, not a list");
      }
    }

    @Override
    public String describe(Written at) {
      return "";
    }

    @Override
    public CodeBlock write(Written at) {
      return FieldConstraints.call("base64", at, null);
    }
  }
}
