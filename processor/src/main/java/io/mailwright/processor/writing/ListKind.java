package io.mailwright.processor.writing;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import io.mailwright.processor.binding.FieldModel;
import io.mailwright.processor.binding.TypeRef;
import io.mailwright.processor.constraints.FieldConstraint;
import io.mailwright.processor.naming.GeneratedNames;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A list of scalars, shapes or unions: copied in and out (the value's list unmodifiable), set whole,
 * as varargs or one element at a time (a shape's element also as its builder), each element checked
 * for {@code null} and, for shapes and unions, validated in place with its index.
 */
final class ListKind extends FieldKind {
  private static final ClassName LIST = ClassName.get(List.class);
  private static final ClassName ARRAY_LIST = ClassName.get(ArrayList.class);

  @Override
  boolean accepts(FieldModel f) {
    return f.type() instanceof TypeRef.ListOf;
  }

  private static TypeRef elementRef(FieldPlan p) {
    return ((TypeRef.ListOf) p.model.type()).element();
  }

  @Override
  TypeName storage(FieldPlan p, String pkg) {
    return ParameterizedTypeName.get(LIST, element(p, pkg));
  }

  @Override
  ClassName modelClass(FieldPlan p, String pkg) {
    return elementRef(p) instanceof TypeRef.Scalar ? null : ClassName.get(pkg, GeneratedNames.typeName(elementRef(p)));
  }

  @Override
  TypeName element(FieldPlan p, String pkg) {
    return elementRef(p) instanceof TypeRef.Scalar s ? ScalarKind.type(s) : modelClass(p, pkg);
  }

  @Override
  CodeBlock frozen(FieldPlan p, String from) {
    return CodeBlock.of("$L == null ? null : $T.unmodifiableList(new $T<>($L))", from, Collections.class, ARRAY_LIST,
        from);
  }

  @Override
  CodeBlock thawed(FieldPlan p, String from) {
    return CodeBlock.of("$L == null ? null : new $T<>($L)", from, ARRAY_LIST, from);
  }

  @Override
  String accessorNote() {
    return "A list's accessor returns an unmodifiable list, empty when absent.";
  }

  @Override
  void accessor(MethodSpec.Builder get, FieldPlan p) {
    get.returns(p.shown)
        .addStatement("return $N == null ? $T.of() : $N", p.name, LIST, p.name);
  }

  @Override
  void setters(TypeSpec.Builder b, ClassName builder, FieldPlan p, String doc) {
    String n = p.name;
    boolean objects = p.modelClass != null;
    TypeName anyList = ParameterizedTypeName.get(LIST, objects ? WildcardTypeName.subtypeOf(p.element) : p.element);
    b.addMethod(stored(p, setter(builder, n, doc).addAnnotation(Names.jsonProperty(p.json()))
        .addParameter(Names.nullable(anyList), n)
        .addJavadoc("\n@param $N the elements, copied; {@code null} leaves the field out\n", n)
        .addStatement("this.$N = $N == null ? null : new $T<>($N)", n, n, ARRAY_LIST, n)));
    b.addMethod(overload(builder, n, "As {@link #$N($T)}; a {@code null} array is one {@code null} element ({@code REQUIRED}).\n",
            n, LIST)
        .addParameter(ParameterSpec.builder(Names.nullable(ArrayTypeName.of(Names.nullable(p.element))), n).build())
        .varargs(true)
        .addStatement("return $N($T.asList($N == null ? new $T[] {null} : $N))", n, Arrays.class, n, p.element, n)
        .build());
    String add = p.names.adder();
    String one = p.names.adderParam();
    b.addMethod(stored(p, overload(builder, add, "Appends one element to {@link #$N($T)}.\n", n, LIST)
        .addParameter(Names.nullable(p.element), one)
        .beginControlFlow("if (this.$N == null)", n)
        .addStatement("this.$N = new $T<>()", n, ARRAY_LIST)
        .endControlFlow()
        .addStatement("this.$N.add($N)", n, one)));
    if (objects) {
      b.addMethod(overload(builder, add, "Appends one element to {@link #$N($T)}, given as a builder: read now, checked by"
              + " {@link #build()}\nwith its path.\n", n, LIST)
          .addParameter(Names.nullable(p.modelClass.nestedClass("Builder")), one)
          .addStatement("return $N($N == null ? null : $N.buildUnvalidated())", add, one, one).build());
    }
  }

  @Override
  CodeBlock checks(FieldPlan p, String violations) {
    if (p.modelClass != null || p.model.constraints().stream().anyMatch(FieldConstraint.Applied::checksElements)) {
      return CodeBlock.of("");
    }
    return CodeBlock.builder().addStatement("$T.elements($L, $S, this.$N)", Names.CHECKS, violations, p.json(), p.name)
        .build();
  }

  @Override
  CodeBlock nested(FieldPlan p, String violations) {
    if (p.modelClass == null) {
      return CodeBlock.of("");
    }
    return CodeBlock.builder()
        .beginControlFlow("for (int i = 0; i < this.$N.size(); i++)", p.name)
        .addStatement("$T item = this.$N.get(i)", p.element, p.name)
        .beginControlFlow("if ($T.element($L, $S, i, item))", Names.CHECKS, violations, p.json())
        .add(inPlace(violations, CodeBlock.of("$S, i", p.json()), "item"))
        .endControlFlow()
        .endControlFlow()
        .build();
  }
}
