package io.mailwright.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A header of the endpoint's successful response, as the documentation's header table lists it. Its
 * {@link #meaning()} says whether the client reads it into the result of a create.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(ResponseHeader.List.class)
public @interface ResponseHeader {
  /** The header name as documented; header names are compared without regard to case. */
  String name();

  /** The documented description. */
  String doc();

  /** What the client makes of the header: by default nothing beyond its Javadoc. */
  Meaning meaning() default Meaning.DOCUMENTED;

  /** What a response header means to the client. */
  enum Meaning {
    /** Documented only. */
    DOCUMENTED,
    /** The new resource's id (a number): {@code Created.id()}, before {@code Location}'s last segment. */
    RESOURCE_ID,
    /** The new resource in the API's web application: {@code Created.webLocation()}. */
    WEB_LOCATION
  }

  /** The repeated form of {@link ResponseHeader}. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target(ElementType.TYPE)
  @interface List {
    ResponseHeader[] value();
  }
}
