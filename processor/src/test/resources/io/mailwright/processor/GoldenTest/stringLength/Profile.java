package com.example.length;

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
 * A user profile.
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
@JsonPropertyOrder({"firstName", "bio", "inviteCode", "handle"})
public final class Profile implements Validatable {
  private final @Nullable String firstName;

  private final @Nullable String bio;

  private final @Nullable String inviteCode;

  private final @Nullable String handle;

  /**
   * The names of the fields JSON held that this type does not know; {@code null} when none.
   */
  private final @Nullable List<String> unknownJsonFields;

  private Profile(Builder builder) {
    this.firstName = builder.firstName;
    this.bio = builder.bio;
    this.inviteCode = builder.inviteCode;
    this.handle = builder.handle;
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
   * First name, 1 to 40 characters when defined
   *
   * <p>Length 1..40 when defined.
   */
  @JsonProperty("firstName")
  public @Nullable String firstName() {
    return firstName;
  }

  /**
   * About the user, at most 200 characters
   *
   * <p>Length at most 200 when defined.
   */
  @JsonProperty("bio")
  public @Nullable String bio() {
    return bio;
  }

  /**
   * An invitation code, at least 3 characters
   *
   * <p>Length at least 3 when defined.
   */
  @JsonProperty("inviteCode")
  public @Nullable String inviteCode() {
    return inviteCode;
  }

  /**
   * The handle
   *
   * <p>Required, not empty. Length 2..15 when defined.
   */
  @JsonProperty("handle")
  public @Nullable String handle() {
    return handle;
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
  public Profile requireValid() {
    Violations violations = new Violations();
    validateInto(violations);
    violations.throwIfAny("Profile");
    return this;
  }

  /**
   * This value, when {@link #validateStrict()} finds nothing: for a value read from JSON, with unknown fields
   * reported.
   *
   * @throws RequestValidationException listing every violation, unknown fields included
   */
  @Override
  public Profile requireValidStrict() {
    Violations violations = Violations.strict();
    validateInto(violations);
    violations.throwIfAny("Profile");
    return this;
  }

  void validateInto(Violations violations) {
    if (this.firstName != null && (this.firstName.length() < 1 || this.firstName.length() > 40)) {
      violations.add("firstName", Rule.LENGTH, "length must be 1..40, was " + this.firstName.length(), this.firstName);
    }
    if (this.bio != null && this.bio.length() > 200) {
      violations.add("bio", Rule.LENGTH, "length must be at most 200, was " + this.bio.length(), this.bio);
    }
    if (this.inviteCode != null && this.inviteCode.length() < 3) {
      violations.add("inviteCode", Rule.LENGTH, "length must be at least 3, was " + this.inviteCode.length(), this.inviteCode);
    }
    if (this.handle == null) {
      violations.add("handle", Rule.REQUIRED, "is required", null);
    } else if (this.handle.isEmpty()) {
      violations.add("handle", Rule.REQUIRED, "must not be empty", this.handle);
    } else if (this.handle.length() < 2 || this.handle.length() > 15) {
      violations.add("handle", Rule.LENGTH, "length must be 2..15, was " + this.handle.length(), this.handle);
    }
    violations.unknownFields(this.unknownJsonFields);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Profile that
        && Objects.equals(this.firstName, that.firstName)
        && Objects.equals(this.bio, that.bio)
        && Objects.equals(this.inviteCode, that.inviteCode)
        && Objects.equals(this.handle, that.handle);
  }

  @Override
  public int hashCode() {
    return Objects.hash(firstName, bio, inviteCode, handle);
  }

  /**
   * The fields that are set, by their JSON names (binary content by its size, never in full).
   */
  @Override
  public String toString() {
    StringJoiner joiner = new StringJoiner(", ", "Profile{", "}");
    if (this.firstName != null) {
      joiner.add("firstName=" + this.firstName);
    }
    if (this.bio != null) {
      joiner.add("bio=" + this.bio);
    }
    if (this.inviteCode != null) {
      joiner.add("inviteCode=" + this.inviteCode);
    }
    if (this.handle != null) {
      joiner.add("handle=" + this.handle);
    }
    return joiner.toString();
  }

  /**
   * Jackson reads the fields into a builder; the value is not validated, see {@link #validate()}.
   */
  @JsonCreator(
      mode = JsonCreator.Mode.DELEGATING
  )
  private static Profile fromJson(Builder builder) {
    return builder.buildUnvalidated();
  }

  /**
   * The builder of {@link Profile}. Setting a field to {@code null} leaves it out of the request.
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
    private @Nullable String firstName;

    private @Nullable String bio;

    private @Nullable String inviteCode;

    private @Nullable String handle;

    private @Nullable List<String> unknownJsonFields;

    private Builder() {
    }

    private Builder(Profile source) {
      this.firstName = source.firstName;
      this.bio = source.bio;
      this.inviteCode = source.inviteCode;
      this.handle = source.handle;
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
     * First name, 1 to 40 characters when defined
     *
     * <p>Length 1..40 when defined.
     */
    @JsonProperty("firstName")
    public Builder firstName(@Nullable String firstName) {
      this.firstName = firstName;
      return this;
    }

    /**
     * About the user, at most 200 characters
     *
     * <p>Length at most 200 when defined.
     */
    @JsonProperty("bio")
    public Builder bio(@Nullable String bio) {
      this.bio = bio;
      return this;
    }

    /**
     * An invitation code, at least 3 characters
     *
     * <p>Length at least 3 when defined.
     */
    @JsonProperty("inviteCode")
    public Builder inviteCode(@Nullable String inviteCode) {
      this.inviteCode = inviteCode;
      return this;
    }

    /**
     * The handle
     *
     * <p>Required, not empty. Length 2..15 when defined.
     */
    @JsonProperty("handle")
    public Builder handle(@Nullable String handle) {
      this.handle = handle;
      return this;
    }

    /**
     * Checks every documented rule and makes the value.
     *
     * @throws RequestValidationException listing every violation, each with its JSON path
     */
    public Profile build() {
      Profile value = new Profile(this);
      Violations violations = new Violations();
      value.validateInto(violations);
      violations.throwIfAny("Profile");
      return value;
    }

    /**
     * The value as it is, for a parent that validates it in place with its own JSON path.
     */
    Profile buildUnvalidated() {
      return new Profile(this);
    }

    /**
     * The fields that are set, by their JSON names (binary content by its size, never in full).
     */
    @Override
    public String toString() {
      StringJoiner joiner = new StringJoiner(", ", "Profile.Builder{", "}");
      if (this.firstName != null) {
        joiner.add("firstName=" + this.firstName);
      }
      if (this.bio != null) {
        joiner.add("bio=" + this.bio);
      }
      if (this.inviteCode != null) {
        joiner.add("inviteCode=" + this.inviteCode);
      }
      if (this.handle != null) {
        joiner.add("handle=" + this.handle);
      }
      return joiner.toString();
    }
  }
}
