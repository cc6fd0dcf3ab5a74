package io.mailwright.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The text format of a {@code String} field, or of each element of a {@code List<String>}.
 * Instants need no annotation: a {@code java.time.Instant} field is always written in the API's
 * {@code yyyy-MM-dd'T'HH:mm:ss'Z'} form.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Format {
  Kind value();

  /** The formats the generated validation knows. */
  enum Kind {
    /** An email address. */
    EMAIL,
    /**
     * Binary content carried as standard Base64 (RFC 4648, with padding). The generated field holds
     * the content itself (bytes, a file or a stream) and encodes it while the body is written.
     */
    BASE64
  }
}
