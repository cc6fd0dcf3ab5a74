package io.mailwright.processor.writing;

import static javax.lang.model.element.Modifier.FINAL;
import static javax.lang.model.element.Modifier.PRIVATE;
import static javax.lang.model.element.Modifier.PUBLIC;
import static javax.lang.model.element.Modifier.STATIC;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.mailwright.processor.binding.ApiModel;
import io.mailwright.processor.binding.Rules;
import io.mailwright.processor.binding.ShapeModel;
import io.mailwright.processor.binding.TypeRef;
import io.mailwright.processor.binding.UnionModel;
import io.mailwright.processor.constraints.FieldConstraint;
import io.mailwright.processor.naming.GeneratedNames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Writes a shape as an immutable value with Jackson annotations, a builder whose {@code build()}
 * runs the generated validation, and {@code validate()} for values read from JSON.
 */
final class ShapeWriter {
  private static final ClassName LIST = ClassName.get(List.class);
  private static final ClassName ARRAY_LIST = ClassName.get(ArrayList.class);
  /** The field (value and builder) holding the names of fields JSON held that the type does not know. */
  static final String UNKNOWN = GeneratedNames.UNKNOWN_FIELDS;
  private static final TypeName UNKNOWN_LIST = ParameterizedTypeName.get(LIST, ClassName.get(String.class));

  private final ApiModel model;
  private final String pkg;
  private final GeneratedNames names;

  ShapeWriter(ApiModel model, GeneratedNames names) {
    this.model = model;
    this.names = names;
    this.pkg = model.packageName();
  }

