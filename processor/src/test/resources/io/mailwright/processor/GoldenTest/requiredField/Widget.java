package com.example.required;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.mailwright.runtime.RequestValidationException;
import io.mailwright.runtime.Validatable;
import io.mailwright.runtime.Violation;
import io.mailwright.runtime.internal.Checks;
import io.mailwright.runtime.internal.Violations;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * A widget.
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
@JsonPropertyOrder({"name", "count", "active", "note"})
public final class Widget implements Validatable {
  private final @Nullable String name;

  private final @Nullable Long count;

  private final @Nullable Boolean active;

  private final @Nullable String note;

  /**
   * The names of the fields JSON held that this type does not know; {@code null} when none.
   */
  private final @Nullable List<String> unknownJsonFields;

  private Widget(Builder builder) {
    this.name = builder.name;
    this.count = builder.count;
    this.active = builder.active;
    this.note = builder.note;
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
   * The widget's name
   *
   * <p>Required, not empty.
   */
  @JsonProperty("name")
  public @Nullable String name() {
    return name;
  }

  /**
   * How many are in stock
   *
   * <p>Required.
   */
  @JsonProperty("count")
  public @Nullable Long count() {
    return count;
  }

  /**
   * Required.
   */
  @JsonProperty("active")
  public @Nullable Boolean active() {
    return active;
  }

  /**
   * A free note
   */
  @JsonProperty("note")
  public @Nullable String note() {
    return note;
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
  public Widget requireValid() {
    Violations violations = new Violations();
    validateInto(violations);
    violations.throwIfAny("Widget");
    return this;
  }

  /**
   * This value, when {@link #validateStrict()} finds nothing: for a value read from JSON, with unknown fields
   * reported.
   *
   * @throws RequestValidationException listing every violation, unknown fields included
   */
  @Override
  public Widget requireValidStrict() {
    Violations violations = Violations.strict();
    validateInto(violations);
    violations.throwIfAny("Widget");
    return this;
  }

  void validateInto(Violations violations) {
    Checks.requiredText(violations, "name", this.name);
    Checks.required(violations, "count", this.count);
    Checks.required(violations, "active", this.active);
    violations.unknownFields(this.unknownJsonFields);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Widget that
        && Objects.equals(this.name, that.name)
        && Objects.equals(this.count, that.count)
        && Objects.equals(this.active, that.active)
        && Objects.equals(this.note, that.note);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, count, active, note);
  }

  /**
   * The fields that are set, by their JSON names (binary content by its size, never in full).
   */
  @Override
  public String toString() {
    StringJoiner joiner = new StringJoiner(", ", "Widget{", "}");
    if (this.name != null) {
      joiner.add("name=" + this.name);
    }
    if (this.count != null) {
      joiner.add("count=" + this.count);
    }
    if (this.active != null) {
      joiner.add("active=" + this.active);
    }
    if (this.note != null) {
      joiner.add("note=" + this.note);
    }
    return joiner.toString();
  }

  /**
   * Jackson reads the fields into a builder; the value is not validated, see {@link #validate()}.
   */
  @JsonCreator(
      mode = JsonCreator.Mode.DELEGATING
  )
  private static Widget fromJson(Builder builder) {
    return builder.buildUnvalidated();
  }

  /**
   * The builder of {@link Widget}. Setting a field to {@code null} leaves it out of the request.
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
    private @Nullable String name;

    private @Nullable Long count;

    private @Nullable Boolean active;

    private @Nullable String note;

    private @Nullable List<String> unknownJsonFields;

    private Builder() {
    }

    private Builder(Widget source) {
      this.name = source.name;
      this.count = source.count;
      this.active = source.active;
      this.note = source.note;
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
     * The widget's name
     *
     * <p>Required, not empty.
     */
    @JsonProperty("name")
    public Builder name(@Nullable String name) {
      this.name = name;
      return this;
    }

    /**
     * How many are in stock
     *
     * <p>Required.
     */
    @JsonProperty("count")
    public Builder count(@Nullable Long count) {
      this.count = count;
      return this;
    }

    /**
     * How many are in stock
     *
     * <p>Required.
     */
    public Builder count(long count) {
      return count(Long.valueOf(count));
    }

    /**
     * Required.
     */
    @JsonProperty("active")
    public Builder active(@Nullable Boolean active) {
      this.active = active;
      return this;
    }

    /**
     * A free note
     */
    @JsonProperty("note")
    public Builder note(@Nullable String note) {
      this.note = note;
      return this;
    }

    /**
     * Checks every documented rule and makes the value.
     *
     * @throws RequestValidationException listing every violation, each with its JSON path
     */
    public Widget build() {
      Widget value = new Widget(this);
      Violations violations = new Violations();
      value.validateInto(violations);
      violations.throwIfAny("Widget");
      return value;
    }

    /**
     * The value as it is, for a parent that validates it in place with its own JSON path.
     */
    Widget buildUnvalidated() {
      return new Widget(this);
    }

    /**
     * The fields that are set, by their JSON names (binary content by its size, never in full).
     */
    @Override
    public String toString() {
      StringJoiner joiner = new StringJoiner(", ", "Widget.Builder{", "}");
      if (this.name != null) {
        joiner.add("name=" + this.name);
      }
      if (this.count != null) {
        joiner.add("count=" + this.count);
      }
      if (this.active != null) {
        joiner.add("active=" + this.active);
      }
      if (this.note != null) {
        joiner.add("note=" + this.note);
      }
      return joiner.toString();
    }
  }
}
