package io.mailwright.processor.writing;

import static javax.lang.model.element.Modifier.ABSTRACT;
import static javax.lang.model.element.Modifier.PUBLIC;
import static javax.lang.model.element.Modifier.SEALED;
import static javax.lang.model.element.Modifier.STATIC;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.mailwright.processor.binding.TypeRef;
import io.mailwright.processor.binding.UnionModel;

/**
 * Writes a union as a sealed abstract class: Jackson writes and reads its members with the
 * discriminator, and its builder type lets a parent take any member's builder.
 */
final class UnionWriter {
  private final String pkg;

  UnionWriter(String pkg) {
    this.pkg = pkg;
  }

  TypeSpec write(UnionModel union) {
    ClassName self = ClassName.get(pkg, union.name());
    ClassName builder = self.nestedClass("Builder");
    CodeBlock.Builder subTypes = CodeBlock.builder().add("{");
    StringBuilder table = new StringBuilder();
    TypeSpec.Builder type = TypeSpec.classBuilder(self).addModifiers(PUBLIC, ABSTRACT, SEALED);
    TypeSpec.Builder builderType = TypeSpec.classBuilder(builder).addModifiers(PUBLIC, ABSTRACT, STATIC, SEALED)
        .addJavadoc("Builds one kind of {@link $T}.\n", self);
    for (int i = 0; i < union.variants().size(); i++) {
      UnionModel.Variant v = union.variants().get(i);
      ClassName member = ClassName.get(pkg, ((TypeRef.ShapeRef) v.shape()).name());
      subTypes.add(i == 0 ? "" : ",\n").add("@$T(value = $T.class, name = $S)", Names.JSON_SUB_TYPES_TYPE, member,
          v.value());
      table.append("\n  <li>{@code \"").append(Javadoc.text(v.value())).append("\"}: {@link ")
          .append(member.simpleName()).append("}");
      type.addPermittedSubclass(member);
      builderType.addPermittedSubclass(member.nestedClass("Builder"));
    }
    ShapeWriter.validateMethods(type);
    type.addJavadoc("$L", Javadoc.paragraph(union.doc()))
        .addJavadoc("\n<p>Told apart by {@code $L}:\n<ul>$L\n</ul>\n", union.discriminator(), table.toString())
        .addAnnotation(Names.generated())
        .addAnnotation(AnnotationSpec.builder(Names.JSON_TYPE_INFO)
            .addMember("use", "$T.NAME", Names.JSON_TYPE_INFO_ID)
            .addMember("include", "$T.PROPERTY", Names.JSON_TYPE_INFO_AS)
            .addMember("property", "$S", union.discriminator())
            .build())
        .addAnnotation(AnnotationSpec.builder(Names.JSON_SUB_TYPES).addMember("value", subTypes.add("}").build())
            .build())
        .addSuperinterface(Names.VALIDATABLE)
        .addMethod(MethodSpec.constructorBuilder().build())
        .addMethod(MethodSpec.methodBuilder("toBuilder")
            .addModifiers(PUBLIC, ABSTRACT)
            .returns(builder)
            .addJavadoc("A builder holding every field of this value.\n")
            .build())
        .addMethod(MethodSpec.methodBuilder("requireValid")
            .addAnnotation(Override.class)
            .addModifiers(PUBLIC, ABSTRACT)
            .returns(self)
            .build())
        .addMethod(MethodSpec.methodBuilder("requireValidStrict")
            .addAnnotation(Override.class)
            .addModifiers(PUBLIC, ABSTRACT)
            .returns(self)
            .build())
        .addMethod(MethodSpec.methodBuilder("validateInto")
            .addModifiers(ABSTRACT)
            .addParameter(Names.VIOLATIONS, ValidationWriter.PARAM)
            .build());
    builderType
        .addMethod(MethodSpec.constructorBuilder().build())
        .addMethod(MethodSpec.methodBuilder("build")
            .addModifiers(PUBLIC, ABSTRACT)
            .returns(self)
            .addJavadoc("Checks every documented rule and makes the value.\n\n@throws $T listing every violation\n",
                Names.REQUEST_VALIDATION_EXCEPTION)
            .build())
        .addMethod(MethodSpec.methodBuilder("buildUnvalidated").addModifiers(ABSTRACT).returns(self).build());
    return type.addType(builderType.build()).build();
  }
}
