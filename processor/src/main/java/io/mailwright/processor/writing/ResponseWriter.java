package io.mailwright.processor.writing;

import static javax.lang.model.element.Modifier.FINAL;
import static javax.lang.model.element.Modifier.PRIVATE;
import static javax.lang.model.element.Modifier.PUBLIC;
import static javax.lang.model.element.Modifier.STATIC;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.mailwright.processor.binding.FieldModel;
import io.mailwright.processor.binding.ShapeModel;
import io.mailwright.processor.binding.TypeRef;
import io.mailwright.processor.naming.GeneratedNames;
import io.mailwright.processor.naming.JavaNames;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a response shape: an immutable value read from the API's answer, with one accessor per
 * field and nothing else (no builder, no validation: responses are never validated). Jackson calls
 * its one private constructor; every scalar arrives as whatever JSON held and is read by the
 * runtime's {@code Lenient}, so that a value of an unexpected kind is absent rather than an error.
 * A value-list field keeps the text the API sent: its accessor gives the constant, or {@code null}
 * for a value this client does not know, and {@code <field>WireValue()} gives the text.
 */
final class ResponseWriter {
  private static final ClassName LENIENT = Names.LENIENT;
  private static final ClassName LINKS = Names.LINKS;
  private static final ClassName LIST = ClassName.get(List.class);

  private final String pkg;
  private final GeneratedNames names;

  ResponseWriter(String pkg, GeneratedNames names) {
    this.pkg = pkg;
    this.names = names;
  }

  TypeSpec write(ShapeModel shape) {
    ClassName self = ClassName.get(pkg, shape.name());
    TypeSpec.Builder type = TypeSpec.classBuilder(self)
        .addModifiers(PUBLIC, FINAL)
        .addJavadoc(Javadoc.paragraph(shape.doc()))
        .addJavadoc("\n<p>Read from the API's answer: immutable, read leniently (unknown fields ignored, unknown"
            + " values kept,\n{@code null} and absent alike). Absent values are {@code null}, absent lists"
            + " empty.\n")
        .addAnnotation(Names.generated())
        .addAnnotation(Names.generatedJson());
    MethodSpec.Builder constructor = creator();
    List<FieldModel> embedded = new ArrayList<>();
    boolean links = false;
    for (FieldModel f : shape.fields()) {
      String name = names.field(f).field();
      TypeRef t = f.type();
      type.addField(shown(t), name, PRIVATE, FINAL);
      if (f.embedded() != null) {
        embedded.add(f);
        constructor.addStatement("this.$N = halEmbedded == null ? $T.of() : $T.list(halEmbedded.$N)", name, LIST, LENIENT,
            name);
      } else if (f.link() != null) {
        links = true;
        constructor.addStatement("this.$N = $T.href(halLinks, $S)", name, LINKS, f.link());
      } else {
        constructor.addParameter(ParameterSpec.builder(Names.nullable(parameter(t)), name)
            .addAnnotation(Names.jsonProperty(f.jsonName())).build());
        constructor.addStatement("this.$N = $L", name, read(t, name));
      }
      accessors(type, f, name);
    }
    if (!embedded.isEmpty()) {
      constructor.addParameter(ParameterSpec.builder(Names.nullable(self.nestedClass(GeneratedNames.EMBEDDED_TYPE)), GeneratedNames.HAL_EMBEDDED)
          .addAnnotation(Names.jsonProperty("_embedded")).build());
      type.addType(embeddedType(self.nestedClass(GeneratedNames.EMBEDDED_TYPE), embedded));
    }
    if (links) {
      constructor.addParameter(ParameterSpec.builder(Names.nullable(LINKS), GeneratedNames.HAL_LINKS).addAnnotation(Names.jsonProperty("_links")).build());
    }
    return type.addMethod(constructor.build()).build();
  }

  private TypeSpec embeddedType(ClassName name, List<FieldModel> fields) {
    TypeSpec.Builder type = TypeSpec.classBuilder(name)
        .addModifiers(PRIVATE, STATIC, FINAL)
        .addJavadoc("HAL's {@code _embedded}.\n")
        .addAnnotation(Names.generatedJson());
    MethodSpec.Builder constructor = creator();
    for (FieldModel f : fields) {
      String field = names.field(f).field();
      TypeName t = Names.nullable(parameter(f.type()));
      type.addField(t, field, PRIVATE, FINAL);
      constructor.addParameter(ParameterSpec.builder(t, field).addAnnotation(Names.jsonProperty(f.embedded())).build())
          .addStatement("this.$N = $N", field, field);
    }
    return type.addMethod(constructor.build()).build();
  }

