package io.mailwright.processor.binding;

import java.util.List;

/**
 * What the model's root says beyond HTTP ({@code @Authorization}, {@code @ApiHeaders},
 * {@code @ErrorBody}, {@code @ErrorType}), read as written. A member the model leaves out (or
 * empty) is {@code null}.
 *
 * @param members every member of the three single annotations, in a fixed order, each with where it
 *     was written: what the validation phase checks member by member
 */
public record ProtocolModel(List<Member> members, List<ErrorType> errorTypes) {
  /** The annotations and members, in the order {@link #members()} holds them. */
  public enum Key {
    TOKEN_PATH("Authorization", "tokenPath"),
    AUTHORIZE_URL("Authorization", "authorizeUrl"),
    CORRELATION_ID_HEADER("ApiHeaders", "correlationId"),
    RATE_LIMIT_HEADER("ApiHeaders", "rateLimit"),
    RATE_LIMIT_REMAINING_HEADER("ApiHeaders", "rateLimitRemaining"),
    RETRY_AFTER_HEADER("ApiHeaders", "retryAfter"),
    MESSAGE("ErrorBody", "message"),
    CORRELATION_ID("ErrorBody", "correlationId"),
    FIELD_ERRORS("ErrorBody", "fieldErrors"),
    FIELD_PATH("ErrorBody", "fieldPath"),
    FIELD_MESSAGE("ErrorBody", "fieldMessage"),
    FIELD_REJECTED_VALUE("ErrorBody", "fieldRejectedValue"),
    FIELD_CODE_LINK("ErrorBody", "fieldCodeLink");

    private final String annotation;
    private final String member;

    Key(String annotation, String member) {
      this.annotation = annotation;
      this.member = member;
    }

    public String annotation() {
      return annotation;
    }

    public String member() {
      return member;
    }
  }

  /** One member: its value ({@code null} when left out or empty) and where it was written. */
  public record Member(Key key, String value, Origin origin) {}

  /** An {@code @ErrorType}: a status with an exception type of its own. */
  public record ErrorType(int status, String name, String doc, Origin statusOrigin, Origin nameOrigin) {}

  /** A model that says nothing beyond HTTP. */
  public static final ProtocolModel NONE = new ProtocolModel(List.of(), List.of());

  /** The value of a member, or {@code null}. */
  public String value(Key key) {
    for (Member m : members) {
      if (m.key() == key) {
        return m.value();
      }
    }
    return null;
  }

  /** The {@code @ErrorType} of a status, or {@code null}. */
  public ErrorType errorType(int status) {
    for (ErrorType t : errorTypes) {
      if (t.status() == status) {
        return t;
      }
    }
    return null;
  }
}
