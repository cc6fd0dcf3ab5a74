package io.mailwright.processor.binding;

import java.util.List;

/** One operation of the API. */
public record EndpointModel(
    String name,
    String method,
    String path,
    int status,
    String resource,
    String operation,
    String doc,
    List<PathParam> pathParams,
    TypeRef body,
    List<Header> responseHeaders,
    List<ErrorStatus> errors,
    Origin origin,
    Origin pathOrigin,
    Origin operationOrigin,
    List<Origin> extraBodies,
    boolean resolvesMoved,
    List<QueryParam> queryParams,
    TypeRef returns,
    TypeRef pagedItem,
    String pagedEmbedded,
    Origin responseOrigin,
    String resolver) {

  /** Whether the endpoint answers with a body the client reads (one shape or a page). */
  public boolean readsBody() {
    return returns != null || pagedItem != null;
  }

  /** The response shape: what {@code @Returns} names, or the item of a {@code @Paged} list. */
  public TypeRef responseShape() {
    return returns != null ? returns : pagedItem;
  }

  /** A query parameter: Java name, wire name, type, documented default and description. */
  public record QueryParam(String javaName, String wireName, TypeRef type, String defaultValue, String doc,
      Origin origin) {}

  /** A path parameter: the name between braces and its type. */
  public record PathParam(String name, TypeRef type, String doc, Origin origin) {}

  /**
   * A documented header of the successful response, and what the client makes of it
   * ({@code DOCUMENTED}, {@code RESOURCE_ID}, {@code WEB_LOCATION}).
   */
  public record Header(String name, String doc, String meaning, Origin origin) {}

  /** The name of the header with this meaning, or {@code null}. */
  public String headerMeaning(String meaning) {
    for (Header h : responseHeaders) {
      if (h.meaning().equals(meaning)) {
        return h.name();
      }
    }
    return null;
  }

  /** A documented error status and when it happens. */
  public record ErrorStatus(int status, String doc) {}
}