  TypeSpec write(ShapeModel shape) {
    ClassName self = ClassName.get(pkg, shape.name());
    ClassName builder = self.nestedClass("Builder");
    UnionModel union = model.unionOf(shape.name());
    ClassName unionClass = union == null ? null : ClassName.get(pkg, union.name());
    List<FieldPlan> plans = FieldPlan.of(shape, model, names);
    Map<String, FieldPlan> byJavaName = new LinkedHashMap<>();
    plans.forEach(p -> byJavaName.put(p.model.javaName(), p));

    TypeSpec.Builder type = TypeSpec.classBuilder(self)
        .addModifiers(PUBLIC, FINAL)
        .addJavadoc("$L", Javadoc.paragraph(shape.doc()))
        .addJavadoc("\n<p>Immutable. Make one with {@link #builder()}: {@link Builder#build()} checks every"
            + " documented rule\nand reports all violations at once, each with its JSON path.\n")
        .addJavadoc(accessorsNote(plans))
        .addAnnotation(Names.generated())
        .addAnnotation(Names.generatedJson())
        .addAnnotation(propertyOrder(plans));
    if (unionClass != null) {
      type.superclass(unionClass)
          .addJavadoc("\n<p>A {@link $T} of type {@code $L}: it writes {@code \"$L\": \"$L\"} in a list of"
              + "\n{@code $T}, and nothing of the kind when it is the body of its own request.\n",
              unionClass, variantValue(union, shape.name()), union.discriminator(),
              variantValue(union, shape.name()), unionClass)
          .addAnnotation(AnnotationSpec.builder(Names.JSON_TYPE_INFO)
              .addMember("use", "$T.NONE", Names.JSON_TYPE_INFO_ID).build());
    } else {
      type.addSuperinterface(Names.VALIDATABLE);
    }

    MethodSpec.Builder constructor = MethodSpec.constructorBuilder().addModifiers(PRIVATE)
        .addParameter(builder, GeneratedNames.BUILDER);
    for (FieldPlan p : plans) {
      for (FieldConstraint.Applied c : p.model.constraints()) {
        type.addFields(c.members(p));
      }
    }
    for (FieldPlan p : plans) {
      FieldSpec.Builder field = FieldSpec.builder(Names.nullable(p.storage), p.name, PRIVATE, FINAL);
      if (p.jsonOnField()) {
        field.addAnnotation(Names.jsonProperty(p.json()));
      }
      type.addField(field.build());
      constructor.addStatement("this.$N = $L", p.name, p.kind.frozen(p, "builder." + p.name));
      if (p.explicitNull()) {
        type.addField(TypeName.BOOLEAN, p.setFlag(), PRIVATE, FINAL);
        constructor.addStatement("this.$N = builder.$N", p.setFlag(), p.setFlag());
      }
    }
    // The names of the fields JSON held that this type does not know; null when none.
    type.addField(FieldSpec.builder(Names.nullable(UNKNOWN_LIST), UNKNOWN, PRIVATE, FINAL).build());
    constructor.addStatement("this.$N = builder.$N == null ? null : $T.copyOf(builder.$N)", UNKNOWN, UNKNOWN, LIST,
        UNKNOWN);
    type.addMethod(constructor.build());
    type.addMethod(MethodSpec.methodBuilder(GeneratedNames.BUILDER)
        .addModifiers(PUBLIC, STATIC)
        .returns(builder)
        .addJavadoc("A builder with no field set.\n")
        .addStatement("return new $T()", builder)
        .build());
    type.addMethod(MethodSpec.methodBuilder(GeneratedNames.TO_BUILDER)
        .addModifiers(PUBLIC)
        .addAnnotations(unionClass == null ? List.of() : List.of(AnnotationSpec.builder(Override.class).build()))
        .returns(builder)
        .addJavadoc("A builder holding every field of this value.\n")
        .addStatement("return new $T(this)", builder)
        .build());

    if (shape.fileAttachment() != null) {
      fileFactories(type, self, shape.fileAttachment(), byJavaName);
    }
    for (FieldPlan p : plans) {
      accessors(type, p);
    }

    if (unionClass == null) {
      validateMethods(type);
    }
    requireValidMethods(type, self, shape.name());
    MethodSpec.Builder validateInto = MethodSpec.methodBuilder(GeneratedNames.VALIDATE_INTO)
        .addParameter(Names.VIOLATIONS, ValidationWriter.PARAM)
        .addCode(ValidationWriter.validateInto(shape, plans))
        .addStatement("$L.unknownFields(this.$N)", ValidationWriter.PARAM, UNKNOWN);
    if (unionClass != null) {
      validateInto.addAnnotation(Override.class);
    }
    type.addMethod(validateInto.build());

    type.addMethod(equalsMethod(self, plans));
    type.addMethod(hashCodeMethod(plans));
    type.addMethod(toStringMethod(shape.name(), plans, true));
    type.addMethod(MethodSpec.methodBuilder(GeneratedNames.FROM_JSON)
        .addModifiers(PRIVATE, STATIC)
        .addAnnotation(Names.GENERATED_JSON.nestedClass("FromBuilder"))
        .addParameter(builder, GeneratedNames.BUILDER)
        .returns(self)
        .addStatement("return builder.buildUnvalidated()")
        .build());
    type.addType(builderType(shape, self, builder, unionClass, plans));
    return type.build();
  }

  /**
   * {@code validate()} and {@code validateStrict()} (issue 11, item 3): the strict form also reports
   * the fields JSON held that the type does not know. Written on a shape that is no union member (a
   * union's base class has them).
   */
  static void validateMethods(TypeSpec.Builder type) {
    for (boolean strict : new boolean[] {false, true}) {
      type.addMethod(MethodSpec.methodBuilder(strict ? GeneratedNames.VALIDATE_STRICT : GeneratedNames.VALIDATE)
          .addAnnotation(Override.class)
          .addModifiers(PUBLIC)
          .returns(ParameterizedTypeName.get(LIST, Names.VIOLATION))
          .addStatement(strict ? "$T violations = $T.strict()" : "$T violations = new $T()", Names.VIOLATIONS,
              Names.VIOLATIONS)
          .addStatement("validateInto(violations)")
          .addStatement("return violations.toList()")
          .build());
    }
  }

