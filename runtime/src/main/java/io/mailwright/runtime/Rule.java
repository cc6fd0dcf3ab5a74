package io.mailwright.runtime;

/** The kinds of rule a request can break; each {@link Violation} names one. */
public enum Rule {
  /** A required field is missing, or a list holds a null element. */
  REQUIRED,
  /** A string is shorter or longer than its documented limits. */
  LENGTH,
  /** A list has fewer or more elements than its documented limits. */
  SIZE,
  /** A value is not in the field's documented list of values. */
  ONE_OF,
  /** A string is not an email address. */
  EMAIL,
  /** Binary content is not valid Base64, or its file or stream cannot be read. */
  BASE64,
  /** An instant is not in the API's {@code yyyy-MM-dd'T'HH:mm:ss'Z'} form. */
  INSTANT,
  /** A field is set although another field does not have the value it requires. */
  ONLY_WHEN,
  /** None of a group of fields, one of which is required, is set. */
  AT_LEAST_ONE,
  /** A string does not match its documented regular expression ({@code @Pattern} in the model). */
  PATTERN,
  /** A number lies outside its documented range ({@code @Range} in the model). */
  RANGE,
  /**
   * A value read from JSON has a field its type does not know (a typo such as {@code "firstname"}).
   * Reported only by strict validation ({@code validateStrict()}, {@code requireValidStrict()}): the
   * API itself ignores unknown fields, so {@code validate()} and the client do too.
   */
  UNKNOWN_FIELD
}
