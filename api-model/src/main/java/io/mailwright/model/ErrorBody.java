package io.mailwright.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On the model's root ({@link Api}): the shape of the API's error bodies, as JSON member names (a
 * path through nested objects is dotted: {@code _embedded.errors}). The client quotes the message,
 * keeps the correlation id and lists the field errors of a {@code 400}; what the body does not have
 * is absent. An empty name: the API's error bodies have no such member.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ErrorBody {
  /** The error's message. */
  String message() default "";

  /** The correlation id in the body, read when the response has no correlation-id header ({@link ApiHeaders}). */
  String correlationId() default "";

  /** The list of field errors of a {@code 400}. */
  String fieldErrors() default "";

  /** In a field error: the JSON path of the field. */
  String fieldPath() default "";

  /** In a field error: its message. */
  String fieldMessage() default "";

  /** In a field error: the value the API refused. */
  String fieldRejectedValue() default "";

  /**
   * In a field error: the relation of the link whose URL fragment is the error's code, as HAL
   * ({@code _links.<rel>.href}) or as a list ({@code links: [{"rel": <rel>, "href": ...}]}).
   */
  String fieldCodeLink() default "";
}
