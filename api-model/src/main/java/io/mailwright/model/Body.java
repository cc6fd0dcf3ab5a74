package io.mailwright.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The request body of an {@link Endpoint} is this {@link Shape}, declared once and also used
 * elsewhere (a thread is both the body of its own endpoint and an element of a conversation's
 * threads). An endpoint with a {@code @Body} has no other body fields.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Body {}