  /**
   * {@code requireValid()} and {@code requireValidStrict()} (issue 11, item 4): validate-or-throw in
   * one step for a value read from JSON, returning the value with its own type.
   */
  static void requireValidMethods(TypeSpec.Builder type, ClassName self, String subject) {
    for (boolean strict : new boolean[] {false, true}) {
      type.addMethod(MethodSpec.methodBuilder(strict ? GeneratedNames.REQUIRE_VALID_STRICT : GeneratedNames.REQUIRE_VALID)
          .addAnnotation(Override.class)
          .addModifiers(PUBLIC)
          .returns(self)
          .addStatement(strict ? "$T violations = $T.strict()" : "$T violations = new $T()", Names.VIOLATIONS,
              Names.VIOLATIONS)
          .addStatement("validateInto(violations)")
          .addStatement("violations.throwIfAny($S)", subject)
          .addStatement("return this")
          .build());
    }
  }

  /**
   * {@code fromFile(Path)}, {@code of(name, bytes)}, {@code of(name, stream, length)}: validated, mime type guessed;
   * each with a twin that takes the mime type instead (issue 11, item 7). A null argument is a violation of the
   * field it fills (issue 8, item 14), never a NullPointerException.
   */
  private static void fileFactories(TypeSpec.Builder type, ClassName self, Rules.FileAttachment file,
      Map<String, FieldPlan> fields) {
    String name = fields.get(file.fileName()).name;
    String mime = fields.get(file.mimeType()).name;
    String data = fields.get(file.data()).name;
    ClassName path = ClassName.get("java.nio.file", "Path");
    ClassName invalid = Names.REQUEST_VALIDATION_EXCEPTION;
    type.addMethod(MethodSpec.methodBuilder(GeneratedNames.FROM_FILE)
        .addModifiers(PUBLIC, STATIC)
        .returns(self)
        .addParameter(Names.nullable(path), "file")
        .addJavadoc("The content of a file, read (and Base64-encoded) while the request is written: named after the"
            + " file,\nits mime type guessed from the name ({@link $T#guess}).\n\n@throws $T when the file cannot"
            + " be read\n", Names.MIME_TYPES, invalid)
        .addStatement("return builder().file(file).build()")
        .build());
    type.addMethod(MethodSpec.methodBuilder(GeneratedNames.FROM_FILE)
        .addModifiers(PUBLIC, STATIC)
        .returns(self)
        .addParameter(Names.nullable(path), "file")
        .addParameter(Names.nullable(ClassName.get(String.class)), mime)
        .addJavadoc("The content of a file, read (and Base64-encoded) while the request is written: named after the"
            + " file,\nwith the mime type given.\n\n@throws $T when the file cannot be read\n", invalid)
        .addStatement("return builder().$N($N).file(file).build()", mime, mime)
        .build());
    type.addMethod(MethodSpec.methodBuilder(GeneratedNames.OF)
        .addModifiers(PUBLIC, STATIC)
        .returns(self)
        .addParameter(Names.nullable(ClassName.get(String.class)), "fileName")
        .addParameter(Names.nullable(ArrayTypeName.of(TypeName.BYTE)), "content")
        .addJavadoc("Content in memory (copied), its mime type guessed from the file name ({@link $T#guess}).\n\n"
            + "@throws $T when a field is missing\n", Names.MIME_TYPES, invalid)
        .addStatement("return of(fileName, $T.guess(fileName), content)", Names.MIME_TYPES)
        .build());
    type.addMethod(MethodSpec.methodBuilder(GeneratedNames.OF)
        .addModifiers(PUBLIC, STATIC)
        .returns(self)
        .addParameter(Names.nullable(ClassName.get(String.class)), "fileName")
        .addParameter(Names.nullable(ClassName.get(String.class)), mime)
        .addParameter(Names.nullable(ArrayTypeName.of(TypeName.BYTE)), "content")
        .addJavadoc("Content in memory (copied), with the mime type given.\n\n@throws $T when a field is missing\n",
            invalid)
        .addStatement("return builder().$N(fileName).$N($N).$N(content).build()", name, mime, mime, data)
        .build());
    ClassName inputStream = ClassName.get("java.io", "InputStream");
    String streamDoc = "The content of a stream that holds exactly {@code length} bytes, read once while the request"
        + " is\nwritten (so a request holding it is never sent twice); $L. A stream shorter or longer than\n"
        + "{@code length} fails the call with a {@code TransportException} naming the attachment.\n\n"
        + "@throws $T when a field is missing\n";
    type.addMethod(MethodSpec.methodBuilder(GeneratedNames.OF)
        .addModifiers(PUBLIC, STATIC)
        .returns(self)
        .addParameter(Names.nullable(ClassName.get(String.class)), "fileName")
        .addParameter(Names.nullable(inputStream), "content")
        .addParameter(TypeName.LONG, "length")
        .addJavadoc(streamDoc, "its mime type guessed from the file name", invalid)
        .addStatement("return of(fileName, $T.guess(fileName), content, length)", Names.MIME_TYPES)
        .build());
    type.addMethod(MethodSpec.methodBuilder(GeneratedNames.OF)
        .addModifiers(PUBLIC, STATIC)
        .returns(self)
        .addParameter(Names.nullable(ClassName.get(String.class)), "fileName")
        .addParameter(Names.nullable(ClassName.get(String.class)), mime)
        .addParameter(Names.nullable(inputStream), "content")
        .addParameter(TypeName.LONG, "length")
        .addJavadoc(streamDoc, "with the mime type given", invalid)
        .addStatement("return builder().$N(fileName).$N($N).$N(content == null ? null : $T.ofStream(content, length))"
            + ".build()", name, mime, mime, data, Names.BINARY_DATA)
        .build());
  }

