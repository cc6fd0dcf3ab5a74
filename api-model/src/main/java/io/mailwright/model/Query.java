package io.mailwright.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A query parameter of an {@link Endpoint}: always optional. Its type says how it is written: a
 * {@code Long}, {@code Integer}, {@code String} or {@code Boolean} as text, an {@code Instant} in
 * the API's {@code yyyy-MM-dd'T'HH:mm:ss'Z'} form, a value-list enum as its wire value, and a
 * {@code List} of numbers, strings or a value list joined by commas ({@code mailbox=1,2}).
 * The generated query type ({@code <Endpoint>Query}) has a typed builder method per parameter.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Query {
  /** The parameter's name on the wire; empty: the method's name. */
  String value() default "";

  /** The default the documentation gives when the parameter is left out (for the Javadoc only). */
  String defaultValue() default "";
}
