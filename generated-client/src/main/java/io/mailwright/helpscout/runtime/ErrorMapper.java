package io.mailwright.helpscout.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;

/**
 * Turns an error response into the exception that says what happened. Reads Help Scout's
 * {@code vnd.error} bodies (with or without {@code _embedded}) and the gateway's plain
 * {@code {"message": ...}}; a body that is not JSON never hides the status.
 */
final class ErrorMapper {
  /** Enough for any error body the API sends; a larger body is cut. */
  private static final long MAX_BODY = 64 * 1024;

  /** Why a 429 was not waited out and repeated. */
  private static final String ONE_SHOT = "it was not sent again because its body holds a stream"
      + " (BinaryData.ofStream, Attachment.of(name, stream, length)), which can be read once: send it again"
      + " with the content from a file or bytes";

  private final ObjectMapper mapper;

  ErrorMapper(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  HelpScoutException map(Operation op, Response response, ResponseBody body) {
    String text = read(body);
    JsonNode json = parse(text);
    String correlationId = response.header("Correlation-Id");
    if (correlationId == null && json != null && json.hasNonNull("logRef")) {
      correlationId = json.get("logRef").asText();
    }
    String apiMessage = json != null && json.hasNonNull("message") ? json.get("message").asText() : null;
    int status = response.code();
    ErrorContext context = new ErrorContext(response.request().method(), response.request().url().encodedPath(),
        status, response.message(), correlationId, apiMessage);
    String notJson = json == null && !text.isBlank() ? "the response body is not JSON: " + snippet(text) : null;
    String documented = op.documented(status);
    boolean oneShot = !Interceptors.repeatable(response.request());
    switch (status) {
      case 400:
        return new BadRequestException(context, fieldErrors(json), notJson);
      case 401:
        return new AuthenticationException(context, join("the API refused the access token (missing, invalid or"
            + " expired: the API does not say which), or the user is inactive", notJson));
      case 403:
        return new ForbiddenException(context, join("the token is valid but gives no access to this resource",
            notJson));
      case 404:
        return new NotFoundException(context, join(documented != null ? documented : "no such resource", notJson));
      case 412:
        return new ConversationLockedException(context, join(documented != null ? documented
            : "the conversation is locked: it holds 100 threads, or company policy prevents old conversations"
                + " from being updated", notJson));
      case 413:
        return new RequestTooLargeException(context, join("the request is larger than the API accepts; send"
            + " fewer or smaller attachments", notJson));
      case 429:
        return new RateLimitException(context, join(oneShot
            ? "the rate limit was reached; the request was not processed; " + ONE_SHOT
            : "the rate limit was reached and the retries allowed were used up; the request was not processed",
            notJson),
            Interceptors.RateLimits.integer(response.header("X-RateLimit-Limit-Minute")),
            Interceptors.RateLimits.integer(response.header("X-RateLimit-Remaining-Minute")),
            Interceptors.RateLimits.retryAfter(response));
      default:
        if (status >= 500) {
          return new ServerException(context, join(op.isWrite()
              ? "the API failed; the write may have been applied all the same, and it was not sent again:"
                  + " check before retrying, a repeated create makes a duplicate"
              : "the API failed", notJson));
        }
        return new ApiException(context, join(documented != null ? documented : "unexpected status", notJson));
    }
  }

  private List<BadRequestException.FieldError> fieldErrors(JsonNode json) {
    List<BadRequestException.FieldError> errors = new ArrayList<>();
    JsonNode list = json == null ? null : json.path("_embedded").path("errors");
    if (list != null && list.isArray()) {
      for (JsonNode e : list) {
        String href = e.path("_links").path("about").path("href").asText(null);
        String code = href != null && href.contains("#") ? href.substring(href.indexOf('#') + 1) : null;
        JsonNode rejected = e.get("rejectedValue");
        errors.add(new BadRequestException.FieldError(e.path("path").asText(null), e.path("message").asText(""),
            rejected == null || rejected.isNull() ? null : rejected.isTextual() ? rejected.asText() : rejected.toString(),
            code));
      }
    }
    return errors;
  }

  private static String join(String explanation, String notJson) {
    return notJson == null ? explanation : explanation + "; " + notJson;
  }

  private static String snippet(String text) {
    String oneLine = text.strip().replaceAll("\\s+", " ");
    return "'" + (oneLine.length() > 200 ? oneLine.substring(0, 200) + "…" : oneLine) + "'";
  }

  private JsonNode parse(String text) {
    if (text.isBlank()) {
      return null;
    }
    try {
      JsonNode node = mapper.readTree(text);
      return node != null && node.isObject() ? node : null;
    } catch (IOException e) {
      return null;
    }
  }

  private static String read(ResponseBody body) {
    if (body == null) {
      return "";
    }
    try (body) {
      BufferedSource source = body.source();
      source.request(MAX_BODY);
      long n = Math.min(MAX_BODY, source.getBuffer().size());
      return source.getBuffer().readString(n, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }
}
