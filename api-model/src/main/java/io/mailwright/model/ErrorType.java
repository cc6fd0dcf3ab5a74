package io.mailwright.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On the model's root ({@link Api}): an error status that means one thing across the API, with an
 * exception type of its own. The processor generates the type (a subclass of the runtime's
 * {@code ApiException}, so a catch of that keeps working) into the client's package, and every call
 * answered with the status throws it. Statuses that plain HTTP already names (400, 401, 403, 404,
 * 413, 429, 5xx) have the runtime's own types.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(ErrorType.List.class)
public @interface ErrorType {
  /** The HTTP status. */
  int status();

  /** The exception's simple name, e.g. {@code ConversationLockedException}. */
  String name();

  /** What the status means, in the documentation's words: the exception's Javadoc and its message unless the endpoint says more ({@link ErrorResponse}). */
  String doc();

  /** The repeated form of {@link ErrorType}. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target(ElementType.TYPE)
  @interface List {
    ErrorType[] value();
  }
}
