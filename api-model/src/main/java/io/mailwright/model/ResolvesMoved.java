package io.mailwright.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The endpoint is a read of one resource that answers {@code 301} with the {@code Location} of a
 * resource that moved (a merged conversation). It is a GET with one {@code long} path parameter.
 *
 * <ul>
 *   <li>With {@link Returns}: the generated operation follows one {@code 301} itself (a read is
 *       safe to repeat) and returns the resource where it is now, read from the same host with the
 *       same query; {@link #resolver()}, when given, names a second operation that returns only the
 *       id the resource has now.
 *   <li>Without {@link Returns}: the operation itself is the resolver; it sends the read without
 *       following the redirect and returns the id: the last segment of {@code Location} after a 301,
 *       the id asked for after a success.
 * </ul>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ResolvesMoved {
  /** With {@link Returns}: the name of the id-only operation, e.g. {@code "resolveMerged"}; empty: none. */
  String resolver() default "";
}
