package io.mailwright.runtime;

import org.jspecify.annotations.Nullable;

/**
 * What every {@link ApiException} tells: the request (method, path), the response's status and
 * correlation id, and the message of its body if it had one.
 */
public record ErrorContext(String method, String path, int status, @Nullable String reason, @Nullable String correlationId,
    @Nullable String apiMessage) {

  /** {@code POST /v2/conversations → 412 Precondition Failed: explanation (API: message; correlation id x)}. */
  String describe(String explanation) {
    StringBuilder sb = new StringBuilder();
    sb.append(method).append(' ').append(path).append(" → ").append(status);
    if (reason != null && !reason.isBlank()) {
      sb.append(' ').append(reason);
    }
    if (explanation != null && !explanation.isBlank()) {
      sb.append(": ").append(explanation);
    }
    if (apiMessage != null || correlationId != null) {
      sb.append(" (");
      if (apiMessage != null) {
        sb.append("API says: ").append(apiMessage);
      }
      if (correlationId != null) {
        sb.append(apiMessage != null ? "; " : "").append("correlation id ").append(correlationId);
      }
      sb.append(')');
    }
    return sb.toString();
  }
}
