package io.mailwright.processor.writing;

import com.palantir.javapoet.CodeBlock;
import io.mailwright.processor.binding.ShapeModel;
import io.mailwright.processor.constraints.FieldConstraint;
import io.mailwright.processor.constraints.ShapeConstraint;
import java.util.List;

/**
 * Writes a shape's validation as straight-line code: the shape's constraints, then per field its
 * gate (a required field that is missing stops there), one call of the runtime's {@code Checks} per
 * constraint, what its kind checks in place (nested objects and list elements, with their JSON path),
 * and its cross-field rules. Each constraint and each kind writes its own part.
 */
final class ValidationWriter {
  static final String PARAM = "violations";

  private ValidationWriter() {}

  static CodeBlock validateInto(ShapeModel shape, List<FieldPlan> plans) {
    CodeBlock.Builder code = CodeBlock.builder();
    for (ShapeConstraint.Applied rule : shape.constraints()) {
      code.add(rule.write(PARAM, name -> plans.isEmpty() ? null : plans.get(0).other(name)));
    }
    for (FieldPlan p : plans) {
      field(code, p);
      for (FieldConstraint.Applied c : p.model.constraints()) {
        if (c.crossField()) {
          code.add(c.write(p));
        }
      }
    }
    return code.build();
  }

  private static void field(CodeBlock.Builder code, FieldPlan p) {
    CodeBlock gate = null;
    CodeBlock.Builder checks = CodeBlock.builder();
    for (FieldConstraint.Applied c : p.model.constraints()) {
      if (gate == null) {
        gate = c.gate(p);
      }
      if (!c.crossField()) {
        checks.add(c.write(p));
      }
    }
    checks.add(p.kind.checks(p, PARAM));
    CodeBlock nested = p.kind.nested(p, PARAM);
    if (gate != null) {
      CodeBlock inside = checks.add(nested).build();
      if (inside.isEmpty()) {
        code.addStatement("$L", gate);
      } else {
        code.beginControlFlow("if ($L)", gate).add(inside).endControlFlow();
      }
      return;
    }
    code.add(checks.build());
    if (!nested.isEmpty()) {
      code.beginControlFlow("if (this.$N != null)", p.name).add(nested).endControlFlow();
    }
  }
}