  private static String variantValue(UnionModel union, String shapeName) {
    for (UnionModel.Variant v : union.variants()) {
      if (v.shape() instanceof TypeRef.ShapeRef s && s.name().equals(shapeName)) {
        return v.value();
      }
    }
    throw new IllegalStateException(shapeName + " not in " + union.name());
  }

  private static AnnotationSpec propertyOrder(List<FieldPlan> plans) {
    CodeBlock.Builder names = CodeBlock.builder().add("{");
    for (int i = 0; i < plans.size(); i++) {
      names.add(i == 0 ? "$S" : ", $S", plans.get(i).json());
    }
    return AnnotationSpec.builder(Names.JSON_PROPERTY_ORDER).addMember("value", names.add("}").build()).build();
  }

  private String fieldDoc(FieldPlan p) {
    String rules = p.rulesSentence();
    String doc = Javadoc.paragraph(p.model.doc());
    if (rules.isEmpty()) {
      return doc;
    }
    return doc + (doc.isEmpty() ? "" : "\n<p>") + Javadoc.wrap(Javadoc.text(rules)) + "\n";
  }

  /**
   * What the accessors of value lists, instants and lists return, said once in the class's Javadoc
   * rather than as an {@code @return} on each (nothing when the shape has none of them).
   */
  private static CodeBlock accessorsNote(List<FieldPlan> plans) {
    Set<String> notes = new LinkedHashSet<>();
    for (FieldPlan p : plans) {
      String note = p.kind.accessorNote();
      if (note != null) {
        notes.add(note);
      }
    }
    return notes.isEmpty() ? CodeBlock.of("") : CodeBlock.of("\n<p>$L\n", Javadoc.wrap(String.join(" ", notes)));
  }

  private void accessors(TypeSpec.Builder type, FieldPlan p) {
    MethodSpec.Builder get = MethodSpec.methodBuilder(p.name)
        .addModifiers(PUBLIC)
        .addJavadoc("$L", fieldDoc(p));
    p.kind.accessor(get, p);
    type.addMethod(get.build());
    if (p.explicitNull()) {
      type.addMethod(MethodSpec.methodBuilder(p.names.has())
          .addModifiers(PUBLIC)
          .returns(TypeName.BOOLEAN)
          .addJavadoc("Whether the request carries {@code $L}: true for a value and for an explicit {@code null},"
              + " false when\nit is absent.\n", p.json())
          .addStatement("return $N", p.setFlag())
          .build());
      type.addMethod(MethodSpec.methodBuilder(p.names.wire())
          .addModifiers(PRIVATE)
          .addAnnotation(Names.jsonProperty(p.json()))
          .returns(Names.nullable(ClassName.OBJECT))
          .addStatement("return !$N ? null : $N == null ? $T.INSTANCE : $N", p.setFlag(), p.name, Names.JSON_NULL,
              p.name)
          .build());
    }
  }

