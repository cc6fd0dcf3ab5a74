package io.mailwright.runtime.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mailwright.runtime.ApiException;
import io.mailwright.runtime.AuthenticationException;
import io.mailwright.runtime.BadRequestException;
import io.mailwright.runtime.BinaryData;
import io.mailwright.runtime.ErrorContext;
import io.mailwright.runtime.ForbiddenException;
import io.mailwright.runtime.MailwrightException;
import io.mailwright.runtime.NotFoundException;
import io.mailwright.runtime.RateLimitException;
import io.mailwright.runtime.RequestTooLargeException;
import io.mailwright.runtime.ServerException;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Turns an error response into the exception that says what happened. Reads the error body as the
 * API's {@link ApiProtocol} describes it (its message, correlation id and field errors, the code link
 * as HAL's {@code _links.<rel>.href} or as a {@code links} list); a body that is not JSON, or that
 * could not be read, never hides the status. A status the API gives a type of its own is that type. Everything the server said is quoted with the client's credentials cut out.
 */
final class ErrorMapper {

  /** Why a 429 was not waited out and repeated. */
  private static final String ONE_SHOT = "it was not sent again because its body holds a stream"
      + " (BinaryData.ofStream, Attachment.of(name, stream, length)), which can be read once: send it again"
      + " with the content from a file or bytes";

  private final ObjectMapper mapper;
  private final Secrets secrets;
  private final Clock clock;
  private final ApiProtocol protocol;

  ErrorMapper(ObjectMapper mapper, Secrets secrets, Clock clock, ApiProtocol protocol) {
    this.protocol = protocol;
    this.mapper = mapper;
    this.secrets = secrets;
    this.clock = clock;
  }

  MailwrightException map(Operation op, Response response, ResponseBody body) {
    MailwrightException e = describe(op, response, body);
    Bodies.Prefix prefix = response.request().tag(Bodies.Prefix.class);
    if (prefix != null && prefix.unreadable() && e instanceof ApiException api) {
      Friends.hooks().markBodyUnreadable(api, secrets.redact(prefix.failure()));
    }
    return e;
  }

  private MailwrightException describe(Operation op, Response response, ResponseBody body) {
    // The error body was read (a bounded prefix) inside the call, by Interceptors.ErrorBodies.
    Bodies.Prefix prefix = response.request().tag(Bodies.Prefix.class);
    if (prefix == null) {
      prefix = Bodies.read(body);
    } else if (body != null) {
      body.close();
    }
    String text = prefix.text();
    JsonNode json = parse(text);
    JsonNode object = json != null && json.isObject() ? json : null;
    ApiProtocol.ErrorBody shape = protocol.errorBody();
    String correlationId = secrets.redact(ApiProtocol.header(response, protocol.correlationIdHeader()));
    if (correlationId == null) {
      correlationId = secrets.redact(ApiProtocol.ErrorBody.text(object, shape.correlationId()));
    }
    String apiMessage = secrets.redact(ApiProtocol.ErrorBody.text(object, shape.message()));
    int status = response.code();
    ErrorContext context = new ErrorContext(response.request().method(), response.request().url().encodedPath(),
        status, secrets.redact(response.message()), correlationId, apiMessage);
    String notJson;
    if (prefix.unreadable()) {
      notJson = "the response body could not be read (" + secrets.redact(prefix.failure().toString()) + ")"
          + (text.isBlank() ? "" : "; it began " + snippet(text));
    } else if (json == null && !text.isBlank()) {
      notJson = "the response body is not JSON" + (prefix.truncated() ? " (only its first 64 KiB were read)" : "")
          + ": " + snippet(text);
    } else {
      notJson = null;
    }
    String documented = op.documented(status);
    boolean oneShot = !Interceptors.repeatable(response.request());
    Interceptors.RetryNote note = response.request().tag(Interceptors.RetryNote.class);
    ApiException own = protocol.error(status, context, documented, notJson);
    if (own != null) {
      return own;
    }
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
      case 413:
        return new RequestTooLargeException(context, join("the request is larger than the API accepts; send"
            + " fewer or smaller attachments", notJson));
      case 429:
        return new RateLimitException(context, join(note != null
            ? "the rate limit was reached; " + note.reason()
            : oneShot
            ? "the rate limit was reached; the request was not processed; " + ONE_SHOT
            : "the rate limit was reached and the retries allowed were used up; the request was not processed",
            notJson),
            Interceptors.RateLimits.integer(ApiProtocol.header(response, protocol.rateLimitHeader())),
            Interceptors.RateLimits.integer(ApiProtocol.header(response,
                protocol.rateLimitRemainingHeader())),
            Interceptors.RateLimits.retryAfter(response, clock, protocol));
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
    ApiProtocol.ErrorBody shape = protocol.errorBody();
    JsonNode list = shape.fieldErrors() == null ? null : ApiProtocol.ErrorBody.at(json, shape.fieldErrors());
    if (list != null && list.isArray()) {
      for (JsonNode e : list) {
        String href = linkHref(e, shape.fieldCodeLink());
        String code = href != null && href.contains("#") ? href.substring(href.indexOf('#') + 1) : null;
        JsonNode rejected = shape.fieldRejectedValue() == null ? null : ApiProtocol.ErrorBody.at(e, shape.fieldRejectedValue());
        if (rejected != null && rejected.isMissingNode()) {
          rejected = null;
        }
        String message = ApiProtocol.ErrorBody.text(e, shape.fieldMessage());
        errors.add(new BadRequestException.FieldError(secrets.redact(ApiProtocol.ErrorBody.text(e, shape.fieldPath())),
            secrets.redact(message == null ? "" : message),
            secrets.redact(rejected == null || rejected.isNull() ? null
                : rejected.isTextual() ? rejected.asText() : rejected.toString()),
            secrets.redact(code)));
      }
    }
    return errors;
  }

  /**
   * The URL of an error's link of relation {@code rel}: HAL's {@code _links.<rel>.href}, or an entry
   * {@code {"rel": <rel>, "href": ...}} of a {@code links} list (both forms are seen in the wild).
   */
  private static String linkHref(JsonNode error, String rel) {
    if (rel == null) {
      return null;
    }
    String href = error.path("_links").path(rel).path("href").asText(null);
    if (href != null) {
      return href;
    }
    JsonNode links = error.path("links");
    if (links.isArray()) {
      for (JsonNode link : links) {
        if (rel.equals(link.path("rel").asText(null)) && link.path("href").isTextual()) {
          return link.path("href").asText();
        }
      }
    }
    return null;
  }

  private static String join(String explanation, String notJson) {
    return notJson == null ? explanation : explanation + "; " + notJson;
  }

  private String snippet(String text) {
    // Redacted before it is cut: a secret across the cut would otherwise survive in part.
    String oneLine = secrets.redact(text.length() > 4096 ? text.substring(0, 4096) : text).strip()
        .replaceAll("\\s+", " ");
    return "'" + (oneLine.length() > 200 ? oneLine.substring(0, 200) + "…" : oneLine) + "'";
  }

  private JsonNode parse(String text) {
    if (text.isBlank()) {
      return null;
    }
    try {
      // Any JSON value: an array ("[]") is JSON too, and says nothing the client reads.
      JsonNode node = mapper.readTree(text);
      return node == null || node.isMissingNode() ? null : node;
    } catch (IOException e) {
      return null;
    }
  }
}
