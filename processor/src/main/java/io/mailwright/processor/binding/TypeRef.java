package io.mailwright.processor.binding;

/** The type of a model field, as the writing phase needs it: what it is, not how javac saw it. */
public sealed interface TypeRef {
  /** A scalar the API carries as a JSON string, number or boolean. */
  enum Scalar implements TypeRef {
    STRING,
    LONG,
    INTEGER,
    BOOLEAN,
    /** A point in time, written in the API's instant form. */
    INSTANT
  }

  /** A value list: an enum of the model. */
  record EnumRef(String name) implements TypeRef {}

  /** A {@code @Shape} of the model. */
  record ShapeRef(String name) implements TypeRef {}

  /** A {@code @Union} of the model. */
  record UnionRef(String name) implements TypeRef {}

  /** A list of elements of another type. */
  record ListOf(TypeRef element) implements TypeRef {}

  /** Anything else; the validation phase reports it. */
  record Unsupported(String description) implements TypeRef {}

  /** The type of a list's elements, or the type itself. */
  default TypeRef elementOrSelf() {
    return this instanceof ListOf l ? l.element() : this;
  }

  /** A short description for messages: {@code String}, {@code List<Customer>}. */
  default String describe() {
    if (this instanceof Scalar s) {
      return switch (s) {
        case STRING -> "String";
        case LONG -> "Long";
        case INTEGER -> "Integer";
        case BOOLEAN -> "Boolean";
        case INSTANT -> "Instant";
      };
    }
    if (this instanceof EnumRef e) {
      return e.name();
    }
    if (this instanceof ShapeRef s) {
      return s.name();
    }
    if (this instanceof UnionRef u) {
      return u.name();
    }
    if (this instanceof ListOf l) {
      return "List<" + l.element().describe() + ">";
    }
    return ((Unsupported) this).description();
  }
}
