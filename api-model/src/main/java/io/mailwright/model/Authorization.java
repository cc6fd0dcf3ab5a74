package io.mailwright.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On the model's root ({@link Api}): the API's OAuth 2 token endpoint, and the page where a user
 * authorizes an application. Without it the generated client authenticates only with a token the
 * caller gives ({@code accessToken(...)}, {@code authentication(...)}); with an authorization page,
 * its entry point also makes the authorization-code flow ({@code oauth(...)}).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Authorization {
  /** The token endpoint's path, relative to the base URL ({@code v2/oauth2/token}): no scheme, no leading slash. */
  String tokenPath();

  /** The absolute {@code https} URL of the page where a user authorizes an application; empty: none. */
  String authorizeUrl() default "";
}
