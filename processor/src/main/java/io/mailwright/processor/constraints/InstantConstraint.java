package io.mailwright.processor.constraints;

import com.palantir.javapoet.CodeBlock;
import io.mailwright.processor.binding.TypeRef;

/**
 * The API's instant form, {@code yyyy-MM-dd'T'HH:mm:ss'Z'}: implied by an {@code Instant} field,
 * held as its wire text (so that an instant with a fraction of a second is reported, not cut).
 */
final class InstantConstraint extends ImpliedConstraint {
  @Override
  boolean implied(TypeRef type) {
    return type == TypeRef.Scalar.INSTANT;
  }

  @Override
  String describe(Written at) {
    return "Sent as yyyy-MM-dd'T'HH:mm:ss'Z' (UTC, whole seconds).";
  }

  @Override
  CodeBlock write(Written at) {
    return FieldConstraints.call("instant", at, null);
  }
}
