package io.mailwright.processor.writing;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.mailwright.processor.binding.FieldModel;
import io.mailwright.processor.binding.TypeRef;
import io.mailwright.processor.constraints.FieldConstraints;

/** Binary content ({@code @Format(BASE64)} String): held as the runtime's {@code BinaryData}, set as data, bytes or Base64. */
final class BinaryKind extends FieldKind {
  @Override
  boolean accepts(FieldModel f) {
    return f.type() == TypeRef.Scalar.STRING && f.has(FieldConstraints.BASE64);
  }

  @Override
  TypeName storage(FieldPlan p, String pkg) {
    return Names.BINARY_DATA;
  }

  @Override
  void setters(TypeSpec.Builder b, ClassName builder, FieldPlan p, String doc) {
    String n = p.name;
    b.addMethod(stored(p, setter(builder, n, doc).addParameter(Names.nullable(Names.BINARY_DATA), n)
        .addStatement("this.$N = $N", n, n)));
    b.addMethod(stored(p, overload(builder, n, "As {@link #$N($T)}: the bytes copied, Base64-encoded when the request is"
            + " written.\n", n, Names.BINARY_DATA)
        .addParameter(Names.nullable(ArrayTypeName.of(TypeName.BYTE)), "bytes")
        .addStatement("this.$N = bytes == null ? null : $T.of(bytes)", n, Names.BINARY_DATA)));
    b.addMethod(stored(p, overload(builder, n, "As {@link #$N($T)}, given as Base64 text, as the API's JSON carries it.\n",
            n, Names.BINARY_DATA)
        .addAnnotation(Names.jsonProperty(p.json()))
        .addParameter(Names.nullable(ClassName.get(String.class)), "base64")
        .addStatement("this.$N = base64 == null ? null : $T.ofBase64(base64)", n, Names.BINARY_DATA)));
  }
}
