package io.mailwright.processor.constraints;

import com.palantir.javapoet.CodeBlock;
import io.mailwright.processor.binding.Origin;
import io.mailwright.processor.binding.TypeRef;
import io.mailwright.processor.validation.ErrorReporter;

/**
 * A constraint a field's type implies, not declared by an annotation: nothing of it can be written
 * wrong, and a response shape may have it ({@link OneOfConstraint}, {@link InstantConstraint}).
 */
abstract class ImpliedConstraint implements FieldConstraint {
  /** Whether a field of this type carries it. */
  abstract boolean implied(TypeRef type);

  abstract String describe(Written at);

  abstract CodeBlock write(Written at);

  @Override
  public Applied read(ModelSource field) {
    return implied(field.type()) ? new Implied(this, field.origin()) : null;
  }

  private record Implied(ImpliedConstraint unit, Origin origin) implements Applied {
    @Override
    public boolean requestRule() {
      return false;
    }

    @Override
    public void check(Checked at, ErrorReporter reporter) {
      // The type is checked as such (MW108; a value list's own codes, MW105, MW118, MW142).
    }

    @Override
    public String describe(Written at) {
      return unit.describe(at);
    }

    @Override
    public CodeBlock write(Written at) {
      return unit.write(at);
    }
  }
}
