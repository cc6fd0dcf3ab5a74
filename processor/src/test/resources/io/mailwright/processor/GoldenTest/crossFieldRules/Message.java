package com.example.crossfield;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.mailwright.helpscout.runtime.Formats;
import io.mailwright.helpscout.runtime.RequestValidationException;
import io.mailwright.helpscout.runtime.Rule;
import io.mailwright.helpscout.runtime.Validatable;
import io.mailwright.helpscout.runtime.Violation;
import io.mailwright.helpscout.runtime.Violations;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * A message to someone, found by email, phone or user id.
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
@JsonPropertyOrder({"email", "phone", "userId", "channel", "imported", "sentAt", "priority", "escalation", "tenant", "testLabel"})
public final class Message implements Validatable {
  private final @Nullable String email;

  private final @Nullable String phone;

  private final @Nullable Long userId;

  private final @Nullable String channel;

  private final @Nullable Boolean imported;

  private final @Nullable String sentAt;

  private final @Nullable Integer priority;

  private final @Nullable String escalation;

  private final @Nullable Long tenant;

  private final @Nullable String testLabel;

  /**
   * The names of the fields JSON held that this type does not know; {@code null} when none.
   */
  private final @Nullable List<String> unknownJsonFields;

  private Message(Builder builder) {
    this.email = builder.email;
    this.phone = builder.phone;
    this.userId = builder.userId;
    this.channel = builder.channel;
    this.imported = builder.imported;
    this.sentAt = builder.sentAt;
    this.priority = builder.priority;
    this.escalation = builder.escalation;
    this.tenant = builder.tenant;
    this.testLabel = builder.testLabel;
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
   * The recipient's email
   */
  @JsonProperty("email")
  public @Nullable String email() {
    return email;
  }

  /**
   * The recipient's phone
   *
   * <p>Only when channel is sms.
   */
  @JsonProperty("phone")
  public @Nullable String phone() {
    return phone;
  }

  /**
   * The recipient's user id
   */
  @JsonProperty("userId")
  public @Nullable Long userId() {
    return userId;
  }

  /**
   * How it is sent
   *
   * <p>One of email, sms.
   *
   * @return the value, or {@code null} when absent (or, in a value read from JSON and not validated, unknown)
   */
  public @Nullable Channel channel() {
    return Channel.fromWireValue(channel);
  }

  @JsonProperty("channel")
  private @Nullable String channelJson() {
    return channel;
  }

  /**
   * Whether it is imported from another system
   */
  @JsonProperty("imported")
  public @Nullable Boolean imported() {
    return imported;
  }

  /**
   * When it was first sent
   *
   * <p>Sent as yyyy-MM-dd'T'HH:mm:ss'Z' (UTC, whole seconds). Only when imported is true.
   *
   * @return the instant, or {@code null} when absent (or, in a value read from JSON and not validated, not an
   *     instant)
   */
  public @Nullable Instant sentAt() {
    return Formats.instantFromWire(sentAt);
  }

  @JsonProperty("sentAt")
  private @Nullable String sentAtJson() {
    return sentAt;
  }

  /**
   * Priority, 1 to 3
   */
  @JsonProperty("priority")
  public @Nullable Integer priority() {
    return priority;
  }

  /**
   * Who to call when it fails
   *
   * <p>Only when priority is 3.
   */
  @JsonProperty("escalation")
  public @Nullable String escalation() {
    return escalation;
  }

  /**
   * The tenant
   */
  @JsonProperty("tenant")
  public @Nullable Long tenant() {
    return tenant;
  }

  /**
   * The test tenant's label
   *
   * <p>Only when tenant is 42.
   */
  @JsonProperty("testLabel")
  public @Nullable String testLabel() {
    return testLabel;
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
  public Message requireValid() {
    Violations violations = new Violations();
    validateInto(violations);
    violations.throwIfAny("Message");
    return this;
  }

  /**
   * This value, when {@link #validateStrict()} finds nothing: for a value read from JSON, with unknown fields
   * reported.
   *
   * @throws RequestValidationException listing every violation, unknown fields included
   */
  @Override
  public Message requireValidStrict() {
    Violations violations = Violations.strict();
    validateInto(violations);
    violations.throwIfAny("Message");
    return this;
  }

  void validateInto(Violations violations) {
    if (this.email == null && this.phone == null && this.userId == null) {
      violations.addHere(Rule.AT_LEAST_ONE, "must have at least one of email, phone, userId");
    }
    if (this.phone != null && !"sms".equals(this.channel)) {
      violations.add("phone", Rule.ONLY_WHEN, "only allowed when channel is sms", null);
    }
    if (this.channel != null && Channel.fromWireValue(this.channel) == null) {
      violations.add("channel", Rule.ONE_OF, "must be one of [email, sms], was '" + this.channel + "'", this.channel);
    }
    if (this.sentAt != null && !Formats.isApiInstant(this.sentAt)) {
      violations.add("sentAt", Rule.INSTANT, "must be an instant in the form " + Formats.INSTANT_PATTERN + " (UTC, whole seconds), was '" + this.sentAt + "'", this.sentAt);
    }
    if (this.sentAt != null && !Boolean.TRUE.equals(this.imported)) {
      violations.add("sentAt", Rule.ONLY_WHEN, "only allowed when imported is true", null);
    }
    if (this.escalation != null && !Integer.valueOf(3).equals(this.priority)) {
      violations.add("escalation", Rule.ONLY_WHEN, "only allowed when priority is 3", null);
    }
    if (this.testLabel != null && !Long.valueOf(42L).equals(this.tenant)) {
      violations.add("testLabel", Rule.ONLY_WHEN, "only allowed when tenant is 42", null);
    }
    violations.unknownFields(this.unknownJsonFields);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Message that
        && Objects.equals(this.email, that.email)
        && Objects.equals(this.phone, that.phone)
        && Objects.equals(this.userId, that.userId)
        && Objects.equals(this.channel, that.channel)
        && Objects.equals(this.imported, that.imported)
        && Objects.equals(this.sentAt, that.sentAt)
        && Objects.equals(this.priority, that.priority)
        && Objects.equals(this.escalation, that.escalation)
        && Objects.equals(this.tenant, that.tenant)
        && Objects.equals(this.testLabel, that.testLabel);
  }

  @Override
  public int hashCode() {
    return Objects.hash(email, phone, userId, channel, imported, sentAt, priority, escalation, tenant, testLabel);
  }

  /**
   * The fields that are set, by their JSON names (binary content by its size, never in full).
   */
  @Override
  public String toString() {
    StringJoiner joiner = new StringJoiner(", ", "Message{", "}");
    if (this.email != null) {
      joiner.add("email=" + this.email);
    }
    if (this.phone != null) {
      joiner.add("phone=" + this.phone);
    }
    if (this.userId != null) {
      joiner.add("userId=" + this.userId);
    }
    if (this.channel != null) {
      joiner.add("channel=" + this.channel);
    }
    if (this.imported != null) {
      joiner.add("imported=" + this.imported);
    }
    if (this.sentAt != null) {
      joiner.add("sentAt=" + this.sentAt);
    }
    if (this.priority != null) {
      joiner.add("priority=" + this.priority);
    }
    if (this.escalation != null) {
      joiner.add("escalation=" + this.escalation);
    }
    if (this.tenant != null) {
      joiner.add("tenant=" + this.tenant);
    }
    if (this.testLabel != null) {
      joiner.add("testLabel=" + this.testLabel);
    }
    return joiner.toString();
  }

  /**
   * Jackson reads the fields into a builder; the value is not validated, see {@link #validate()}.
   */
  @JsonCreator(
      mode = JsonCreator.Mode.DELEGATING
  )
  private static Message fromJson(Builder builder) {
    return builder.buildUnvalidated();
  }

  /**
   * The builder of {@link Message}. Setting a field to {@code null} leaves it out of the request.
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
    private @Nullable String email;

    private @Nullable String phone;

    private @Nullable Long userId;

    private @Nullable String channel;

    private @Nullable Boolean imported;

    private @Nullable String sentAt;

    private @Nullable Integer priority;

    private @Nullable String escalation;

    private @Nullable Long tenant;

    private @Nullable String testLabel;

    private @Nullable List<String> unknownJsonFields;

    private Builder() {
    }

    private Builder(Message source) {
      this.email = source.email;
      this.phone = source.phone;
      this.userId = source.userId;
      this.channel = source.channel;
      this.imported = source.imported;
      this.sentAt = source.sentAt;
      this.priority = source.priority;
      this.escalation = source.escalation;
      this.tenant = source.tenant;
      this.testLabel = source.testLabel;
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
     * The recipient's email
     */
    @JsonProperty("email")
    public Builder email(@Nullable String email) {
      this.email = email;
      return this;
    }

    /**
     * The recipient's phone
     *
     * <p>Only when channel is sms.
     */
    @JsonProperty("phone")
    public Builder phone(@Nullable String phone) {
      this.phone = phone;
      return this;
    }

    /**
     * The recipient's user id
     */
    @JsonProperty("userId")
    public Builder userId(@Nullable Long userId) {
      this.userId = userId;
      return this;
    }

    /**
     * The recipient's user id
     */
    public Builder userId(long userId) {
      return userId(Long.valueOf(userId));
    }

    /**
     * How it is sent
     *
     * <p>One of email, sms.
     */
    public Builder channel(@Nullable Channel channel) {
      this.channel = channel == null ? null : channel.wireValue();
      return this;
    }

    @JsonProperty("channel")
    private Builder channelJson(@Nullable String wireValue) {
      this.channel = wireValue;
      return this;
    }

    /**
     * Whether it is imported from another system
     */
    @JsonProperty("imported")
    public Builder imported(@Nullable Boolean imported) {
      this.imported = imported;
      return this;
    }

    /**
     * When it was first sent
     *
     * <p>Sent as yyyy-MM-dd'T'HH:mm:ss'Z' (UTC, whole seconds). Only when imported is true.
     */
    public Builder sentAt(@Nullable Instant sentAt) {
      this.sentAt = Formats.instantToWire(sentAt);
      return this;
    }

    @JsonProperty("sentAt")
    private Builder sentAtJson(@Nullable String wire) {
      this.sentAt = wire;
      return this;
    }

    /**
     * Priority, 1 to 3
     */
    @JsonProperty("priority")
    public Builder priority(@Nullable Integer priority) {
      this.priority = priority;
      return this;
    }

    /**
     * Who to call when it fails
     *
     * <p>Only when priority is 3.
     */
    @JsonProperty("escalation")
    public Builder escalation(@Nullable String escalation) {
      this.escalation = escalation;
      return this;
    }

    /**
     * The tenant
     */
    @JsonProperty("tenant")
    public Builder tenant(@Nullable Long tenant) {
      this.tenant = tenant;
      return this;
    }

    /**
     * The tenant
     */
    public Builder tenant(long tenant) {
      return tenant(Long.valueOf(tenant));
    }

    /**
     * The test tenant's label
     *
     * <p>Only when tenant is 42.
     */
    @JsonProperty("testLabel")
    public Builder testLabel(@Nullable String testLabel) {
      this.testLabel = testLabel;
      return this;
    }

    /**
     * Checks every documented rule and makes the value.
     *
     * @throws RequestValidationException listing every violation, each with its JSON path
     */
    public Message build() {
      Message value = new Message(this);
      Violations violations = new Violations();
      value.validateInto(violations);
      violations.throwIfAny("Message");
      return value;
    }

    /**
     * The value as it is, for a parent that validates it in place with its own JSON path.
     */
    Message buildUnvalidated() {
      return new Message(this);
    }

    /**
     * The fields that are set, by their JSON names (binary content by its size, never in full).
     */
    @Override
    public String toString() {
      StringJoiner joiner = new StringJoiner(", ", "Message.Builder{", "}");
      if (this.email != null) {
        joiner.add("email=" + this.email);
      }
      if (this.phone != null) {
        joiner.add("phone=" + this.phone);
      }
      if (this.userId != null) {
        joiner.add("userId=" + this.userId);
      }
      if (this.channel != null) {
        joiner.add("channel=" + this.channel);
      }
      if (this.imported != null) {
        joiner.add("imported=" + this.imported);
      }
      if (this.sentAt != null) {
        joiner.add("sentAt=" + this.sentAt);
      }
      if (this.priority != null) {
        joiner.add("priority=" + this.priority);
      }
      if (this.escalation != null) {
        joiner.add("escalation=" + this.escalation);
      }
      if (this.tenant != null) {
        joiner.add("tenant=" + this.tenant);
      }
      if (this.testLabel != null) {
        joiner.add("testLabel=" + this.testLabel);
      }
      return joiner.toString();
    }
  }
}
