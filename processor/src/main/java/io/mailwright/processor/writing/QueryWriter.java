package io.mailwright.processor.writing;

import static javax.lang.model.element.Modifier.FINAL;
import static javax.lang.model.element.Modifier.PRIVATE;
import static javax.lang.model.element.Modifier.PUBLIC;
import static javax.lang.model.element.Modifier.STATIC;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.mailwright.processor.binding.EndpointModel;
import io.mailwright.processor.binding.TypeRef;
import io.mailwright.processor.naming.GeneratedNames;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes the query type of an endpoint with query parameters ({@code ListConversationsQuery}): an
 * immutable set of optional parameters, made with a builder whose methods take each parameter's
 * type and write it as the API expects it (lists joined by commas, instants to the second, value
 * lists as their wire text).
 */
final class QueryWriter {
  private static final ClassName QUERIES = Names.QUERIES;
  private static final TypeName MAP = ParameterizedTypeName.get(Map.class, String.class, String.class);

  private final String pkg;

  QueryWriter(String pkg) {
    this.pkg = pkg;
  }

  static ClassName queryClass(String pkg, EndpointModel e) {
    return ClassName.get(pkg, GeneratedNames.queryType(e));
  }

  TypeSpec write(EndpointModel e) {
    ClassName self = queryClass(pkg, e);
    ClassName builder = self.nestedClass("Builder");
    TypeSpec.Builder type = TypeSpec.classBuilder(self)
        .addModifiers(PUBLIC, FINAL)
        .addJavadoc("The query parameters of {@code $L $L}, all optional. Make one with {@link #builder()}.\n",
            e.method(), Javadoc.text(e.path()))
        .addAnnotation(Names.generated())
        .addField(MAP, GeneratedNames.PARAMETERS, PRIVATE, FINAL)
        .addMethod(MethodSpec.constructorBuilder().addModifiers(PRIVATE)
            .addParameter(builder, "builder")
            .addStatement("this.parameters = $T.unmodifiableMap(new $T<>(builder.parameters))", Collections.class,
                LinkedHashMap.class)
            .build())
        .addMethod(MethodSpec.methodBuilder(GeneratedNames.BUILDER).addModifiers(PUBLIC, STATIC).returns(builder)
            .addJavadoc("A builder with no parameter set.\n")
            .addStatement("return new $T()", builder).build())
        .addMethod(MethodSpec.methodBuilder(GeneratedNames.TO_BUILDER).addModifiers(PUBLIC).returns(builder)
            .addJavadoc("A builder holding these parameters.\n")
            .addStatement("$T b = new $T()", builder, builder)
            .addStatement("b.parameters.putAll(parameters)")
            .addStatement("return b").build())
        .addMethod(MethodSpec.methodBuilder(GeneratedNames.TO_QUERY_MAP).addModifiers(PUBLIC).returns(MAP)
            .addJavadoc("The parameters as they are sent: wire name to text, in the order they were set.\n")
            .addStatement("return parameters").build())
        .addMethod(MethodSpec.methodBuilder("toString").addAnnotation(Override.class).addModifiers(PUBLIC)
            .returns(String.class)
            .addStatement("return $S + parameters", self.simpleName()).build());
    TypeSpec.Builder b = TypeSpec.classBuilder(builder)
        .addModifiers(PUBLIC, STATIC, FINAL)
        .addJavadoc("Sets the parameters of a {@link $T}; a {@code null} or empty argument leaves one out.\n", self)
        .addField(FieldSpec.builder(MAP, GeneratedNames.PARAMETERS, PRIVATE, FINAL)
            .initializer("new $T<>()", LinkedHashMap.class).build())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(PRIVATE).build());
    for (EndpointModel.QueryParam q : e.queryParams()) {
      b.addMethod(setter(q, builder));
    }
    b.addMethod(MethodSpec.methodBuilder(GeneratedNames.SET).addModifiers(PRIVATE).returns(builder)
        .addParameter(String.class, "name").addParameter(Names.nullable(ClassName.get(String.class)), "value")
        .beginControlFlow("if (value == null)")
        .addStatement("parameters.remove(name)")
        .nextControlFlow("else")
        .addStatement("parameters.put(name, value)")
        .endControlFlow()
        .addStatement("return this").build());
    b.addMethod(MethodSpec.methodBuilder(GeneratedNames.BUILD).addModifiers(PUBLIC).returns(self)
        .addJavadoc("The query.\n")
        .addStatement("return new $T(this)", self).build());
    return type.addType(b.build()).build();
  }

  private MethodSpec setter(EndpointModel.QueryParam q, ClassName builder) {
    String name = GeneratedNames.queryParameter(q);
    TypeRef t = q.type();
    MethodSpec.Builder m = MethodSpec.methodBuilder(name).addModifiers(PUBLIC).returns(builder)
        .addJavadoc(Javadoc.paragraph(q.doc()))
        .addJavadoc(q.doc().isBlank() ? "" : "\n")
        .addJavadoc("<p>Sent as {@code $L}$L.\n", Javadoc.text(q.wireName()),
            q.defaultValue().isBlank() ? "" : "; when left out the API uses {@code " + Javadoc.text(q.defaultValue()) + "}");
    CodeBlock value;
    if (t instanceof TypeRef.ListOf l) {
      TypeRef e = l.element();
      if (e instanceof TypeRef.EnumRef en) {
        ClassName c = ClassName.get(pkg, en.name());
        m.addParameter(Names.nullable(ArrayTypeName.of(Names.nullable(c))), name).varargs(true);
        value = CodeBlock.of("$T.join($N, $T::wireValue)", QUERIES, name, c);
      } else {
        TypeName element = e == TypeRef.Scalar.LONG ? TypeName.LONG : e == TypeRef.Scalar.INTEGER ? TypeName.INT
            : ClassName.get(String.class);
        m.addParameter(Names.nullable(ArrayTypeName.of(element.isPrimitive() ? element : Names.nullable(element))),
            name).varargs(true);
        value = CodeBlock.of("$T.join($N)", QUERIES, name);
      }
      m.addJavadoc("Several values are joined by commas.\n");
    } else if (t instanceof TypeRef.EnumRef en) {
      m.addParameter(Names.nullable(ClassName.get(pkg, en.name())), name);
      value = CodeBlock.of("$N == null ? null : $N.wireValue()", name, name);
    } else {
      switch ((TypeRef.Scalar) t) {
        case LONG -> {
          m.addParameter(TypeName.LONG, name);
          value = CodeBlock.of("$T.toString($N)", Long.class, name);
        }
        case INTEGER -> {
          m.addParameter(TypeName.INT, name);
          value = CodeBlock.of("$T.toString($N)", Integer.class, name);
        }
        case BOOLEAN -> {
          m.addParameter(TypeName.BOOLEAN, name);
          value = CodeBlock.of("$T.toString($N)", Boolean.class, name);
        }
        case INSTANT -> {
          m.addParameter(Names.nullable(ClassName.get(Instant.class)), name);
          value = CodeBlock.of("$T.instant($N)", QUERIES, name);
          m.addJavadoc("To the second, in UTC.\n");
        }
        default -> {
          m.addParameter(Names.nullable(ClassName.get(String.class)), name);
          value = CodeBlock.of("$N", name);
        }
      }
    }
    return m.addStatement("return set($S, $L)", q.wireName(), value).build();
  }
}
