package io.mailwright.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The root of an API model: what the API is called, where it lives and which endpoints it has. */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Api {
  /** The API's name as its documentation gives it, used in generated Javadoc. */
  String title();

  /** The base URL of the production API, with a trailing slash. */
  String baseUrl();

  /** The {@link Endpoint} interfaces of the API, in the order the documentation lists them. */
  Class<?>[] endpoints();
}
