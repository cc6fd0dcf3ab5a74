package io.mailwright.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The endpoint is a read that answers {@code 301} with the {@code Location} of a resource that
 * moved (a merged conversation). The generated operation sends it without following the redirect
 * and returns the id the resource has now: the last segment of {@code Location} after a 301, the id
 * asked for after a success. The endpoint has one {@code long} path parameter and no body.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ResolvesMoved {}
