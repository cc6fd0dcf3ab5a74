package io.mailwright.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import io.mailwright.processor.binding.ApiModel;
import io.mailwright.processor.binding.FieldModel;
import io.mailwright.processor.binding.ShapeModel;
import io.mailwright.processor.constraints.FieldConstraint;
import io.mailwright.processor.naming.GeneratedNames;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How one model field is held and shown in generated code, as its {@link FieldKind} decides: the
 * Java type it is stored as (its wire form for enums and instants, so that any value read from JSON
 * can be validated and reported), the type callers see, and where Jackson reads it. It is also where
 * the field's constraints are written ({@link FieldConstraint.Written}).
 */
final class FieldPlan implements FieldConstraint.Written {
  final FieldModel model;
  /** Every name generated for the field, as {@link GeneratedNames} decided them. */
  final GeneratedNames.Field names;
  final String name;
  final FieldKind kind;
  final TypeName storage;
  final TypeName shown;
  /** The class of an enum, shape or union (of the elements, for a list); else {@code null}. */
  final ClassName modelClass;
  /** For a list: the element type; else {@code null}. */
  final TypeName element;
  private final ApiModel api;
  /** The plans of the shape's fields by their Java names in the model (this one's included). */
  private final Map<String, FieldPlan> shape;

  private FieldPlan(FieldModel model, GeneratedNames.Field names, ApiModel api, Map<String, FieldPlan> shape) {
    String pkg = api.packageName();
    this.model = model;
    this.names = names;
    this.name = names.field();
    this.api = api;
    this.shape = shape;
    this.kind = FieldKind.of(model);
    this.modelClass = kind.modelClass(this, pkg);
    this.element = kind.element(this, pkg);
    this.storage = kind.storage(this, pkg);
    this.shown = kind.shown(this, pkg);
  }

  /** The plans of a shape's fields, in their order. */
  static List<FieldPlan> of(ShapeModel s, ApiModel api, GeneratedNames names) {
    Map<String, FieldPlan> shape = new LinkedHashMap<>();
    for (FieldModel f : s.fields()) {
      shape.put(f.javaName(), new FieldPlan(f, names.field(f), api, shape));
    }
    return List.copyOf(shape.values());
  }

  @Override
  public String json() {
    return model.jsonName();
  }

  boolean explicitNull() {
    return model.explicitNull();
  }

  /** The flag that tells an explicit null from an absent value. */
  String setFlag() {
    return names.setFlag();
  }

  /**
   * Whether Jackson writes the value's field itself ({@code @JsonProperty} on it): every field but an
   * absent-or-null one, which is written through a private getter that tells absent from null.
   */
  boolean jsonOnField() {
    return !explicitNull();
  }

  /** The field's documented rules as one paragraph for Javadoc, or the empty string. */
  String rulesSentence() {
    StringBuilder sb = new StringBuilder();
    for (FieldConstraint.Applied c : model.constraints()) {
      String sentence = c.describe(this);
      if (!sentence.isEmpty()) {
        sb.append(sentence).append(' ');
      }
    }
    if (explicitNull()) {
      sb.append("Absent, null and a value are three different requests. ");
    }
    return sb.toString().strip();
  }

  @Override
  public FieldModel field() {
    return model;
  }

  @Override
  public String violations() {
    return ValidationWriter.PARAM;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public ClassName modelClass() {
    return modelClass;
  }

  @Override
  public List<String> enumValues() {
    return api.enumModel(GeneratedNames.typeName(model.type())).wireValues();
  }

  @Override
  public CodeBlock present() {
    return explicitNull() ? CodeBlock.of("this.$N", setFlag()) : CodeBlock.of("this.$N != null", name);
  }

  @Override
  public CodeBlock absent() {
    return explicitNull() ? CodeBlock.of("!this.$N", setFlag()) : CodeBlock.of("this.$N == null", name);
  }

  @Override
  public FieldPlan other(String javaName) {
    return shape.get(javaName);
  }
}
