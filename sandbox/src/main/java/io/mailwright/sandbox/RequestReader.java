package io.mailwright.sandbox;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.mailwright.helpscout.ConversationThread;
import io.mailwright.runtime.Validatable;
import io.mailwright.runtime.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

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

  private static final Pattern WHOLE_NUMBER = Pattern.compile("-?[0-9]{1,19}");

  private final ObjectMapper mapper;

  RequestReader(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /**
   * The mapper for requests: strict about trailing garbage, lenient about unknown fields (as the
   * API), and exact about JSON types (see {@link #jsonTypes()}).
   */
  static ObjectMapper mapper() {
    // The size limit of the body bounds a string; Jackson's own limit (20 million characters) would
    // refuse an attachment the size limit allows.
    JsonFactory json = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
        .build();
    return new ObjectMapper(json)
        .registerModule(jsonTypes())
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }

  /**
   * What the sandbox takes for each kind of field, instead of Jackson's coercions (which turn
   * {@code 123} into the text {@code "123"}, {@code 85.9} into the id {@code 85}, any number into a
   * boolean): a number is a JSON integer or a string of decimal digits (Help Scout took
   * {@code "mailboxId": "85"} and created the conversation, in recorded traffic; its older examples
   * write numbers as strings); a string is a JSON string; a boolean is {@code true} or
   * {@code false}. Nothing else was seen accepted by Help Scout, so nothing else is: what the
   * sandbox accepts, Help Scout is known to accept.
   */
  static SimpleModule jsonTypes() {
    SimpleModule module = new SimpleModule("help-scout-json-types");
    module.addDeserializer(String.class, new StdScalarDeserializer<String>(String.class) {
      private static final long serialVersionUID = 1L;

      @Override
      public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.hasToken(JsonToken.VALUE_STRING)) {
          return p.getText();
        }
        return (String) ctxt.handleUnexpectedToken(String.class, p);
      }
    });
    module.addDeserializer(Boolean.class, new StdScalarDeserializer<Boolean>(Boolean.class) {
      private static final long serialVersionUID = 1L;

      @Override
      public Boolean deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.hasToken(JsonToken.VALUE_TRUE) || p.hasToken(JsonToken.VALUE_FALSE)) {
          return p.getBooleanValue();
        }
        return (Boolean) ctxt.handleUnexpectedToken(Boolean.class, p);
      }
    });
    module.addDeserializer(Long.class, new StdScalarDeserializer<Long>(Long.class) {
      private static final long serialVersionUID = 1L;

      @Override
      public Long deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.hasToken(JsonToken.VALUE_NUMBER_INT) && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
          return p.getLongValue();
        }
        if (p.hasToken(JsonToken.VALUE_STRING)) {
          String text = p.getText();
          if (WHOLE_NUMBER.matcher(text).matches()) {
            try {
              return Long.parseLong(text);
            } catch (NumberFormatException e) {
              // Out of range: refused below.
            }
          }
          return (Long) ctxt.handleWeirdStringValue(Long.class, text, "not a whole number");
        }
        return (Long) ctxt.handleUnexpectedToken(Long.class, p);
      }
    });
    return module;
  }

  /**
   * The body as a valid {@code type}.
   *
   * @throws HttpError {@code 400}: unparseable JSON, a value of the wrong JSON type, or broken rules
   *     (one field error per violation, with the generated validation's path and message)
   */
  <T extends Validatable> T readValid(Exchange body, Class<T> type) throws IOException {
    T value = read(body, type);
    validate(value);
    return value;
  }

  /**
   * The body read as a stream into {@code type}, not validated.
   *
   * @throws HttpError {@code 400} for a body that is not that JSON, {@code 413} past the size limit
   * @throws IOException when the connection fails (or the read deadline passes) while the body is read
   */
  <T> T read(Exchange body, Class<T> type) throws IOException {
    T value;
    try (InputStream in = body.body()) {
      value = mapper.readValue(in, type);
    } catch (Exchange.BodyTooLarge e) {
      throw body.tooLarge();
    } catch (InvalidTypeIdException e) {
      rethrowFailedRead(body, e);
      String path = join(path(e), "type");
      throw HttpError.badRequest(List.of(e.getTypeId() == null
          ? new HttpError.FieldError(path, "is required", null, "NotEmpty")
          : new HttpError.FieldError(path, "must be one of " + THREAD_TYPES + ", was '" + e.getTypeId() + "'",
              e.getTypeId(), "EnumValue")));
    } catch (MismatchedInputException e) {
      rethrowFailedRead(body, e);
      String path = path(e);
      if (path.isEmpty()) {
        throw HttpError.unparseable(reason(e));
      }
      String expected = e.getTargetType() == null ? "a different JSON type" : describe(e.getTargetType());
      throw HttpError.badRequest(List.of(new HttpError.FieldError(path, "must be " + expected, null, "Type")));
    } catch (JsonProcessingException e) {
      rethrowFailedRead(body, e);
      throw HttpError.unparseable(reason(e));
    }
    body.bodyRead();
    if (value == null) {
      throw HttpError.unparseable("the body is empty or null; a JSON object is expected");
    }
    return value;
  }

  /**
   * Jackson may wrap what the stream threw: a body past the limit is {@code 413}, a failed
   * connection is no fault of the JSON.
   */
  private static void rethrowFailedRead(Exchange body, JsonProcessingException e) throws IOException {
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof Exchange.BodyTooLarge) {
        throw body.tooLarge();
      }
      if (cause instanceof IOException io && !(cause instanceof JsonProcessingException)) {
        throw io;
      }
    }
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
