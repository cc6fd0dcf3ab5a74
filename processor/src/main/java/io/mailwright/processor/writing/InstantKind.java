package io.mailwright.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import io.mailwright.processor.binding.FieldModel;
import io.mailwright.processor.binding.TypeRef;

/** An instant: held as its wire text, shown as an {@code Instant}. */
final class InstantKind extends WireTextKind {
  @Override
  boolean accepts(FieldModel f) {
    return f.type() == TypeRef.Scalar.INSTANT;
  }

  @Override
  TypeName shown(FieldPlan p, String pkg) {
    return ClassName.get("java.time", "Instant");
  }

  @Override
  String accessorNote() {
    return "An instant's accessor returns {@code null} when the field is absent or holds text that is not an instant"
        + " (read from JSON, not validated).";
  }

  @Override
  CodeBlock fromWire(FieldPlan p) {
    return CodeBlock.of("$T.instantFromWire($N)", Names.FORMATS, p.name);
  }

  @Override
  CodeBlock toWire(FieldPlan p) {
    return CodeBlock.of("$T.instantToWire($N)", Names.FORMATS, p.name);
  }
}
