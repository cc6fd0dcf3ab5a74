package com.example.valuelist;

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
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;
import javax.annotation.processing.Generated;

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
  private final String color;

  private final String finish;

  private Paint(Builder builder) {
    this.color = builder.color;
    this.finish = builder.finish;
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
  public Color color() {
    return Color.fromWireValue(color);
  }

  @JsonProperty("color")
  private String colorJson() {
    return color;
  }

  /**
   * The finish; the shop's default when absent
   *
   * <p>One of matte, gloss.
   *
   * @return the value, or {@code null} when absent (or, in a value read from JSON and not validated, unknown)
   */
  public Finish finish() {
    return Finish.fromWireValue(finish);
  }

  @JsonProperty("finish")
  private String finishJson() {
    return finish;
  }

  @Override
  public List<Violation> validate() {
    Violations violations = new Violations();
    validateInto(violations);
    return violations.toList();
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
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Paint that
        && Objects.equals(this.color, that.color)
        && Objects.equals(this.finish, that.finish);
  }

  @Override
  public int hashCode() {
    return Objects.hash(color, finish);
  }

  /**
   * The fields that are set, by their JSON names.
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
    private String color;

    private String finish;

    private Builder() {
    }

    private Builder(Paint source) {
      this.color = source.color;
      this.finish = source.finish;
    }

    /**
     * The colour
     *
     * <p>Required. One of red, dark-blue, green.
     */
    public Builder color(Color color) {
      this.color = color == null ? null : color.wireValue();
      return this;
    }

    /**
     * The colour
     *
     * <p>Required. One of red, dark-blue, green.
     *
     * @param wireValue the value as the API writes it; checked by {@link #build()}
     */
    @JsonProperty("color")
    public Builder color(String wireValue) {
      this.color = wireValue;
      return this;
    }

    /**
     * The finish; the shop's default when absent
     *
     * <p>One of matte, gloss.
     */
    public Builder finish(Finish finish) {
      this.finish = finish == null ? null : finish.wireValue();
      return this;
    }

    /**
     * The finish; the shop's default when absent
     *
     * <p>One of matte, gloss.
     *
     * @param wireValue the value as the API writes it; checked by {@link #build()}
     */
    @JsonProperty("finish")
    public Builder finish(String wireValue) {
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
  }
}
