package com.example.union;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.mailwright.runtime.RequestValidationException;
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
 * A dog.
 *
 * <p>Immutable. Make one with {@link #builder()}: {@link Builder#build()} checks every documented rule
 * and reports all violations at once, each with its JSON path.
 *
 * <p>A {@link Pet} of type {@code dog}: it writes {@code "kind": "dog"} in a list of
 * {@code Pet}, and nothing of the kind when it is the body of its own request.
 */
@Generated("io.mailwright.processor.ClientProcessor")
@GeneratedJson
@JsonPropertyOrder({"name", "trained"})
@JsonTypeInfo(
    use = JsonTypeInfo.Id.NONE
)
public final class Dog extends Pet {
  @JsonProperty("name")
  private final @Nullable String name;

  @JsonProperty("trained")
  private final @Nullable Boolean trained;

  private final @Nullable List<String> unknownJsonFields;

  private Dog(Builder builder) {
    this.name = builder.name;
    this.trained = builder.trained;
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
  @Override
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * Its name
   *
   * <p>Required, not empty.
   */
  public @Nullable String name() {
    return name;
  }

  /**
   * Whether it was trained
   */
  public @Nullable Boolean trained() {
    return trained;
  }

  @Override
  public Dog requireValid() {
    Violations violations = new Violations();
    validateInto(violations);
    violations.throwIfAny("Dog");
    return this;
  }

  @Override
  public Dog requireValidStrict() {
    Violations violations = Violations.strict();
    validateInto(violations);
    violations.throwIfAny("Dog");
    return this;
  }

  @Override
  void validateInto(Violations violations) {
    Checks.requiredText(violations, "name", this.name);
    violations.unknownFields(this.unknownJsonFields);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Dog that
        && Objects.equals(this.name, that.name)
        && Objects.equals(this.trained, that.trained)
        && Objects.equals(this.unknownJsonFields, that.unknownJsonFields);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, trained, unknownJsonFields);
  }

  /**
   * The fields that are set, by their JSON names (binary content by its size, never in full).
   */
  @Override
  public String toString() {
    return Members.toString("Dog", "name", name, "trained", trained);
  }

  @GeneratedJson.FromBuilder
  private static Dog fromJson(Builder builder) {
    return builder.buildUnvalidated();
  }

  /**
   * The builder of {@link Dog}. Setting a field to {@code null} leaves it out of the request.
   */
  @GeneratedJson
  public static final class Builder extends Pet.Builder {
    private @Nullable String name;

    private @Nullable Boolean trained;

    private @Nullable List<String> unknownJsonFields;

    private Builder() {
    }

    private Builder(Dog source) {
      this.name = source.name;
      this.trained = source.trained;
      this.unknownJsonFields = source.unknownJsonFields == null ? null : new ArrayList<>(source.unknownJsonFields);
    }

    @JsonAnySetter
    private void unknownJsonField(String name, @Nullable Object value) {
      this.unknownJsonFields = Members.unknownField(this.unknownJsonFields, name);
    }

    /**
     * Its name
     *
     * <p>Required, not empty.
     */
    @JsonProperty("name")
    public Builder name(@Nullable String name) {
      this.name = name;
      return this;
    }

    /**
     * Whether it was trained
     */
    @JsonProperty("trained")
    public Builder trained(@Nullable Boolean trained) {
      this.trained = trained;
      return this;
    }

    /**
     * Checks every documented rule and makes the value.
     *
     * @throws RequestValidationException listing every violation, each with its JSON path
     */
    @Override
    public Dog build() {
      Dog value = new Dog(this);
      Violations violations = new Violations();
      value.validateInto(violations);
      violations.throwIfAny("Dog");
      return value;
    }

    @Override
    Dog buildUnvalidated() {
      return new Dog(this);
    }

    @Override
    public String toString() {
      return Members.toString("Dog.Builder", "name", name, "trained", trained);
    }
  }
}
