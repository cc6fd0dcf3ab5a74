package io.mailwright.processor.constraints;

import com.palantir.javapoet.CodeBlock;
import io.mailwright.processor.binding.Origin;
import io.mailwright.processor.binding.TypeRef;
import io.mailwright.processor.validation.ErrorReporter;

/** {@code @Size}: a List's number of elements lies in its bounds. */
final class SizeConstraint implements FieldConstraint {
  @Override
  public Applied read(ModelSource field) {
    ModelSource.Annotated a = field.annotation("io.mailwright.model.Size");
    return a == null ? null : new On(this, Bounds.read(a));
  }

  private record On(FieldConstraint unit, Bounds bounds) implements Applied {
    @Override
    public Origin origin() {
      return bounds.origin();
    }

    @Override
    public void check(Checked at, ErrorReporter reporter) {
      if (!(at.field().type() instanceof TypeRef.ListOf)) {
        reporter.error(origin(), "MW110", "@Size on " + at.where() + " of type " + at.field().type().describe()
            + "; it applies to List fields (use @Length for strings)");
      }
      bounds.check(at.where(), reporter);
    }

    @Override
    public String describe(Written at) {
      return "Size " + bounds.describe() + ".";
    }

    @Override
    public CodeBlock write(Written at) {
      return bounds.call("size", at);
    }
  }
}
