package io.mailwright.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One operation of the API. The annotated interface's methods are its path parameters
 * ({@link PathParam}) and either its body fields, one method per field, or a single {@link Body}
 * naming a {@link Shape}.
 *
 * <pre>{@code
 * @Endpoint(method = POST, path = "/v2/conversations/{conversationId}/notes", status = 201,
 *     resource = "threads", operation = "createNote")
 * interface CreateNote {
 *   @PathParam long conversationId();
 *   @Body NoteThread note();
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Endpoint {
  /** The HTTP method. */
  HttpMethod method();

  /** The path, absolute from the API's base URL, with path parameters in braces. */
  String path();

  /** The status of a successful response. */
  int status();

  /** The resource group of the generated client that holds this operation, e.g. "threads". */
  String resource();

  /** The operation's method name in the generated client, e.g. "createNote". */
  String operation();
}
