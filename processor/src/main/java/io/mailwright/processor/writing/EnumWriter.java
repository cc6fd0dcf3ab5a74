package io.mailwright.processor.writing;

import static javax.lang.model.element.Modifier.FINAL;
import static javax.lang.model.element.Modifier.PRIVATE;
import static javax.lang.model.element.Modifier.PUBLIC;
import static javax.lang.model.element.Modifier.STATIC;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.mailwright.processor.binding.EnumModel;
import io.mailwright.processor.validation.JavaNames;

/** Writes a value list as an enum that keeps each constant's wire value. */
final class EnumWriter {
  private final String pkg;

  EnumWriter(String pkg) {
    this.pkg = pkg;
  }

  TypeSpec write(EnumModel e) {
    ClassName self = ClassName.get(pkg, e.name());
    TypeSpec.Builder type = TypeSpec.enumBuilder(self)
        .addModifiers(PUBLIC)
        .addJavadoc(Javadoc.paragraph(e.doc()))
        .addJavadoc("\n<p>Each constant keeps the value the API writes; {@link #fromWireValue} reads it back and"
            + " tolerates\nvalues this client does not know.\n")
        .addAnnotation(Names.generated());
    for (EnumModel.Constant c : e.constants()) {
      TypeSpec.Builder constant = TypeSpec.anonymousClassBuilder("$S", c.wireValue());
      if (!c.doc().isBlank()) {
        constant.addJavadoc(Javadoc.paragraph(c.doc()));
      } else {
        constant.addJavadoc("{@code $L}\n", Javadoc.text(c.wireValue()));
      }
      type.addEnumConstant(JavaNames.constant(c.wireValue()), constant.build());
    }
    type.addField(String.class, "wireValue", PRIVATE, FINAL);
    type.addMethod(MethodSpec.constructorBuilder()
        .addParameter(String.class, "wireValue")
        .addStatement("this.wireValue = wireValue")
        .build());
    type.addMethod(MethodSpec.methodBuilder("wireValue")
        .addModifiers(PUBLIC)
        .addAnnotation(Names.JSON_VALUE)
        .returns(String.class)
        .addJavadoc("The value as the API writes it.\n")
        .addStatement("return wireValue")
        .build());
    MethodSpec.Builder from = MethodSpec.methodBuilder("fromWireValue")
        .addModifiers(PUBLIC, STATIC)
        .addAnnotation(AnnotationSpec.builder(Names.JSON_CREATOR).build())
        .returns(Names.nullable(self))
        .addParameter(Names.nullable(ClassName.get(String.class)), "wireValue")
        .addJavadoc("The constant of a wire value.\n\n@return the constant, or {@code null} for {@code null} and for"
            + " a value this client does not know\n")
        .beginControlFlow("if (wireValue == null)")
        .addStatement("return null")
        .endControlFlow();
    CodeBlock.Builder cases = CodeBlock.builder().add("return switch (wireValue) {\n$>");
    for (EnumModel.Constant c : e.constants()) {
      cases.add("case $S -> $N;\n", c.wireValue(), JavaNames.constant(c.wireValue()));
    }
    from.addCode(cases.add("default -> null;\n$<};\n").build());
    type.addMethod(from.build());
    type.addMethod(MethodSpec.methodBuilder("toString")
        .addAnnotation(Override.class)
        .addModifiers(PUBLIC)
        .returns(String.class)
        .addJavadoc("The wire value.\n")
        .addStatement("return wireValue")
        .build());
    return type.build();
  }

}
