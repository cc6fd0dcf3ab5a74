package io.mailwright.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Asks the processor to generate a client for a model into the annotated package.
 *
 * <pre>{@code
 * @GenerateClient(model = HelpScoutMailbox.class, name = "HelpScout")
 * package com.example.helpscout;
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PACKAGE)
public @interface GenerateClient {
  /** The model's root, an interface annotated with {@link Api}. */
  Class<?> model();

  /**
   * The client's name: the Retrofit interface is {@code <name>Api} and the entry point is
   * {@code <name>}.
   */
  String name();
}
