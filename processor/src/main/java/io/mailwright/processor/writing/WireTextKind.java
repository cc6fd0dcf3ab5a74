package io.mailwright.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;

/**
 * A value held as its wire text, so that any text read from JSON can be validated and reported, and
 * shown typed ({@link EnumKind}, {@link InstantKind}): the typed setter converts, Jackson sets the
 * builder's private {@code @JsonProperty} field to the text as it is.
 */
abstract class WireTextKind extends FieldKind {
  @Override
  boolean jsonOnBuilderField() {
    return true;
  }

  @Override
  final TypeName storage(FieldPlan p, String pkg) {
    return ClassName.get(String.class);
  }

  /** The expression that reads the held text {@code p.name} as the typed value. */
  abstract CodeBlock fromWire(FieldPlan p);

  /** The expression that turns the typed parameter {@code p.name} into wire text. */
  abstract CodeBlock toWire(FieldPlan p);

  @Override
  final void accessor(MethodSpec.Builder get, FieldPlan p) {
    get.returns(Names.nullable(p.shown)).addStatement("return $L", fromWire(p));
  }

  @Override
  final void setters(TypeSpec.Builder b, ClassName builder, FieldPlan p, String doc) {
    b.addMethod(stored(p, setter(builder, p.name, doc).addParameter(Names.nullable(p.shown), p.name)
        .addStatement("this.$N = $L", p.name, toWire(p))));
  }
}
