package io.mailwright.runtime.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.mailwright.runtime.ApiException;
import io.mailwright.runtime.ErrorContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What one API says beyond HTTP, as its model declares it: its base URL, its token endpoint, the
 * headers that carry a correlation id and the rate-limit figures, the members of its error bodies,
 * and the statuses with an exception type of their own. The processor writes one per client
 * ({@code <Client>.PROTOCOL}); the runtime names no API's header, path or body member. A member
 * that is {@code null}: the API has no such thing.
 */
public record ApiProtocol(String baseUrl, @Nullable String tokenPath, @Nullable String authorizeUrl,
    @Nullable String correlationIdHeader, @Nullable String rateLimitHeader, @Nullable String rateLimitRemainingHeader,
    @Nullable String retryAfterHeader, ErrorBody errorBody, Map<Integer, ErrorType> errorTypes) {
  public ApiProtocol {
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(errorBody, "errorBody");
    errorTypes = Map.copyOf(errorTypes);
  }

  /** Makes the exception of a status the API gives a type of its own. */
  @FunctionalInterface
  public interface ErrorFactory {
    ApiException create(ErrorContext context, String explanation);
  }

  /** An error status with a type of its own, and what it means when the endpoint says nothing more. */
  public record ErrorType(ErrorFactory factory, String explanation) {}

  /**
   * The members of an error body (a dotted path through nested objects); {@code null}: the body has
   * no such member.
   */
  public record ErrorBody(@Nullable String message, @Nullable String correlationId, @Nullable String fieldErrors,
      @Nullable String fieldPath, @Nullable String fieldMessage, @Nullable String fieldRejectedValue,
      @Nullable String fieldCodeLink) {
    /** An API whose error bodies the client does not read beyond their text. */
    public static final ErrorBody NONE = new ErrorBody(null, null, null, null, null, null, null);

    /** The member at a dotted path ({@code _embedded.errors}), or a missing node. */
    static JsonNode at(@Nullable JsonNode json, @Nullable String path) {
      JsonNode node = json;
      if (node == null || path == null) {
        return MissingNode.getInstance();
      }
      for (String member : path.split("\\.")) {
        node = node.path(member);
      }
      return node;
    }

    /** The text at a dotted path, or {@code null} when it is absent or JSON null. */
    static @Nullable String text(@Nullable JsonNode json, @Nullable String path) {
      JsonNode node = at(json, path);
      return node.isMissingNode() || node.isNull() ? null : node.asText();
    }
  }

  /** The protocol of an API that says nothing beyond HTTP (a token endpoint used on its own, in tests). */
  static final ApiProtocol PLAIN_HTTP = builder("https://localhost/").build();

  /** The protocol of an API at this base URL (with a trailing slash) that says nothing beyond HTTP yet. */
  public static Builder builder(String baseUrl) {
    return new Builder(baseUrl);
  }

  /** The value of the header named, or {@code null} when the protocol names none or the response lacks it. */
  static @Nullable String header(okhttp3.Response response, @Nullable String name) {
    return name == null ? null : response.header(name);
  }

  /** The exception of a status with a type of its own, or {@code null}: the runtime's type for the status. */
  @Nullable ApiException error(int status, ErrorContext context, @Nullable String documented, @Nullable String notJson) {
    ErrorType type = errorTypes.get(status);
    if (type == null) {
      return null;
    }
    String explanation = documented != null ? documented : type.explanation();
    return type.factory().create(context, notJson == null ? explanation : explanation + "; " + notJson);
  }

  /** A protocol, member by member; what is not set, the API does not have. */
  public static final class Builder {
    private final String baseUrl;
    private @Nullable String tokenPath;
    private @Nullable String authorizeUrl;
    private @Nullable String correlationIdHeader;
    private @Nullable String rateLimitHeader;
    private @Nullable String rateLimitRemainingHeader;
    private @Nullable String retryAfterHeader;
    private ErrorBody errorBody = ErrorBody.NONE;
    private final Map<Integer, ErrorType> errorTypes = new LinkedHashMap<>();

    private Builder(String baseUrl) {
      this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
    }

    /** The OAuth 2 token endpoint, relative to the base URL. */
    public Builder tokenPath(String path) {
      this.tokenPath = Objects.requireNonNull(path, "path");
      return this;
    }

    /** The page where a user authorizes an application. */
    public Builder authorizeUrl(String url) {
      this.authorizeUrl = Objects.requireNonNull(url, "url");
      return this;
    }

    /** The header that names the request in the API's logs. */
    public Builder correlationIdHeader(String header) {
      this.correlationIdHeader = Objects.requireNonNull(header, "header");
      return this;
    }

    /** The headers of the rate limit: requests per minute, what is left of them, the wait after a 429. */
    public Builder rateLimitHeaders(@Nullable String limit, @Nullable String remaining, @Nullable String retryAfter) {
      this.rateLimitHeader = limit;
      this.rateLimitRemainingHeader = remaining;
      this.retryAfterHeader = retryAfter;
      return this;
    }

    public Builder errorBody(ErrorBody body) {
      this.errorBody = Objects.requireNonNull(body, "body");
      return this;
    }

    /** A status with an exception type of its own, and what it means when the endpoint says nothing more. */
    public Builder errorType(int status, ErrorFactory factory, String explanation) {
      errorTypes.put(status, new ErrorType(Objects.requireNonNull(factory, "factory"),
          Objects.requireNonNull(explanation, "explanation")));
      return this;
    }

    public ApiProtocol build() {
      return new ApiProtocol(baseUrl, tokenPath, authorizeUrl, correlationIdHeader, rateLimitHeader,
          rateLimitRemainingHeader, retryAfterHeader, errorBody, errorTypes);
    }
  }
}
