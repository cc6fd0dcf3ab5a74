package io.mailwright.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A field of a response shape that HAL carries under {@code _embedded}: the method is
 * {@code List<SomeShape>} and the list is read from {@code _embedded.<value>} (Get Conversation's
 * {@code _embedded.threads}). Absent: an empty list. Only in response shapes.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Embedded {
  /** The key under {@code _embedded}. */
  String value();
}
