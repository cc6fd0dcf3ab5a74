package io.mailwright.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An error status the documentation names for this endpoint, and when it happens. */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(ErrorResponse.List.class)
public @interface ErrorResponse {
  /** The HTTP status. */
  int status();

  /** When the API answers with it, in the documentation's words. */
  String doc();

  /** The repeated form of {@link ErrorResponse}. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target(ElementType.TYPE)
  @interface List {
    ErrorResponse[] value();
  }
}
