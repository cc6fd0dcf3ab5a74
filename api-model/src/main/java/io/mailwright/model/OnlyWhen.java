package io.mailwright.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A cross-field rule: this field may only be set when another field of the same object has the
 * given value ("It can only be used with imported field set to true").
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface OnlyWhen {
  /** The Java name of the other field, in the same object. */
  String field();

  /** Its required value, written as in JSON: {@code "true"}, {@code "42"} or a string value. */
  String value();
}
