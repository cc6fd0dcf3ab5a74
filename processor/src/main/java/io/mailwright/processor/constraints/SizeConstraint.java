package io.mailwright.processor.constraints;

import io.mailwright.processor.binding.Origin;
import io.mailwright.processor.binding.TypeRef;
import io.mailwright.processor.validation.ErrorReporter;

/** {@code @Size}: a List's number of elements lies in its bounds. */
final class SizeConstraint extends BoundsConstraint {
  @Override
  String annotation() {
    return "io.mailwright.model.Size";
  }

  @Override
  String method() {
    return "size";
  }

  @Override
  void checkType(Checked at, Origin origin, ErrorReporter reporter) {
    if (!(at.field().type() instanceof TypeRef.ListOf)) {
      reporter.error(origin, "MW110", "@Size on " + at.where() + " of type " + at.field().type().describe()
          + "; it applies to List fields (use @Length for strings)");
    }
  }

  @Override
  String describe(String bounds) {
    return "Size " + bounds + ".";
  }
}
