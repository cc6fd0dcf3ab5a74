package io.mailwright.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import io.mailwright.processor.binding.FieldModel;
import io.mailwright.processor.binding.TypeRef;
import io.mailwright.processor.naming.GeneratedNames;

/** A value list: held as its wire text, shown as the generated enum. */
final class EnumKind extends WireTextKind {
  @Override
  boolean accepts(FieldModel f) {
    return f.type() instanceof TypeRef.EnumRef;
  }

  @Override
  TypeName shown(FieldPlan p, String pkg) {
    return modelClass(p, pkg);
  }

  @Override
  ClassName modelClass(FieldPlan p, String pkg) {
    return ClassName.get(pkg, GeneratedNames.typeName(p.model.type()));
  }

  @Override
  String accessorNote() {
    return "A value list's accessor returns {@code null} when the field is absent or holds a value this client does not"
        + " know (read from JSON, not validated).";
  }

  @Override
  CodeBlock fromWire(FieldPlan p) {
    return CodeBlock.of("$T.fromWireValue($N)", p.modelClass, p.name);
  }

  @Override
  CodeBlock toWire(FieldPlan p) {
    return CodeBlock.of("$N == null ? null : $N.wireValue()", p.name, p.name);
  }
}
