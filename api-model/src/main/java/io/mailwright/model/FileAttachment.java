package io.mailwright.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The {@link Shape} is a file: a name, a mime type and {@code BASE64} content. The generated class
 * gets factories from a file, from bytes and from a stream of known length, and its builder takes
 * the mime type from the file name when none is given.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface FileAttachment {
  /** The Java name of the file-name field. */
  String fileName();

  /** The Java name of the mime-type field. */
  String mimeType();

  /** The Java name of the {@code @Format(BASE64)} content field. */
  String data();
}
