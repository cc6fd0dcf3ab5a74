package io.mailwright.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A field of a response shape that is the {@code href} of one HAL link, {@code _links.<value>.href}
 * (a conversation's {@code web} link). The method returns {@code String}. Only in response shapes.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Link {
  /** The link's relation, e.g. {@code "web"}. */
  String value();
}
