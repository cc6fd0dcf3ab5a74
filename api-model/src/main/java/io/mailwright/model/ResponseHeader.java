package io.mailwright.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A header of the endpoint's successful response, as the documentation's header table lists it. */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(ResponseHeader.List.class)
public @interface ResponseHeader {
  /** The header name as documented; header names are compared without regard to case. */
  String name();

  /** The documented description. */
  String doc();

  /** The repeated form of {@link ResponseHeader}. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target(ElementType.TYPE)
  @interface List {
    ResponseHeader[] value();
  }
}
