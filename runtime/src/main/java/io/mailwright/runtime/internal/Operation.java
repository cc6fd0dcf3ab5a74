package io.mailwright.runtime.internal;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the runtime needs to know of one endpoint, generated from the model: its name, method and
 * path template, the status of success, and the error statuses its documentation names (with the
 * documentation's words, which go into the exceptions' messages), and the response headers that
 * carry a created resource's id and its web location, when the model names them.
 */
public record Operation(String name, String method, String pathTemplate, int successStatus,
    Map<Integer, String> documentedErrors, @Nullable String resourceIdHeader, @Nullable String webLocationHeader) {

  public Operation {
    documentedErrors = Map.copyOf(documentedErrors);
  }

  /** An operation whose response headers say nothing the client reads. */
  public Operation(String name, String method, String pathTemplate, int successStatus,
      Map<Integer, String> documentedErrors) {
    this(name, method, pathTemplate, successStatus, documentedErrors, null, null);
  }

  /** Whether the operation changes data: it is then never sent twice unless certainly not processed. */
  public boolean isWrite() {
    return !method.equals("GET") && !method.equals("HEAD");
  }

  /** The documentation's words for an error status of this operation, or {@code null}. */
  public @Nullable String documented(int status) {
    return documentedErrors.get(status);
  }
}
