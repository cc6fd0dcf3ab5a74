package io.mailwright.sandbox;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.mailwright.helpscout.ConversationThread;
import io.mailwright.helpscout.runtime.Validatable;
import io.mailwright.helpscout.runtime.Violation;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * Reads request bodies into the client's generated request types with Jackson (their builders do
 * not validate when Jackson fills them), then validates them with the generated {@code validate()}:
 * the sandbox holds no copy of the documented rules. What Jackson cannot read becomes a {@code 400}
 * with the JSON path Jackson reports.
 */
final class RequestReader {
  /** The thread types Create Conversation accepts, as the generated union declares them. */
  private static final List<String> THREAD_TYPES = Arrays.stream(
      ConversationThread.class.getAnnotation(JsonSubTypes.class).value()).map(JsonSubTypes.Type::name).toList();

  private final ObjectMapper mapper;

  RequestReader(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** The mapper for requests: strict about trailing garbage, lenient about unknown fields (as the API). */
  static ObjectMapper mapper() {
    return new ObjectMapper()
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }

  /**
   * The body as a valid {@code type}.
   *
   * @throws HttpError {@code 400}: unparseable JSON, a value of the wrong JSON type, or broken rules
   *     (one field error per violation, with the generated validation's path and message)
   */
  <T extends Validatable> T readValid(byte[] body, Class<T> type) {
    T value = read(body, type);
    validate(value);
    return value;
  }

  <T> T read(byte[] body, Class<T> type) {
    T value;
    try {
      value = mapper.readValue(body, type);
    } catch (InvalidTypeIdException e) {
      String path = join(path(e), "type");
      throw HttpError.badRequest(List.of(e.getTypeId() == null
          ? new HttpError.FieldError(path, "is required", null, "NotEmpty")
          : new HttpError.FieldError(path, "must be one of " + THREAD_TYPES + ", was '" + e.getTypeId() + "'",
              e.getTypeId(), "EnumValue")));
    } catch (MismatchedInputException e) {
      String path = path(e);
      if (path.isEmpty()) {
        throw HttpError.unparseable(reason(e));
      }
      String expected = e.getTargetType() == null ? "a different JSON type" : describe(e.getTargetType());
      throw HttpError.badRequest(List.of(new HttpError.FieldError(path, "must be " + expected, null, "Type")));
    } catch (JsonProcessingException e) {
      throw HttpError.unparseable(reason(e));
    } catch (IOException e) {
      throw HttpError.unparseable(e.getMessage());
    }
    if (value == null) {
      throw HttpError.unparseable("the body is empty or null; a JSON object is expected");
    }
    return value;
  }

  static void validate(Validatable value) {
    List<Violation> violations = value.validate();
    if (!violations.isEmpty()) {
      throw HttpError.badRequest(violations.stream().map(HttpError.FieldError::of).toList());
    }
  }

  /** A JSON path in the form of the generated validation's: {@code threads[0].customer.email}. */
  private static String path(JsonMappingException e) {
    StringBuilder sb = new StringBuilder();
    for (JsonMappingException.Reference r : e.getPath()) {
      if (r.getFieldName() != null) {
        if (sb.length() > 0) {
          sb.append('.');
        }
        sb.append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        sb.append('[').append(r.getIndex()).append(']');
      }
    }
    return sb.toString();
  }

  private static String join(String path, String field) {
    return path.isEmpty() ? field : path + "." + field;
  }

  private static String describe(Class<?> type) {
    if (type == String.class) {
      return "a string";
    }
    if (type == Long.class || type == Integer.class || type == long.class || type == int.class) {
      return "a whole number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (List.class.isAssignableFrom(type)) {
      return "an array";
    }
    return "a JSON object";
  }

  /** Jackson's reason and where, without the excerpt of the body it would quote. */
  private static String reason(JsonProcessingException e) {
    var at = e.getLocation();
    return e.getOriginalMessage() + (at == null || at.getLineNr() < 0 ? ""
        : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")");
  }
}
