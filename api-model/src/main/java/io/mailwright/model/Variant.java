package io.mailwright.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** One member of a {@link Union}: the discriminator value and the {@link Shape} it selects. */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(Variant.List.class)
public @interface Variant {
  /** The discriminator's value for this member, e.g. "note". */
  String value();

  /** The member's shape. */
  Class<?> shape();

  /** The repeated form of {@link Variant}. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target(ElementType.TYPE)
  @interface List {
    Variant[] value();
  }
}
