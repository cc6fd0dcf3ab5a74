package io.mailwright.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.mailwright.processor.binding.FieldModel;
import io.mailwright.processor.binding.Rules;
import io.mailwright.processor.binding.TypeRef;
import io.mailwright.processor.constraints.FieldConstraint;
import io.mailwright.processor.naming.GeneratedNames;
import java.util.List;

/**
 * How one model field is held and shown in generated code: the Java type it is stored as (its
 * wire form for enums and instants, so that any value read from JSON can be validated and
 * reported), the type callers see, and where Jackson reads it.
 */
final class FieldPlan {
  enum Kind {
    SCALAR,
    BINARY,
    INSTANT,
    ENUM,
    OBJECT,
    LIST
  }

  final FieldModel model;
  /** Every name generated for the field, as {@link GeneratedNames} decided them. */
  final GeneratedNames.Field names;
  final String name;
  final Kind kind;
  final TypeName storage;
  final TypeName shown;
  /** The class of an enum, shape or union (of the elements, for a list); else {@code null}. */
  final ClassName modelClass;
  /** For a list: the element type; else {@code null}. */
  final TypeName element;
  /** For a list: whether the elements are shapes or unions, validated themselves. */
  final boolean elementIsObject;

  private FieldPlan(FieldModel model, GeneratedNames.Field names, Kind kind, TypeName storage, TypeName shown, ClassName modelClass,
      TypeName element, boolean elementIsObject) {
    this.model = model;
    this.names = names;
    this.name = names.field();
    this.kind = kind;
    this.storage = storage;
    this.shown = shown;
    this.modelClass = modelClass;
    this.element = element;
    this.elementIsObject = elementIsObject;
  }

  static FieldPlan of(FieldModel f, String pkg, GeneratedNames names) {
    GeneratedNames.Field n = names.field(f);
    TypeRef t = f.type();
    if (t instanceof TypeRef.ListOf l) {
      TypeRef e = l.element();
      TypeName element;
      ClassName modelClass = null;
      if (e instanceof TypeRef.Scalar s) {
        element = scalar(s);
      } else {
        modelClass = ClassName.get(pkg, GeneratedNames.typeName(e));
        element = modelClass;
      }
      TypeName list = ParameterizedTypeName.get(ClassName.get(List.class), element);
      return new FieldPlan(f, n, Kind.LIST, list, list, modelClass, element, modelClass != null);
    }
    if (t == TypeRef.Scalar.STRING && f.format() == Rules.Format.BASE64) {
      return new FieldPlan(f, n, Kind.BINARY, Names.BINARY_DATA, Names.BINARY_DATA, null, null, false);
    }
    if (t == TypeRef.Scalar.INSTANT) {
      return new FieldPlan(f, n, Kind.INSTANT, ClassName.get(String.class), ClassName.get("java.time", "Instant"),
          null, null, false);
    }
    if (t instanceof TypeRef.Scalar s) {
      return new FieldPlan(f, n, Kind.SCALAR, scalar(s), scalar(s), null, null, false);
    }
    ClassName c = ClassName.get(pkg, GeneratedNames.typeName(t));
    if (t instanceof TypeRef.EnumRef) {
      return new FieldPlan(f, n, Kind.ENUM, ClassName.get(String.class), c, c, null, false);
    }
    return new FieldPlan(f, n, Kind.OBJECT, c, c, c, null, false);
  }

  private static TypeName scalar(TypeRef.Scalar s) {
    return switch (s) {
      case STRING -> ClassName.get(String.class);
      case LONG -> ClassName.get(Long.class);
      case INTEGER -> ClassName.get(Integer.class);
      case BOOLEAN -> ClassName.get(Boolean.class);
      case INSTANT -> ClassName.get("java.time", "Instant");
    };
  }

  String json() {
    return model.jsonName();
  }

  boolean explicitNull() {
    return model.explicitNull();
  }

  /** The flag that tells an explicit null from an absent value. */
  String setFlag() {
    return names.setFlag();
  }

  /** Whether Jackson reads the public accessor itself, rather than a private wire-form getter. */
  boolean jsonOnAccessor() {
    return !explicitNull() && (kind == Kind.SCALAR || kind == Kind.BINARY || kind == Kind.OBJECT);
  }

  /** The field's documented rules as one sentence for Javadoc, or the empty string. */
  String rulesSentence(String enumValues) {
    StringBuilder sb = new StringBuilder();
    if (model.required()) {
      sb.append(kind == Kind.SCALAR && model.type() == TypeRef.Scalar.STRING ? "Required, not empty. " : "Required. ");
    }
    if (model.length() != null) {
      sb.append("Length ").append(model.length().describe()).append(" when defined. ");
    }
    if (model.size() != null) {
      sb.append("Size ").append(model.size().describe()).append(". ");
    }
    if (enumValues != null) {
      sb.append("One of ").append(enumValues).append(". ");
    }
    if (model.format() == Rules.Format.EMAIL) {
      sb.append(kind == Kind.LIST ? "Each an email address. " : "An email address. ");
    }
    if (kind == Kind.INSTANT) {
      sb.append("Sent as yyyy-MM-dd'T'HH:mm:ss'Z' (UTC, whole seconds). ");
    }
    if (model.onlyWhen() != null) {
      sb.append("Only when ").append(model.onlyWhen().field()).append(" is ").append(model.onlyWhen().value())
          .append(". ");
    }
    for (FieldConstraint.Applied c : model.constraints()) {
      sb.append(c.describe()).append(' ');
    }
    if (explicitNull()) {
      sb.append("Absent, null and a value are three different requests. ");
    }
    return sb.toString().strip();
  }
}
