package io.mailwright.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;

/**
 * A value held as its wire text, so that any text read from JSON can be validated and reported, and
 * shown typed ({@link EnumKind}, {@link InstantKind}): the typed setter converts, a private
 * {@code @JsonProperty} setter takes the text as it is.
 */
abstract class WireTextKind extends FieldKind {
  @Override
  boolean jsonOnAccessor() {
    return false;
  }

  @Override
  final TypeName storage(FieldPlan p, String pkg) {
    return ClassName.get(String.class);
  }

  /** What the accessor's Javadoc adds: its {@code @return}. */
  abstract String returns();

  /** The expression that reads the held text {@code p.name} as the typed value. */
  abstract CodeBlock fromWire(FieldPlan p);

  /** The expression that turns the typed parameter {@code p.name} into wire text. */
  abstract CodeBlock toWire(FieldPlan p);

  /** The name of the private setter's parameter. */
  abstract String wireParameter();

  @Override
  final void accessor(MethodSpec.Builder get, FieldPlan p) {
    get.returns(Names.nullable(p.shown)).addJavadoc("$L", returns()).addStatement("return $L", fromWire(p));
  }

  @Override
  final void setters(TypeSpec.Builder b, ClassName builder, FieldPlan p, String doc) {
    b.addMethod(stored(p, setter(builder, p.name, doc).addParameter(Names.nullable(p.shown), p.name)
        .addStatement("this.$N = $L", p.name, toWire(p))));
    b.addMethod(stored(p, wireSetter(builder, p).addParameter(Names.nullable(ClassName.get(String.class)), wireParameter())
        .addStatement("this.$N = $N", p.name, wireParameter())));
  }
}