  private static MethodSpec equalsMethod(ClassName self, List<FieldPlan> plans) {
    CodeBlock.Builder same = CodeBlock.builder().add("return o instanceof $T that", self);
    for (FieldPlan p : plans) {
      same.add("\n&& $T.equals(this.$N, that.$N)", Objects.class, p.name, p.name);
      if (p.explicitNull()) {
        same.add("\n&& this.$N == that.$N", p.setFlag(), p.setFlag());
      }
    }
    // The names of unknown fields count: validateStrict() tells two such values apart, so equals does.
    same.add("\n&& $T.equals(this.$N, that.$N)", Objects.class, UNKNOWN, UNKNOWN);
    return MethodSpec.methodBuilder("equals")
        .addAnnotation(Override.class)
        .addModifiers(PUBLIC)
        .returns(TypeName.BOOLEAN)
        .addParameter(Names.nullable(ClassName.OBJECT), "o")
        .addStatement("$L", same.build())
        .build();
  }

  private static MethodSpec hashCodeMethod(List<FieldPlan> plans) {
    CodeBlock.Builder args = CodeBlock.builder();
    for (int i = 0; i < plans.size(); i++) {
      FieldPlan p = plans.get(i);
      args.add(i == 0 ? "$N" : ", $N", p.name);
      if (p.explicitNull()) {
        args.add(", $N", p.setFlag());
      }
    }
    args.add(plans.isEmpty() ? "$N" : ", $N", UNKNOWN);
    return MethodSpec.methodBuilder("hashCode")
        .addAnnotation(Override.class)
        .addModifiers(PUBLIC)
        .returns(TypeName.INT)
        .addStatement("return $T.hash($L)", Objects.class, args.build())
        .build();
  }

  /**
   * {@code Name{json=value, ...}} of the fields that are set, through the runtime's {@code ToStrings}: one
   * statement, not three lines a field.
   */
  private static MethodSpec toStringMethod(String name, List<FieldPlan> plans, boolean documented) {
    CodeBlock.Builder args = CodeBlock.builder().add("$S", name);
    for (FieldPlan p : plans) {
      if (p.explicitNull()) {
        args.add(", $S, $T.present($N, $N)", p.json(), Names.MEMBERS, p.setFlag(), p.name);
      } else {
        args.add(", $S, $N", p.json(), p.name);
      }
    }
    MethodSpec.Builder m = MethodSpec.methodBuilder("toString")
        .addAnnotation(Override.class)
        .addModifiers(PUBLIC)
        .returns(String.class);
    if (documented) {
      m.addJavadoc("The fields that are set, by their JSON names (binary content by its size, never in full).\n");
    }
    return m.addStatement("return $T.toString($L)", Names.MEMBERS, args.build()).build();
  }

