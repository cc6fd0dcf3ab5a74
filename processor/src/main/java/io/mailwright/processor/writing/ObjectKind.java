package io.mailwright.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.mailwright.processor.binding.FieldModel;
import io.mailwright.processor.binding.TypeRef;
import io.mailwright.processor.naming.GeneratedNames;

/** A nested shape or union: set as a value or as its builder, validated in place with its path. */
final class ObjectKind extends FieldKind {
  @Override
  boolean accepts(FieldModel f) {
    return f.type() instanceof TypeRef.ShapeRef || f.type() instanceof TypeRef.UnionRef;
  }

  @Override
  TypeName storage(FieldPlan p, String pkg) {
    return modelClass(p, pkg);
  }

  @Override
  ClassName modelClass(FieldPlan p, String pkg) {
    return ClassName.get(pkg, GeneratedNames.typeName(p.model.type()));
  }

  @Override
  void setters(TypeSpec.Builder b, ClassName builder, FieldPlan p, String doc) {
    String n = p.name;
    b.addMethod(stored(p, setter(builder, n, doc).addAnnotation(Names.jsonProperty(p.json()))
        .addParameter(Names.nullable(p.storage), n)
        .addStatement("this.$N = $N", n, n)));
    b.addMethod(stored(p, overload(builder, n, "As {@link #$N($T)}, given as a builder: read now, checked by {@link #build()}"
            + " with its path.\n", n, p.modelClass)
        .addParameter(Names.nullable(p.modelClass.nestedClass("Builder")), n)
        .addStatement("this.$N = $N == null ? null : $N.buildUnvalidated()", n, n, n)));
  }

  @Override
  CodeBlock nested(FieldPlan p, String violations) {
    return inPlace(violations, CodeBlock.of("$S", p.json()), "this." + p.name);
  }
}
