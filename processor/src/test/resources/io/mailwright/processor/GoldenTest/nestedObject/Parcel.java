package com.example.nested;

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
 * A parcel to send.
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
@JsonPropertyOrder({"to", "returnTo"})
public final class Parcel implements Validatable {
  private final @Nullable Address to;

  private final @Nullable Address returnTo;

  /**
   * The names of the fields JSON held that this type does not know; {@code null} when none.
   */
  private final @Nullable List<String> unknownJsonFields;

  private Parcel(Builder builder) {
    this.to = builder.to;
    this.returnTo = builder.returnTo;
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
   * Where it goes
   *
   * <p>Required.
   */
  @JsonProperty("to")
  public @Nullable Address to() {
    return to;
  }

  /**
   * Where it comes back to when it cannot be delivered
   */
  @JsonProperty("returnTo")
  public @Nullable Address returnTo() {
    return returnTo;
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
  public Parcel requireValid() {
    Violations violations = new Violations();
    validateInto(violations);
    violations.throwIfAny("Parcel");
    return this;
  }

  /**
   * This value, when {@link #validateStrict()} finds nothing: for a value read from JSON, with unknown fields
   * reported.
   *
   * @throws RequestValidationException listing every violation, unknown fields included
   */
  @Override
  public Parcel requireValidStrict() {
    Violations violations = Violations.strict();
    validateInto(violations);
    violations.throwIfAny("Parcel");
    return this;
  }

  void validateInto(Violations violations) {
    if (this.to == null) {
      violations.add("to", Rule.REQUIRED, "is required", null);
    } else {
      violations.enter("to");
      this.to.validateInto(violations);
      violations.exit();
    }
    if (this.returnTo != null) {
      violations.enter("returnTo");
      this.returnTo.validateInto(violations);
      violations.exit();
    }
    violations.unknownFields(this.unknownJsonFields);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Parcel that
        && Objects.equals(this.to, that.to)
        && Objects.equals(this.returnTo, that.returnTo);
  }

  @Override
  public int hashCode() {
    return Objects.hash(to, returnTo);
  }

  /**
   * The fields that are set, by their JSON names (binary content by its size, never in full).
   */
  @Override
  public String toString() {
    StringJoiner joiner = new StringJoiner(", ", "Parcel{", "}");
    if (this.to != null) {
      joiner.add("to=" + this.to);
    }
    if (this.returnTo != null) {
      joiner.add("returnTo=" + this.returnTo);
    }
    return joiner.toString();
  }

  /**
   * Jackson reads the fields into a builder; the value is not validated, see {@link #validate()}.
   */
  @JsonCreator(
      mode = JsonCreator.Mode.DELEGATING
  )
  private static Parcel fromJson(Builder builder) {
    return builder.buildUnvalidated();
  }

  /**
   * The builder of {@link Parcel}. Setting a field to {@code null} leaves it out of the request.
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
    private @Nullable Address to;

    private @Nullable Address returnTo;

    private @Nullable List<String> unknownJsonFields;

    private Builder() {
    }

    private Builder(Parcel source) {
      this.to = source.to;
      this.returnTo = source.returnTo;
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
     * Where it goes
     *
     * <p>Required.
     */
    @JsonProperty("to")
    public Builder to(@Nullable Address to) {
      this.to = to;
      return this;
    }

    /**
     * Where it goes
     *
     * <p>Required.
     *
     * @param to a builder, read now; what it holds is checked by this builder's {@link #build()}, with its path
     */
    public Builder to(Address. @Nullable Builder to) {
      this.to = to == null ? null : to.buildUnvalidated();
      return this;
    }

    /**
     * Where it comes back to when it cannot be delivered
     */
    @JsonProperty("returnTo")
    public Builder returnTo(@Nullable Address returnTo) {
      this.returnTo = returnTo;
      return this;
    }

    /**
     * Where it comes back to when it cannot be delivered
     *
     * @param returnTo a builder, read now; what it holds is checked by this builder's {@link #build()}, with its path
     */
    public Builder returnTo(Address. @Nullable Builder returnTo) {
      this.returnTo = returnTo == null ? null : returnTo.buildUnvalidated();
      return this;
    }

    /**
     * Checks every documented rule and makes the value.
     *
     * @throws RequestValidationException listing every violation, each with its JSON path
     */
    public Parcel build() {
      Parcel value = new Parcel(this);
      Violations violations = new Violations();
      value.validateInto(violations);
      violations.throwIfAny("Parcel");
      return value;
    }

    /**
     * The value as it is, for a parent that validates it in place with its own JSON path.
     */
    Parcel buildUnvalidated() {
      return new Parcel(this);
    }

    /**
     * The fields that are set, by their JSON names (binary content by its size, never in full).
     */
    @Override
    public String toString() {
      StringJoiner joiner = new StringJoiner(", ", "Parcel.Builder{", "}");
      if (this.to != null) {
        joiner.add("to=" + this.to);
      }
      if (this.returnTo != null) {
        joiner.add("returnTo=" + this.returnTo);
      }
      return joiner.toString();
    }
  }
}
