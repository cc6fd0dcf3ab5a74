package io.mailwright.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A cross-field rule on a {@link Shape}: at least one of these fields must be set ("Must contain a
 * valid customer id or an email address").
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface AtLeastOne {
  /** The Java names of the fields. */
  String[] value();
}
