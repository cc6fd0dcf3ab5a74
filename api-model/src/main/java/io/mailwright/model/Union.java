package io.mailwright.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A family of {@link Shape}s told apart by a discriminator property; each member is listed with a
 * {@link Variant}. Generated as a sealed type whose members write their discriminator value when
 * they appear where the union is expected (and not when sent on their own).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Union {
  /** The JSON name of the discriminator property, e.g. "type". */
  String discriminator();
}
