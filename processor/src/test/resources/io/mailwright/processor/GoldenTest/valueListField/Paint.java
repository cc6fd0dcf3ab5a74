package com.example.valuelist;

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
 * A can of paint.
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
@JsonPropertyOrder({"color", "finish"})
public final class Paint implements Validatable {
  private final @Nullable String color;

  private final @Nullable String finish;

  /**
   * The names of the fields JSON held that this type does not know; {@code null} when none.
   */
  private final @Nullable List<String> unknownJsonFields;

  private Paint(Builder builder) {
    this.color = builder.color;
    this.finish = builder.finish;
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
   * The colour
   *
   * <p>Required. One of red, dark-blue, green.
   *
   * @return the value, or {@code null} when absent (or, in a value read from JSON and not validated, unknown)
   */
  public @Nullable Color color() {
    return Color.fromWireValue(color);
  }

  @JsonProperty("color")
  private @Nullable String colorJson() {
    return color;
  }

  /**
   * The finish; the shop's default when absent
   *
   * <p>One of matte, gloss.
   *
   * @return the value, or {@code null} when absent (or, in a value read from JSON and not validated, unknown)
   */
  public @Nullable Finish finish() {
    return Finish.fromWireValue(finish);
  }

  @JsonProperty("finish")
  private @Nullable String finishJson() {
    return finish;
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
  public Paint requireValid() {
    Violations violations = new Violations();
    validateInto(violations);
    violations.throwIfAny("Paint");
    return this;
  }

  /**
   * This value, when {@link #validateStrict()} finds nothing: for a value read from JSON, with unknown fields
   * reported.
   *
   * @throws RequestValidationException listing every violation, unknown fields included
   */
  @Override
  public Paint requireValidStrict() {
    Violations violations = Violations.strict();
    validateInto(violations);
    violations.throwIfAny("Paint");
    return this;
  }

  void validateInto(Violations violations) {
    if (this.color == null) {
      violations.add("color", Rule.REQUIRED, "is required", null);
    } else if (Color.fromWireValue(this.color) == null) {
      violations.add("color", Rule.ONE_OF, "must be one of [red, dark-blue, green], was '" + this.color + "'", this.color);
    }
    if (this.finish != null && Finish.fromWireValue(this.finish) == null) {
      violations.add("finish", Rule.ONE_OF, "must be one of [matte, gloss], was '" + this.finish + "'", this.finish);
    }
    violations.unknownFields(this.unknownJsonFields);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Paint that
        && Objects.equals(this.color, that.color)
        && Objects.equals(this.finish, that.finish);
  }

  @Override
  public int hashCode() {
    return Objects.hash(color, finish);
  }

  /**
   * The fields that are set, by their JSON names (binary content by its size, never in full).
   */
  @Override
  public String toString() {
    StringJoiner joiner = new StringJoiner(", ", "Paint{", "}");
    if (this.color != null) {
      joiner.add("color=" + this.color);
    }
    if (this.finish != null) {
      joiner.add("finish=" + this.finish);
    }
    return joiner.toString();
  }

  /**
   * Jackson reads the fields into a builder; the value is not validated, see {@link #validate()}.
   */
  @JsonCreator(
      mode = JsonCreator.Mode.DELEGATING
  )
  private static Paint fromJson(Builder builder) {
    return builder.buildUnvalidated();
  }

  /**
   * The builder of {@link Paint}. Setting a field to {@code null} leaves it out of the request.
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
    private @Nullable String color;

    private @Nullable String finish;

    private @Nullable List<String> unknownJsonFields;

    private Builder() {
    }

    private Builder(Paint source) {
      this.color = source.color;
      this.finish = source.finish;
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
     * The colour
     *
     * <p>Required. One of red, dark-blue, green.
     */
    public Builder color(@Nullable Color color) {
      this.color = color == null ? null : color.wireValue();
      return this;
    }

    @JsonProperty("color")
    private Builder colorJson(@Nullable String wireValue) {
      this.color = wireValue;
      return this;
    }

    /**
     * The finish; the shop's default when absent
     *
     * <p>One of matte, gloss.
     */
    public Builder finish(@Nullable Finish finish) {
      this.finish = finish == null ? null : finish.wireValue();
      return this;
    }

    @JsonProperty("finish")
    private Builder finishJson(@Nullable String wireValue) {
      this.finish = wireValue;
      return this;
    }

    /**
     * Checks every documented rule and makes the value.
     *
     * @throws RequestValidationException listing every violation, each with its JSON path
     */
    public Paint build() {
      Paint value = new Paint(this);
      Violations violations = new Violations();
      value.validateInto(violations);
      violations.throwIfAny("Paint");
      return value;
    }

    /**
     * The value as it is, for a parent that validates it in place with its own JSON path.
     */
    Paint buildUnvalidated() {
      return new Paint(this);
    }

    /**
     * The fields that are set, by their JSON names (binary content by its size, never in full).
     */
    @Override
    public String toString() {
      StringJoiner joiner = new StringJoiner(", ", "Paint.Builder{", "}");
      if (this.color != null) {
        joiner.add("color=" + this.color);
      }
      if (this.finish != null) {
        joiner.add("finish=" + this.finish);
      }
      return joiner.toString();
    }
  }
}
