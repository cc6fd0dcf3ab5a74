package io.mailwright.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * When defined, a string field's length (in UTF-16 code units, as Java's {@code String.length()}
 * and the API's validation count it) must lie in {@code min..max}. Only for {@code String} fields.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Length {
  int min() default 0;

  int max() default Integer.MAX_VALUE;
}
