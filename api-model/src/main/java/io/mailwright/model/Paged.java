package io.mailwright.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The successful response of an {@link Endpoint} is one page of a HAL list:
 * {@code {"_embedded": {"<embedded>": [items]}, "_links": {"next": ...}, "page": {"size", "totalElements",
 * "totalPages", "number"}}}. The generated client offers the single page ({@code Page<Item>}) and a
 * lazy stream over every page, which fetches the next page (following {@code _links.next}) only when
 * the caller has consumed the previous one.
 *
 * <pre>{@code
 * @Endpoint(method = GET, path = "/v2/conversations", status = 200, resource = "conversations", operation = "list")
 * @Paged(item = Conversation.class, embedded = "conversations")
 * interface ListConversations { @Query Integer page(); }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Paged {
  /** The response shape of one item; {@code void.class} (left out) is a model mistake. */
  Class<?> item() default void.class;

  /** The key of the items' list under {@code _embedded}, e.g. {@code "conversations"}. */
  String embedded();
}
