package io.mailwright.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.mailwright.processor.binding.FieldModel;
import io.mailwright.processor.binding.TypeRef;

/** An instant: held as its wire text, so that any text read from JSON can be validated; shown as an {@code Instant}. */
final class InstantKind extends FieldKind {
  private static final ClassName INSTANT = ClassName.get("java.time", "Instant");

  @Override
  boolean accepts(FieldModel f) {
    return f.type() == TypeRef.Scalar.INSTANT;
  }

  @Override
  TypeName storage(FieldPlan p, String pkg) {
    return ClassName.get(String.class);
  }

  @Override
  TypeName shown(FieldPlan p, String pkg) {
    return INSTANT;
  }

  @Override
  void accessor(MethodSpec.Builder get, FieldPlan p) {
    get.returns(Names.nullable(p.shown))
        .addJavadoc("\n@return the instant, or {@code null} when absent (or, in a value read from JSON and not"
            + " validated, not an\n    instant)\n")
        .addStatement("return $T.instantFromWire($N)", Names.FORMATS, p.name);
  }

  @Override
  void setters(TypeSpec.Builder b, ClassName builder, FieldPlan p, String doc) {
    String n = p.name;
    b.addMethod(stored(p, setter(builder, n, doc).addParameter(Names.nullable(INSTANT), n)
        .addStatement("this.$N = $T.instantToWire($N)", n, Names.FORMATS, n)));
    b.addMethod(stored(p, wireSetter(builder, p).addParameter(Names.nullable(ClassName.get(String.class)), "wire")
        .addStatement("this.$N = wire", n)));
  }
}
