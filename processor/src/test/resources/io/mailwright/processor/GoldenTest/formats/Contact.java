package com.example.formats;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.mailwright.helpscout.runtime.BinaryData;
import io.mailwright.helpscout.runtime.Formats;
import io.mailwright.helpscout.runtime.RequestValidationException;
import io.mailwright.helpscout.runtime.Rule;
import io.mailwright.helpscout.runtime.Validatable;
import io.mailwright.helpscout.runtime.Violation;
import io.mailwright.helpscout.runtime.Violations;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * A contact.
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
@JsonPropertyOrder({"email", "cc", "photo", "metAt", "seenAt"})
public final class Contact implements Validatable {
  private final @Nullable String email;

  private final @Nullable List<String> cc;

  private final @Nullable BinaryData photo;

  private final @Nullable String metAt;

  private final @Nullable String seenAt;

  /**
   * The names of the fields JSON held that this type does not know; {@code null} when none.
   */
  private final @Nullable List<String> unknownJsonFields;

  private Contact(Builder builder) {
    this.email = builder.email;
    this.cc = builder.cc == null ? null : Collections.unmodifiableList(new ArrayList<>(builder.cc));
    this.photo = builder.photo;
    this.metAt = builder.metAt;
    this.seenAt = builder.seenAt;
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
   * Main address
   *
   * <p>Required, not empty. An email address.
   */
  @JsonProperty("email")
  public @Nullable String email() {
    return email;
  }

  /**
   * Other addresses
   *
   * <p>Size at most 5. Each an email address.
   *
   * @return the elements, unmodifiable; empty when absent
   */
  public List<String> cc() {
    return cc == null ? List.of() : cc;
  }

  @JsonProperty("cc")
  private @Nullable List<String> ccJson() {
    return cc;
  }

  /**
   * A photo
   */
  @JsonProperty("photo")
  public @Nullable BinaryData photo() {
    return photo;
  }

  /**
   * When the contact was met
   *
   * <p>Required. Sent as yyyy-MM-dd'T'HH:mm:ss'Z' (UTC, whole seconds).
   *
   * @return the instant, or {@code null} when absent (or, in a value read from JSON and not validated, not an
   *     instant)
   */
  public @Nullable Instant metAt() {
    return Formats.instantFromWire(metAt);
  }

  @JsonProperty("metAt")
  private @Nullable String metAtJson() {
    return metAt;
  }

  /**
   * When the contact was last seen
   *
   * <p>Sent as yyyy-MM-dd'T'HH:mm:ss'Z' (UTC, whole seconds).
   *
   * @return the instant, or {@code null} when absent (or, in a value read from JSON and not validated, not an
   *     instant)
   */
  public @Nullable Instant seenAt() {
    return Formats.instantFromWire(seenAt);
  }

  @JsonProperty("seenAt")
  private @Nullable String seenAtJson() {
    return seenAt;
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
  public Contact requireValid() {
    Violations violations = new Violations();
    validateInto(violations);
    violations.throwIfAny("Contact");
    return this;
  }

  /**
   * This value, when {@link #validateStrict()} finds nothing: for a value read from JSON, with unknown fields
   * reported.
   *
   * @throws RequestValidationException listing every violation, unknown fields included
   */
  @Override
  public Contact requireValidStrict() {
    Violations violations = Violations.strict();
    validateInto(violations);
    violations.throwIfAny("Contact");
    return this;
  }

  void validateInto(Violations violations) {
    if (this.email == null) {
      violations.add("email", Rule.REQUIRED, "is required", null);
    } else if (this.email.isEmpty()) {
      violations.add("email", Rule.REQUIRED, "must not be empty", this.email);
    } else if (!Formats.isEmail(this.email)) {
      violations.add("email", Rule.EMAIL, "must be an email address, was '" + this.email + "'", this.email);
    }
    if (this.cc != null) {
      if (this.cc.size() > 5) {
        violations.add("cc", Rule.SIZE, "size must be at most 5, was " + this.cc.size(), null);
      }
      for (int i = 0; i < this.cc.size(); i++) {
        String item = this.cc.get(i);
        if (item == null) {
          violations.add("cc", i, Rule.REQUIRED, "must not be null", null);
        } else if (!Formats.isEmail(item)) {
          violations.add("cc", i, Rule.EMAIL, "must be an email address, was '" + item + "'", item);
        }
      }
    }
    if (this.photo != null) {
      String photoProblem = this.photo.problem();
      if (photoProblem != null) {
        violations.add("photo", Rule.BASE64, photoProblem, null);
      }
    }
    if (this.metAt == null) {
      violations.add("metAt", Rule.REQUIRED, "is required", null);
    } else if (!Formats.isApiInstant(this.metAt)) {
      violations.add("metAt", Rule.INSTANT, "must be an instant in the form " + Formats.INSTANT_PATTERN + " (UTC, whole seconds), was '" + this.metAt + "'", this.metAt);
    }
    if (this.seenAt != null && !Formats.isApiInstant(this.seenAt)) {
      violations.add("seenAt", Rule.INSTANT, "must be an instant in the form " + Formats.INSTANT_PATTERN + " (UTC, whole seconds), was '" + this.seenAt + "'", this.seenAt);
    }
    violations.unknownFields(this.unknownJsonFields);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Contact that
        && Objects.equals(this.email, that.email)
        && Objects.equals(this.cc, that.cc)
        && Objects.equals(this.photo, that.photo)
        && Objects.equals(this.metAt, that.metAt)
        && Objects.equals(this.seenAt, that.seenAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(email, cc, photo, metAt, seenAt);
  }

  /**
   * The fields that are set, by their JSON names (binary content by its size, never in full).
   */
  @Override
  public String toString() {
    StringJoiner joiner = new StringJoiner(", ", "Contact{", "}");
    if (this.email != null) {
      joiner.add("email=" + this.email);
    }
    if (this.cc != null) {
      joiner.add("cc=" + this.cc);
    }
    if (this.photo != null) {
      joiner.add("photo=" + this.photo);
    }
    if (this.metAt != null) {
      joiner.add("metAt=" + this.metAt);
    }
    if (this.seenAt != null) {
      joiner.add("seenAt=" + this.seenAt);
    }
    return joiner.toString();
  }

  /**
   * Jackson reads the fields into a builder; the value is not validated, see {@link #validate()}.
   */
  @JsonCreator(
      mode = JsonCreator.Mode.DELEGATING
  )
  private static Contact fromJson(Builder builder) {
    return builder.buildUnvalidated();
  }

  /**
   * The builder of {@link Contact}. Setting a field to {@code null} leaves it out of the request.
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

    private @Nullable List<String> cc;

    private @Nullable BinaryData photo;

    private @Nullable String metAt;

    private @Nullable String seenAt;

    private @Nullable List<String> unknownJsonFields;

    private Builder() {
    }

    private Builder(Contact source) {
      this.email = source.email;
      this.cc = source.cc == null ? null : new ArrayList<>(source.cc);
      this.photo = source.photo;
      this.metAt = source.metAt;
      this.seenAt = source.seenAt;
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
     * Main address
     *
     * <p>Required, not empty. An email address.
     */
    @JsonProperty("email")
    public Builder email(@Nullable String email) {
      this.email = email;
      return this;
    }

    /**
     * Other addresses
     *
     * <p>Size at most 5. Each an email address.
     *
     * @param cc the elements, copied; {@code null} leaves the field out
     */
    @JsonProperty("cc")
    public Builder cc(@Nullable List<String> cc) {
      this.cc = cc == null ? null : new ArrayList<>(cc);
      return this;
    }

    /**
     * Other addresses
     *
     * <p>Size at most 5. Each an email address.
     *
     * @param cc the elements, copied; a {@code null} array counts as one {@code null} element, which
     *     {@link #build()} reports ({@code REQUIRED})
     */
    public Builder cc(@Nullable String @Nullable ... cc) {
      return cc(Arrays.asList(cc == null ? new String[] {null} : cc));
    }

    /**
     * Other addresses
     *
     * <p>Size at most 5. Each an email address.
     *
     * @param ccElement appended to the elements
     */
    public Builder addCc(@Nullable String ccElement) {
      if (this.cc == null) {
        this.cc = new ArrayList<>();
      }
      this.cc.add(ccElement);
      return this;
    }

    /**
     * A photo
     */
    public Builder photo(@Nullable BinaryData photo) {
      this.photo = photo;
      return this;
    }

    /**
     * A photo
     *
     * @param bytes the content, copied; Base64-encoded when the request is written
     */
    public Builder photo(byte @Nullable [] bytes) {
      this.photo = bytes == null ? null : BinaryData.of(bytes);
      return this;
    }

    /**
     * A photo
     *
     * @param base64 the content as Base64 text, as the API's JSON carries it
     */
    @JsonProperty("photo")
    public Builder photo(@Nullable String base64) {
      this.photo = base64 == null ? null : BinaryData.ofBase64(base64);
      return this;
    }

    /**
     * When the contact was met
     *
     * <p>Required. Sent as yyyy-MM-dd'T'HH:mm:ss'Z' (UTC, whole seconds).
     */
    public Builder metAt(@Nullable Instant metAt) {
      this.metAt = Formats.instantToWire(metAt);
      return this;
    }

    @JsonProperty("metAt")
    private Builder metAtJson(@Nullable String wire) {
      this.metAt = wire;
      return this;
    }

    /**
     * When the contact was last seen
     *
     * <p>Sent as yyyy-MM-dd'T'HH:mm:ss'Z' (UTC, whole seconds).
     */
    public Builder seenAt(@Nullable Instant seenAt) {
      this.seenAt = Formats.instantToWire(seenAt);
      return this;
    }

    @JsonProperty("seenAt")
    private Builder seenAtJson(@Nullable String wire) {
      this.seenAt = wire;
      return this;
    }

    /**
     * Checks every documented rule and makes the value.
     *
     * @throws RequestValidationException listing every violation, each with its JSON path
     */
    public Contact build() {
      Contact value = new Contact(this);
      Violations violations = new Violations();
      value.validateInto(violations);
      violations.throwIfAny("Contact");
      return value;
    }

    /**
     * The value as it is, for a parent that validates it in place with its own JSON path.
     */
    Contact buildUnvalidated() {
      return new Contact(this);
    }

    /**
     * The fields that are set, by their JSON names (binary content by its size, never in full).
     */
    @Override
    public String toString() {
      StringJoiner joiner = new StringJoiner(", ", "Contact.Builder{", "}");
      if (this.email != null) {
        joiner.add("email=" + this.email);
      }
      if (this.cc != null) {
        joiner.add("cc=" + this.cc);
      }
      if (this.photo != null) {
        joiner.add("photo=" + this.photo);
      }
      if (this.metAt != null) {
        joiner.add("metAt=" + this.metAt);
      }
      if (this.seenAt != null) {
        joiner.add("seenAt=" + this.seenAt);
      }
      return joiner.toString();
    }
  }
}
