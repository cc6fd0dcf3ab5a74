package io.mailwright.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The successful response of an {@link Endpoint} is one object of this {@link Shape} (a GET of one
 * resource). A shape reached from a response is a <em>response shape</em>: the generated type is
 * immutable, has accessors only and is read leniently (unknown fields ignored, unknown values of a
 * value list kept, {@code null} read as absent, instants in any ISO-8601 form, numbers given as
 * text read as numbers). It carries no request rules: {@link Required}, {@link Length},
 * {@link Size}, {@link Format}, {@link OnlyWhen}, {@link ExplicitNull}, {@link AtLeastOne} and
 * {@link FileAttachment} are model mistakes on it (responses are never validated).
 *
 * <p>An endpoint with neither {@code @Returns} nor {@link Paged} answers with headers only (its
 * {@link ResponseHeader}s).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Returns {
  /** The response shape. */
  Class<?> value();
}