  private void accessors(TypeSpec.Builder type, FieldModel f, String name) {
    TypeRef t = f.type();
    String where = f.embedded() != null ? "{@code _embedded." + f.embedded() + "}"
        : f.link() != null ? "the {@code href} of {@code _links." + f.link() + "}" : "{@code " + f.jsonName() + "}";
    MethodSpec.Builder m = MethodSpec.methodBuilder(name).addModifiers(PUBLIC)
        .addJavadoc("$L\n", described(f.doc(), where));
    if (t instanceof TypeRef.EnumRef e) {
      ClassName enumClass = ClassName.get(pkg, e.name());
      type.addMethod(m.returns(Names.nullable(enumClass))
          .addStatement("return $T.fromWireValue($N)", enumClass, name).build());
      type.addMethod(MethodSpec.methodBuilder(names.field(f).wireValue()).addModifiers(PUBLIC)
          .returns(Names.nullable(ClassName.get(String.class)))
          .addJavadoc("{@code $L} as the API sent it, also a value this client does not know\n(then {@link #$N()} is"
              + " {@code null}).\n", f.jsonName(), name)
          .addStatement("return $N", name).build());
    } else {
      type.addMethod(m.returns(shown(t)).addStatement("return $N", name).build());
    }
  }

  /**
   * The field's description with where it is read from in brackets, as one paragraph:
   * {@code Folder name ({@code name}).}
   */
  private static String described(String doc, String where) {
    String text = doc == null ? "" : doc.strip();
    if (text.isEmpty()) {
      return JavaNames.capitalize(where) + ".";
    }
    if (text.endsWith(".")) {
      text = text.substring(0, text.length() - 1);
    }
    return Javadoc.wrap(Javadoc.text(text) + " (" + where + ").");
  }

  private static MethodSpec.Builder creator() {
    return MethodSpec.constructorBuilder().addModifiers(PRIVATE)
        .addAnnotation(Names.GENERATED_JSON.nestedClass("FromProperties"));
  }

  /** The field as kept and shown: {@code @Nullable} but for lists, which are empty when absent. */
  private TypeName shown(TypeRef t) {
    return t instanceof TypeRef.ListOf ? storage(t) : Names.nullable(storage(t));
  }

  /** How the field is kept: enums as their wire text. */
  private TypeName storage(TypeRef t) {
    if (t instanceof TypeRef.ListOf l) {
      return ParameterizedTypeName.get(LIST, storage(l.element()));
    }
    if (t instanceof TypeRef.ShapeRef s) {
      return ClassName.get(pkg, s.name());
    }
    if (t instanceof TypeRef.EnumRef || t == TypeRef.Scalar.STRING) {
      return ClassName.get(String.class);
    }
    return switch ((TypeRef.Scalar) t) {
      case LONG -> ClassName.get(Long.class);
      case INTEGER -> ClassName.get(Integer.class);
      case BOOLEAN -> ClassName.get(Boolean.class);
      case INSTANT -> ClassName.get(Instant.class);
      default -> ClassName.get(String.class);
    };
  }

  /** What Jackson hands the constructor: shapes (and lists of them) as such, anything else as plain JSON. */
  private TypeName parameter(TypeRef t) {
    TypeRef element = t.elementOrSelf();
    return element instanceof TypeRef.ShapeRef ? storage(t) : ClassName.get(Object.class);
  }

  private static CodeBlock read(TypeRef t, String name) {
    if (t instanceof TypeRef.ListOf l) {
      if (l.element() instanceof TypeRef.ShapeRef) {
        return CodeBlock.of("$T.list($N)", LENIENT, name);
      }
      String method = l.element() == TypeRef.Scalar.LONG ? "longs"
          : l.element() == TypeRef.Scalar.INTEGER ? "integers" : "strings";
      return CodeBlock.of("$T.$L($N)", LENIENT, method, name);
    }
    if (t instanceof TypeRef.ShapeRef) {
      return CodeBlock.of("$N", name);
    }
    if (t instanceof TypeRef.EnumRef || t == TypeRef.Scalar.STRING) {
      return CodeBlock.of("$T.string($N)", LENIENT, name);
    }
    String method = switch ((TypeRef.Scalar) t) {
      case LONG -> "toLong";
      case INTEGER -> "toInteger";
      case BOOLEAN -> "toBoolean";
      case INSTANT -> "toInstant";
      default -> "string";
    };
    return CodeBlock.of("$T.$L($N)", LENIENT, method, name);
  }
}
