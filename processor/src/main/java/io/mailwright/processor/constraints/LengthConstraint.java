package io.mailwright.processor.constraints;

import io.mailwright.processor.binding.Origin;
import io.mailwright.processor.binding.TypeRef;
import io.mailwright.processor.validation.ErrorReporter;

/** {@code @Length}: a String's length lies in its bounds. */
final class LengthConstraint extends BoundsConstraint {
  @Override
  String annotation() {
    return "io.mailwright.model.Length";
  }

  @Override
  String method() {
    return "length";
  }

  @Override
  void checkType(Checked at, Origin origin, ErrorReporter reporter) {
    if (at.field().type() != TypeRef.Scalar.STRING || at.field().has(FieldConstraints.BASE64)) {
      reporter.error(origin, "MW103", "@Length on " + at.where() + " of type " + at.field().type().describe()
          + "; it applies to String fields (use @Size for lists)");
    }
  }

  @Override
  String describe(String bounds) {
    return "Length " + bounds + " when defined.";
  }
}
