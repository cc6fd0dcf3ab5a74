package io.mailwright.processor.constraints;

import com.palantir.javapoet.CodeBlock;
import io.mailwright.processor.binding.Origin;
import io.mailwright.processor.binding.TypeRef;
import io.mailwright.processor.validation.ErrorReporter;

/** {@code @Format(EMAIL)}: a String, or each String of a list, is an email address. */
final class EmailConstraint implements FieldConstraint {
  @Override
  public Applied read(ModelSource field) {
    ModelSource.Annotated a = field.annotation(FieldConstraints.FORMAT);
    return a == null || !a.constant("value").equals("EMAIL") ? null
        : new On(this, a.at(), field.type() instanceof TypeRef.ListOf);
  }

  private record On(FieldConstraint unit, Origin origin, boolean list) implements Applied {
    @Override
    public void check(Checked at, ErrorReporter reporter) {
      FieldConstraints.checkFormat(origin, at, reporter);
    }

    @Override
    public String describe(Written at) {
      return list ? "Each an email address." : "An email address.";
    }

    @Override
    public CodeBlock write(Written at) {
      return FieldConstraints.call(list ? "emails" : "email", at, null);
    }

    @Override
    public boolean checksElements() {
      return list;
    }
  }
}