  private TypeSpec builderType(ShapeModel shape, ClassName self, ClassName builder, ClassName unionClass,
      List<FieldPlan> plans) {
    TypeSpec.Builder b = TypeSpec.classBuilder(builder)
        .addModifiers(PUBLIC, STATIC, FINAL)
        .addJavadoc("The builder of {@link $T}. Setting a field to {@code null} leaves it out of the request$L.\n", self,
            plans.stream().anyMatch(FieldPlan::explicitNull)
                ? "\n(except a field whose absent and null states differ: there {@code null} is sent as JSON null)" : "")
        .addAnnotation(Names.generatedJson());
    if (unionClass != null) {
      b.superclass(unionClass.nestedClass("Builder"));
    }
    MethodSpec.Builder copy = MethodSpec.constructorBuilder().addModifiers(PRIVATE).addParameter(self, "source");
    for (FieldPlan p : plans) {
      FieldSpec.Builder field = FieldSpec.builder(Names.nullable(p.storage), p.name, PRIVATE);
      if (p.kind.jsonOnBuilderField()) {
        field.addAnnotation(Names.jsonProperty(p.json()));
      }
      b.addField(field.build());
      copy.addStatement("this.$N = $L", p.name, p.kind.thawed(p, "source." + p.name));
      if (p.explicitNull()) {
        b.addField(TypeName.BOOLEAN, p.setFlag(), PRIVATE);
        copy.addStatement("this.$N = source.$N", p.setFlag(), p.setFlag());
      }
    }
    b.addField(FieldSpec.builder(Names.nullable(UNKNOWN_LIST), UNKNOWN, PRIVATE)
        .build());
    copy.addStatement("this.$N = source.$N == null ? null : new $T<>(source.$N)", UNKNOWN, UNKNOWN, ARRAY_LIST, UNKNOWN);
    b.addMethod(MethodSpec.constructorBuilder().addModifiers(PRIVATE).build());
    b.addMethod(copy.build());
    b.addMethod(MethodSpec.methodBuilder(GeneratedNames.UNKNOWN_FIELD)
        .addModifiers(PRIVATE)
        .addAnnotation(Names.JSON_ANY_SETTER)
        .addParameter(String.class, "name")
        .addParameter(Names.nullable(ClassName.OBJECT), "value")
        .addStatement("this.$N = $T.unknownField(this.$N, name)", UNKNOWN, Names.MEMBERS, UNKNOWN)
        .build());
    for (FieldPlan p : plans) {
      p.kind.setters(b, builder, p, fieldDoc(p));
    }
    Rules.FileAttachment file = shape.fileAttachment();
    if (file != null) {
      String name = names.field(shape.field(file.fileName())).field();
      String mime = names.field(shape.field(file.mimeType())).field();
      String data = names.field(shape.field(file.data())).field();
      b.addMethod(MethodSpec.methodBuilder(GeneratedNames.FILE)
          .addModifiers(PUBLIC)
          .returns(builder)
          .addParameter(Names.nullable(ClassName.get("java.nio.file", "Path")), "file")
          .addJavadoc("Sends the content of a file, read while the request is written; sets the file name and the"
              + " mime type\nfrom the file's name unless they are set. A {@code null} file leaves the content out.\n")
          .beginControlFlow("if (file == null)")
          .addStatement("this.$N = null", data)
          .addStatement("return this")
          .endControlFlow()
          .addStatement("this.$N = $T.ofFile(file)", data, Names.BINARY_DATA)
          .beginControlFlow("if (this.$N == null)", name)
          .addStatement("this.$N = file.getFileName().toString()", name)
          .endControlFlow()
          .beginControlFlow("if (this.$N == null)", mime)
          .addStatement("this.$N = $T.guess(this.$N)", mime, Names.MIME_TYPES, name)
          .endControlFlow()
          .addStatement("return this")
          .build());
    }
    MethodSpec.Builder build = MethodSpec.methodBuilder(GeneratedNames.BUILD)
        .addModifiers(PUBLIC)
        .returns(self)
        .addJavadoc("Checks every documented rule and makes the value.\n\n"
            + "@throws $T listing every violation, each with its JSON path\n", Names.REQUEST_VALIDATION_EXCEPTION)
        .addStatement("$T value = new $T(this)", self, self)
        .addStatement("$T violations = new $T()", Names.VIOLATIONS, Names.VIOLATIONS)
        .addStatement("value.validateInto(violations)")
        .addStatement("violations.throwIfAny($S)", shape.name())
        .addStatement("return value");
    MethodSpec.Builder unvalidated = MethodSpec.methodBuilder(GeneratedNames.BUILD_UNVALIDATED)
        .returns(self)
        .addStatement("return new $T(this)", self);
    if (unionClass != null) {
      build.addAnnotation(Override.class);
      unvalidated.addAnnotation(Override.class);
    }
    b.addMethod(build.build());
    b.addMethod(unvalidated.build());
    b.addMethod(toStringMethod(shape.name() + ".Builder", plans, false));
    return b.build();
  }
}
