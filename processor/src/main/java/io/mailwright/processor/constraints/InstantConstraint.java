package io.mailwright.processor.constraints;

import com.palantir.javapoet.CodeBlock;
import io.mailwright.processor.binding.Origin;
import io.mailwright.processor.binding.TypeRef;
import io.mailwright.processor.validation.ErrorReporter;

/**
 * The API's instant form, {@code yyyy-MM-dd'T'HH:mm:ss'Z'}: implied by an {@code Instant} field,
 * held as its wire text (so that an instant with a fraction of a second is reported, not cut).
 */
final class InstantConstraint implements FieldConstraint {
  @Override
  public Applied read(ModelSource field) {
    return field.type() == TypeRef.Scalar.INSTANT ? new On(this, field.origin()) : null;
  }

  private record On(FieldConstraint unit, Origin origin) implements Applied {
    @Override
    public boolean requestRule() {
      return false;
    }

    @Override
    public void check(Checked at, ErrorReporter reporter) {
      // Implied by the type: nothing can be written wrong.
    }

    @Override
    public String describe(Written at) {
      return "Sent as yyyy-MM-dd'T'HH:mm:ss'Z' (UTC, whole seconds).";
    }

    @Override
    public CodeBlock write(Written at) {
      return CodeBlock.builder().addStatement("$T.instant($L, $S, this.$N)", FieldConstraints.CHECKS,
          at.violations(), at.json(), at.name()).build();
    }
  }
}
