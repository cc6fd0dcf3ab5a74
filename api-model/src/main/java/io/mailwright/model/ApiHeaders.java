package io.mailwright.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On the model's root ({@link Api}): the response headers every endpoint of the API may send, that
 * the client reads. An empty name: the API has no such header. {@code Retry-After} is plain HTTP and
 * always read.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ApiHeaders {
  /** The header that names the request in the API's logs (quoted to its support), e.g. {@code Correlation-Id}. */
  String correlationId() default "";

  /** The account's requests per minute. */
  String rateLimit() default "";

  /** What is left of this minute's requests. */
  String rateLimitRemaining() default "";

  /** The seconds to wait after a {@code 429}, read before {@code Retry-After}. */
  String retryAfter() default "";
}
