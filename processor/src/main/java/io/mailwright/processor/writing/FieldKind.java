package io.mailwright.processor.writing;

import static javax.lang.model.element.Modifier.PUBLIC;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.mailwright.processor.binding.FieldModel;
import java.util.List;

/**
 * A kind of field of a request shape as one unit (issue 10, item 1): the Java type its value is held
 * as and shown as, how the value and its builder take it over, its accessor, its builder's setters
 * and the checks of its value that are no constraint (a nested object validated in place). The
 * writers ask the field's kind; none of them tells kinds apart. A new kind is one subclass and a line
 * in {@link #ALL}.
 */
abstract class FieldKind {
  /** Every kind, most specific first: a field is of the first kind that {@link #accepts} it. */
  static final List<FieldKind> ALL = List.of(new ListKind(), new BinaryKind(), new InstantKind(), new EnumKind(),
      new ObjectKind(), new ScalarKind());

  static FieldKind of(FieldModel f) {
    for (FieldKind k : ALL) {
      if (k.accepts(f)) {
        return k;
      }
    }
    throw new IllegalStateException("no kind of field for " + f.type().describe());
  }

  abstract boolean accepts(FieldModel f);

  /** The type the value and its builder hold it as (its wire form for value lists and instants). */
  abstract TypeName storage(FieldPlan p, String pkg);

  /** The type callers see. */
  TypeName shown(FieldPlan p, String pkg) {
    return storage(p, pkg);
  }

  /** The generated class of a value list, shape or union (of the elements, for a list); else {@code null}. */
  ClassName modelClass(FieldPlan p, String pkg) {
    return null;
  }

  /** For a list: the element type; else {@code null}. */
  TypeName element(FieldPlan p, String pkg) {
    return null;
  }

  /**
   * Whether Jackson reads JSON into the builder's field itself (a value held as its wire text: there is
   * no public setter of the text, so that {@code status(null)} and {@code createdAt(null)} are not
   * ambiguous, issue 11, item 2); otherwise it calls the setter annotated {@code @JsonProperty}.
   */
  boolean jsonOnBuilderField() {
    return false;
  }

  /** What the value's constructor stores of the builder's field ({@code from} is {@code builder.x}). */
  CodeBlock frozen(FieldPlan p, String from) {
    return CodeBlock.of("$L", from);
  }

  /** What a builder made from a value stores of it ({@code from} is {@code source.x}). */
  CodeBlock thawed(FieldPlan p, String from) {
    return CodeBlock.of("$L", from);
  }

  /**
   * What the accessor returns beyond the held value, said once in the class's Javadoc (not as an
   * {@code @return} on each accessor); {@code null}: nothing.
   */
  String accessorNote() {
    return null;
  }

  /** The accessor's return type and body. */
  void accessor(MethodSpec.Builder get, FieldPlan p) {
    get.returns(Names.nullable(p.shown)).addStatement("return $N", p.name);
  }

  /** The builder's setters of the field; {@code doc} is the field's Javadoc. */
  abstract void setters(TypeSpec.Builder b, ClassName builder, FieldPlan p, String doc);

  /** Null-safe checks of the value beside its constraints (calls of the runtime's {@code Checks}). */
  CodeBlock checks(FieldPlan p, String violations) {
    return CodeBlock.of("");
  }

  /** Checks that need the value present (it is: they are written under the field's gate or a null check). */
  CodeBlock nested(FieldPlan p, String violations) {
    return CodeBlock.of("");
  }

  /**
   * Ends a setter that stores a value: an absent-or-null field is now present, also when the value
   * stored is {@code null} (an explicit JSON null).
   */
  static MethodSpec stored(FieldPlan p, MethodSpec.Builder setter) {
    if (p.explicitNull()) {
      setter.addStatement("this.$N = true", p.setFlag());
    }
    return setter.addStatement("return this").build();
  }

  /** The field's primary setter: the one whose Javadoc is the field's description. */
  static MethodSpec.Builder setter(ClassName builder, String name, String doc) {
    return MethodSpec.methodBuilder(name).addModifiers(PUBLIC).returns(builder).addJavadoc("$L", doc);
  }

  /**
   * A setter that is an overload of the field's primary setter: its Javadoc links there (where the
   * field's description is, once) and says only what the overload adds.
   */
  static MethodSpec.Builder overload(ClassName builder, String name, String doc, Object... args) {
    return MethodSpec.methodBuilder(name).addModifiers(PUBLIC).returns(builder).addJavadoc(doc, args);
  }

  /** A statement of the value's nested validation in place: {@code enter}, {@code validateInto}, {@code exit}. */
  static CodeBlock inPlace(String violations, CodeBlock enter, String value) {
    return CodeBlock.builder()
        .addStatement("$L.enter($L)", violations, enter)
        .addStatement("$L.validateInto($L)", value, violations)
        .addStatement("$L.exit()", violations)
        .build();
  }
}
