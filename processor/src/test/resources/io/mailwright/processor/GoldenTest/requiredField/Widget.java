package com.example.required;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.mailwright.runtime.RequestValidationException;
import io.mailwright.runtime.Validatable;
import io.mailwright.runtime.Violation;
import io.mailwright.runtime.internal.Checks;
import io.mailwright.runtime.internal.GeneratedJson;
import io.mailwright.runtime.internal.Members;
import io.mailwright.runtime.internal.Violations;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * A widget.
 *
 * <p>Immutable. Make one with {@link #builder()}: {@link Builder#build()} checks every documented rule
 * and reports all violations at once, each with its JSON path.
 */
@Generated("io.mailwright.processor.ClientProcessor")
@GeneratedJson
@JsonPropertyOrder({"name", "count", "active", "note"})
public final class Widget implements Validatable {
  @JsonProperty("name")
  private final @Nullable String name;

  @JsonProperty("count")
  private final @Nullable Long count;

  @JsonProperty("active")
  private final @Nullable Boolean active;

  @JsonProperty("note")
  private final @Nullable String note;

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
  public @Nullable String name() {
    return name;
  }

  /**
   * How many are in stock
   *
   * <p>Required.
   */
  public @Nullable Long count() {
    return count;
  }

  /**
   * Required.
   */
  public @Nullable Boolean active() {
    return active;
  }

  /**
   * A free note
   */
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

  @Override
  public Widget requireValid() {
    Violations violations = new Violations();
    validateInto(violations);
    violations.throwIfAny("Widget");
    return this;
  }

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
        && Objects.equals(this.note, that.note)
        && Objects.equals(this.unknownJsonFields, that.unknownJsonFields);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, count, active, note, unknownJsonFields);
  }

  /**
   * The fields that are set, by their JSON names (binary content by its size, never in full).
   */
  @Override
  public String toString() {
    return Members.toString("Widget", "name", name, "count", count, "active", active, "note", note);
  }

  @GeneratedJson.FromBuilder
  private static Widget fromJson(Builder builder) {
    return builder.buildUnvalidated();
  }

  /**
   * The builder of {@link Widget}. Setting a field to {@code null} leaves it out of the request.
   */
  @GeneratedJson
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

    @JsonAnySetter
    private void unknownJsonField(String name, @Nullable Object value) {
      this.unknownJsonFields = Members.unknownField(this.unknownJsonFields, name);
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
     * As {@link #count(Long)}.
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

    Widget buildUnvalidated() {
      return new Widget(this);
    }

    @Override
    public String toString() {
      return Members.toString("Widget.Builder", "name", name, "count", count, "active", active, "note", note);
    }
  }
}
