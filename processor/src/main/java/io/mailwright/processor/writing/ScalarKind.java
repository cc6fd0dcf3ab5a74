package io.mailwright.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.mailwright.processor.binding.FieldModel;
import io.mailwright.processor.binding.TypeRef;

/** A String, Long, Integer or Boolean, held and shown as itself. */
final class ScalarKind extends FieldKind {
  @Override
  boolean accepts(FieldModel f) {
    return f.type() instanceof TypeRef.Scalar;
  }

  @Override
  TypeName storage(FieldPlan p, String pkg) {
    return type((TypeRef.Scalar) p.model.type());
  }

  /** The Java type of a scalar, as a field or a list element holds it. */
  static TypeName type(TypeRef.Scalar s) {
    return switch (s) {
      case STRING -> ClassName.get(String.class);
      case LONG -> ClassName.get(Long.class);
      case INTEGER -> ClassName.get(Integer.class);
      case BOOLEAN -> ClassName.get(Boolean.class);
      case INSTANT -> ClassName.get("java.time", "Instant");
    };
  }

  @Override
  void setters(TypeSpec.Builder b, ClassName builder, FieldPlan p, String doc) {
    String n = p.name;
    MethodSpec.Builder m = setter(builder, n, doc).addAnnotation(Names.jsonProperty(p.json()))
        .addParameter(Names.nullable(p.storage), n);
    if (p.explicitNull()) {
      m.addJavadoc("\n@param $N the value, or {@code null} to send an explicit {@code null}\n", n);
    }
    b.addMethod(stored(p, m.addStatement("this.$N = $N", n, n)));
    if (p.model.type() == TypeRef.Scalar.LONG) {
      // .mailboxId(85) does not compile against Long alone (int is not boxed to Long): issue 11, item 1.
      b.addMethod(overload(builder, n, "As {@link #$N($T)}.\n", n, Long.class).addParameter(TypeName.LONG, n)
          .addStatement("return $N($T.valueOf($N))", n, Long.class, n).build());
    }
  }
}
