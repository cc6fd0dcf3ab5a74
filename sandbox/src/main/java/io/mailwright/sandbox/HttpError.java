package io.mailwright.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mailwright.runtime.Rule;
import io.mailwright.runtime.Violation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * An error answer, thrown from wherever a request is found wanting and written by {@link Exchange}.
 * The body is made once the correlation id is known, since Help Scout repeats it as {@code logRef}.
 */
final class HttpError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  static final String VND_ERROR = "application/vnd.error+json";
  static final String JSON = "application/json";
  private static final String ERRORS = "http://developer.helpscout.net/mailbox-api/overview/errors";
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  final int status;
  final String contentType;
  final transient Function<String, JsonNode> body;
  final Map<String, String> headers = new LinkedHashMap<>();

  private HttpError(int status, String message, String contentType, Function<String, JsonNode> body) {
    super(status + " " + message, null, false, false);
    this.status = status;
    this.contentType = contentType;
    this.body = body;
  }

  HttpError header(String name, String value) {
    headers.put(name, value);
    return this;
  }

  /** One field's error in a {@code 400}: Help Scout names the broken rule in the fragment of {@code about}. */
  record FieldError(String path, String message, String rejectedValue, String code) {
    static FieldError of(Violation v) {
      return new FieldError(v.path(), v.message(), v.rejectedValue(), HttpError.code(v.rule()));
    }
  }

  /** Help Scout's {@code vnd.error}: {@code logRef}, {@code message}, {@code _links.about}. */
  static HttpError vnd(int status, String message) {
    return new HttpError(status, message, VND_ERROR, logRef -> vndBody(logRef, message, List.of(), null));
  }

  /** {@code 400} with the field errors of a request that breaks documented rules. */
  static HttpError badRequest(List<FieldError> errors) {
    return new HttpError(400, "Bad request", VND_ERROR, logRef -> vndBody(logRef, "Bad request", errors, null));
  }

  /**
   * {@code 400} for a body that is not the JSON the endpoint reads. Help Scout says only "Error
   * parsing request body into JSON"; the sandbox adds the parser's reason as {@code detail}.
   */
  static HttpError unparseable(String detail) {
    String message = "Error parsing request body into JSON";
    return new HttpError(400, message, VND_ERROR, logRef -> vndBody(logRef, message, List.of(), detail));
  }

  /** The token endpoint's OAuth 2 error: {@code {"error", "error_description"}}. */
  static HttpError oauth(int status, String error, String description) {
    return new HttpError(status, error + ": " + description, JSON, logRef -> {
      ObjectNode body = NODES.objectNode();
      body.put("error", error);
      body.put("error_description", description);
      return body;
    });
  }

  /** The gateway's {@code 429}, which is not a {@code vnd.error}. */
  static HttpError rateLimited() {
    return new HttpError(429, "API rate limit exceeded", JSON,
        logRef -> NODES.objectNode().put("message", "API rate limit exceeded"));
  }

  private static JsonNode vndBody(String logRef, String message, List<FieldError> errors, String detail) {
    ObjectNode body = NODES.objectNode();
    body.put("logRef", logRef);
    body.put("message", message);
    if (detail != null) {
      body.put("detail", detail);
    }
    if (!errors.isEmpty()) {
      ArrayNode list = body.putObject("_embedded").putArray("errors");
      for (FieldError e : errors) {
        ObjectNode item = list.addObject();
        item.put("path", e.path());
        item.put("message", e.message());
        if (e.rejectedValue() != null) {
          item.put("rejectedValue", e.rejectedValue());
        }
        item.put("source", "JSON");
        item.putObject("_links").putObject("about").put("href", ERRORS + "#" + e.code());
      }
    }
    body.putObject("_links").putObject("about").put("href", ERRORS);
    return body;
  }

  /**
   * The error code Help Scout's {@code about} link would name for a rule of the generated validation:
   * the three whose documented code differs from the rule's name, otherwise the rule's name in upper
   * camel case ({@code AT_LEAST_ONE} is {@code AtLeastOne}), so a new rule needs no line here.
   */
  static String code(Rule rule) {
    return switch (rule) {
      case REQUIRED -> "NotEmpty";
      case ONE_OF -> "EnumValue";
      case INSTANT -> "DateFormat";
      default -> upperCamel(rule.name());
    };
  }

  private static String upperCamel(String constant) {
    StringBuilder out = new StringBuilder(constant.length());
    for (String word : constant.split("_")) {
      out.append(word.charAt(0)).append(word.substring(1).toLowerCase(java.util.Locale.ROOT));
    }
    return out.toString();
  }

}
