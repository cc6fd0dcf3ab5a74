package io.mailwright.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.mailwright.processor.binding.FieldModel;
import io.mailwright.processor.binding.TypeRef;
import io.mailwright.processor.naming.GeneratedNames;

/** A value list: held as its wire text, so that any value read from JSON can be reported; shown as the enum. */
final class EnumKind extends FieldKind {
  @Override
  boolean accepts(FieldModel f) {
    return f.type() instanceof TypeRef.EnumRef;
  }

  @Override
  TypeName storage(FieldPlan p, String pkg) {
    return ClassName.get(String.class);
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
  void accessor(MethodSpec.Builder get, FieldPlan p) {
    get.returns(Names.nullable(p.shown))
        .addJavadoc("\n@return the value, or {@code null} when absent (or, in a value read from JSON and not"
            + " validated, unknown)\n")
        .addStatement("return $T.fromWireValue($N)", p.modelClass, p.name);
  }

  @Override
  void setters(TypeSpec.Builder b, ClassName builder, FieldPlan p, String doc) {
    String n = p.name;
    b.addMethod(stored(p, setter(builder, n, doc).addParameter(Names.nullable(p.modelClass), n)
        .addStatement("this.$N = $N == null ? null : $N.wireValue()", n, n, n)));
    b.addMethod(stored(p, wireSetter(builder, p).addParameter(Names.nullable(ClassName.get(String.class)), "wireValue")
        .addStatement("this.$N = wireValue", n)));
  }
}
