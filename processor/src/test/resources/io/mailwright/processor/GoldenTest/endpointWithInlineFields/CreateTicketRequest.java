package com.example.inline;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.mailwright.helpscout.runtime.RequestValidationException;
import io.mailwright.helpscout.runtime.Rule;
import io.mailwright.helpscout.runtime.Validatable;
import io.mailwright.helpscout.runtime.Violation;
import io.mailwright.helpscout.runtime.Violations;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * Opens a ticket in a queue.
 *
 * <p>Immutable. Make one with {@link #builder()}: {@link Builder#build()} checks every documented rule
 * and reports all violations at once, each with its JSON path.
 */
@Generated("io.mailwright.processor.ClientProcessor")
@JsonAutoDetect(
    fieldVisibility = JsonAutoDetect.Visibility.NONE,
    getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE,
    setterVisibility = JsonAutoDetect.Visibility.NONE,
    creatorVisibility = JsonAutoDetect.Visibility.NONE
)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(
    ignoreUnknown = true
)
@JsonPropertyOrder({"subject", "body", "requesterId", "requesterEmail"})
public final class CreateTicketRequest implements Validatable {
  private final @Nullable String subject;

  private final @Nullable String body;

  private final @Nullable Long requesterId;

  private final @Nullable String requesterEmail;

  /**
   * The names of the fields JSON held that this type does not know; {@code null} when none.
   */
  private final @Nullable List<String> unknownJsonFields;

  private CreateTicketRequest(Builder builder) {
    this.subject = builder.subject;
    this.body = builder.body;
    this.requesterId = builder.requesterId;
    this.requesterEmail = builder.requesterEmail;
    this.unknownJsonFields = builder.unknownJsonFields == null ? null : List.copyOf(builder.unknownJsonFields);
  }

  /**
   * A builder with no field set.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding every field of this value.
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * What it is about
   *
   * <p>Required, not empty. Length 1..100 when defined.
   */
  @JsonProperty("subject")
  public @Nullable String subject() {
    return subject;
  }

  /**
   * The first message
   */
  @JsonProperty("body")
  public @Nullable String body() {
    return body;
  }

  /**
   * Who asks, by id
   */
  @JsonProperty("requesterId")
  public @Nullable Long requesterId() {
    return requesterId;
  }

  /**
   * Who asks, by email
   */
  @JsonProperty("requesterEmail")
  public @Nullable String requesterEmail() {
    return requesterEmail;
  }

  @Override
  public List<Violation> validate() {
    Violations violations = new Violations();
    validateInto(violations);
    return violations.toList();
  }

  @Override
  public List<Violation> validateStrict() {
    Violations violations = Violations.strict();
    validateInto(violations);
    return violations.toList();
  }

  /**
   * This value, when {@link #validate()} finds nothing: validate-or-throw in one step for a value read from JSON.
   *
   * @throws RequestValidationException listing every violation, each with its JSON path
   */
  @Override
  public CreateTicketRequest requireValid() {
    Violations violations = new Violations();
    validateInto(violations);
    violations.throwIfAny("CreateTicketRequest");
    return this;
  }

  /**
   * This value, when {@link #validateStrict()} finds nothing: for a value read from JSON, with unknown fields
   * reported.
   *
   * @throws RequestValidationException listing every violation, unknown fields included
   */
  @Override
  public CreateTicketRequest requireValidStrict() {
    Violations violations = Violations.strict();
    validateInto(violations);
    violations.throwIfAny("CreateTicketRequest");
    return this;
  }

  void validateInto(Violations violations) {
    if (this.requesterId == null && this.requesterEmail == null) {
      violations.addHere(Rule.AT_LEAST_ONE, "must have requesterId or requesterEmail");
    }
    if (this.subject == null) {
      violations.add("subject", Rule.REQUIRED, "is required", null);
    } else if (this.subject.isEmpty()) {
      violations.add("subject", Rule.REQUIRED, "must not be empty", this.subject);
    } else if (this.subject.length() < 1 || this.subject.length() > 100) {
      violations.add("subject", Rule.LENGTH, "length must be 1..100, was " + this.subject.length(), this.subject);
    }
    violations.unknownFields(this.unknownJsonFields);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof CreateTicketRequest that
        && Objects.equals(this.subject, that.subject)
        && Objects.equals(this.body, that.body)
        && Objects.equals(this.requesterId, that.requesterId)
        && Objects.equals(this.requesterEmail, that.requesterEmail);
  }

  @Override
  public int hashCode() {
    return Objects.hash(subject, body, requesterId, requesterEmail);
  }

  /**
   * The fields that are set, by their JSON names (binary content by its size, never in full).
   */
  @Override
  public String toString() {
    StringJoiner joiner = new StringJoiner(", ", "CreateTicketRequest{", "}");
    if (this.subject != null) {
      joiner.add("subject=" + this.subject);
    }
    if (this.body != null) {
      joiner.add("body=" + this.body);
    }
    if (this.requesterId != null) {
      joiner.add("requesterId=" + this.requesterId);
    }
    if (this.requesterEmail != null) {
      joiner.add("requesterEmail=" + this.requesterEmail);
    }
    return joiner.toString();
  }

  /**
   * Jackson reads the fields into a builder; the value is not validated, see {@link #validate()}.
   */
  @JsonCreator(
      mode = JsonCreator.Mode.DELEGATING
  )
  private static CreateTicketRequest fromJson(Builder builder) {
    return builder.buildUnvalidated();
  }

  /**
   * The builder of {@link CreateTicketRequest}. Setting a field to {@code null} leaves it out of the request.
   */
  @JsonAutoDetect(
      fieldVisibility = JsonAutoDetect.Visibility.NONE,
      getterVisibility = JsonAutoDetect.Visibility.NONE,
      isGetterVisibility = JsonAutoDetect.Visibility.NONE,
      setterVisibility = JsonAutoDetect.Visibility.NONE,
      creatorVisibility = JsonAutoDetect.Visibility.NONE
  )
  @JsonIgnoreProperties(
      ignoreUnknown = true
  )
  public static final class Builder {
    private @Nullable String subject;

    private @Nullable String body;

    private @Nullable Long requesterId;

    private @Nullable String requesterEmail;

    private @Nullable List<String> unknownJsonFields;

    private Builder() {
    }

    private Builder(CreateTicketRequest source) {
      this.subject = source.subject;
      this.body = source.body;
      this.requesterId = source.requesterId;
      this.requesterEmail = source.requesterEmail;
      this.unknownJsonFields = source.unknownJsonFields == null ? null : new ArrayList<>(source.unknownJsonFields);
    }

    /**
     * Jackson hands over every field it does not know: kept by name for {@code validateStrict()}.
     */
    @JsonAnySetter
    private void unknownJsonField(String name, @Nullable Object value) {
      if (this.unknownJsonFields == null) {
        this.unknownJsonFields = new ArrayList<>();
      }
      this.unknownJsonFields.add(name);
    }

    /**
     * What it is about
     *
     * <p>Required, not empty. Length 1..100 when defined.
     */
    @JsonProperty("subject")
    public Builder subject(@Nullable String subject) {
      this.subject = subject;
      return this;
    }

    /**
     * The first message
     */
    @JsonProperty("body")
    public Builder body(@Nullable String body) {
      this.body = body;
      return this;
    }

    /**
     * Who asks, by id
     */
    @JsonProperty("requesterId")
    public Builder requesterId(@Nullable Long requesterId) {
      this.requesterId = requesterId;
      return this;
    }

    /**
     * Who asks, by id
     */
    public Builder requesterId(long requesterId) {
      return requesterId(Long.valueOf(requesterId));
    }

    /**
     * Who asks, by email
     */
    @JsonProperty("requesterEmail")
    public Builder requesterEmail(@Nullable String requesterEmail) {
      this.requesterEmail = requesterEmail;
      return this;
    }

    /**
     * Checks every documented rule and makes the value.
     *
     * @throws RequestValidationException listing every violation, each with its JSON path
     */
    public CreateTicketRequest build() {
      CreateTicketRequest value = new CreateTicketRequest(this);
      Violations violations = new Violations();
      value.validateInto(violations);
      violations.throwIfAny("CreateTicketRequest");
      return value;
    }

    /**
     * The value as it is, for a parent that validates it in place with its own JSON path.
     */
    CreateTicketRequest buildUnvalidated() {
      return new CreateTicketRequest(this);
    }

    /**
     * The fields that are set, by their JSON names (binary content by its size, never in full).
     */
    @Override
    public String toString() {
      StringJoiner joiner = new StringJoiner(", ", "CreateTicketRequest.Builder{", "}");
      if (this.subject != null) {
        joiner.add("subject=" + this.subject);
      }
      if (this.body != null) {
        joiner.add("body=" + this.body);
      }
      if (this.requesterId != null) {
        joiner.add("requesterId=" + this.requesterId);
      }
      if (this.requesterEmail != null) {
        joiner.add("requesterEmail=" + this.requesterEmail);
      }
      return joiner.toString();
    }
  }
}
