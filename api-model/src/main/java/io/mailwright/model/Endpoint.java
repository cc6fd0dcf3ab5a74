package io.mailwright.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One operation of the API. The annotated interface's methods are its path parameters
 * ({@link PathParam}), its query parameters ({@link Query}) and either its body fields, one method
 * per field, or a single {@link Body} naming a {@link Shape}. A GET or DELETE has no body. What it
 * answers is {@link Returns}, {@link Paged} or headers only.
 *
 * <p>Retries: a GET is safe to repeat, so it is sent again after a connection failure even when the
 * request may have reached the API; POST, PUT, PATCH and DELETE are writes, sent again only when the
 * API certainly did not process them (a 429, a connection that never carried the request).
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
