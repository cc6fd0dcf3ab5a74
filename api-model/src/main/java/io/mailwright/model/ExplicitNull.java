package io.mailwright.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The field has three states that mean three different things to the API: absent, an explicit
 * JSON {@code null}, and a value (Create Conversation's {@code assignTo}: inbox settings decide,
 * stays unassigned, assigned to that user). A required field cannot have it.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface ExplicitNull {}
