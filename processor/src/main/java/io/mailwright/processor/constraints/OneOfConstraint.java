package io.mailwright.processor.constraints;

import com.palantir.javapoet.CodeBlock;
import io.mailwright.processor.binding.TypeRef;

/**
 * One of a value list's values: implied by a field whose type is a value-list enum. The field holds
 * the wire text (any text read from JSON), so a value the enum does not know is reported.
 */
final class OneOfConstraint extends ImpliedConstraint {
  @Override
  boolean implied(TypeRef type) {
    return type instanceof TypeRef.EnumRef;
  }

  @Override
  String describe(Written at) {
    return "One of " + String.join(", ", at.enumValues()) + ".";
  }

  @Override
  CodeBlock write(Written at) {
    return FieldConstraints.call("oneOf", at, CodeBlock.of("$T.fromWireValue(this.$N) != null, $S", at.modelClass(),
        at.name(), at.enumValues().toString()));
  }
}
