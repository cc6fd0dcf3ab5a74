package io.mailwright.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * When defined, a string field's whole value must match this regular expression
 * ({@link java.util.regex.Pattern} syntax; compiled once per generated class). Only for
 * {@code String} fields.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Pattern {
  /** The regular expression the whole value matches. */
  String value();
}
