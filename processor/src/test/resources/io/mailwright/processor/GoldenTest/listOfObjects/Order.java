package com.example.list;

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
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * An order.
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
@JsonPropertyOrder({"items", "tags", "fields"})
public final class Order implements Validatable {
  private final @Nullable List<LineItem> items;

  private final @Nullable List<String> tags;

  private final @Nullable List<String> fields;

  /**
   * The names of the fields JSON held that this type does not know; {@code null} when none.
   */
  private final @Nullable List<String> unknownJsonFields;

  private Order(Builder builder) {
    this.items = builder.items == null ? null : Collections.unmodifiableList(new ArrayList<>(builder.items));
    this.tags = builder.tags == null ? null : Collections.unmodifiableList(new ArrayList<>(builder.tags));
    this.fields = builder.fields == null ? null : Collections.unmodifiableList(new ArrayList<>(builder.fields));
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
   * What is ordered
   *
   * <p>Required. Size 1..10.
   *
   * @return the elements, unmodifiable; empty when absent
   */
  public List<LineItem> items() {
    return items == null ? List.of() : items;
  }

  @JsonProperty("items")
  private @Nullable List<LineItem> itemsJson() {
    return items;
  }

  /**
   * Labels for the order
   *
   * <p>Size at most 3.
   *
   * @return the elements, unmodifiable; empty when absent
   */
  public List<String> tags() {
    return tags == null ? List.of() : tags;
  }

  @JsonProperty("tags")
  private @Nullable List<String> tagsJson() {
    return tags;
  }

  /**
   * Custom fields, as name=value; named like toString's local on purpose
   *
   * @return the elements, unmodifiable; empty when absent
   */
  public List<String> fields() {
    return fields == null ? List.of() : fields;
  }

  @JsonProperty("fields")
  private @Nullable List<String> fieldsJson() {
    return fields;
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
  public Order requireValid() {
    Violations violations = new Violations();
    validateInto(violations);
    violations.throwIfAny("Order");
    return this;
  }

  /**
   * This value, when {@link #validateStrict()} finds nothing: for a value read from JSON, with unknown fields
   * reported.
   *
   * @throws RequestValidationException listing every violation, unknown fields included
   */
  @Override
  public Order requireValidStrict() {
    Violations violations = Violations.strict();
    validateInto(violations);
    violations.throwIfAny("Order");
    return this;
  }

  void validateInto(Violations violations) {
    if (this.items == null) {
      violations.add("items", Rule.REQUIRED, "is required", null);
    } else {
      if (this.items.size() < 1 || this.items.size() > 10) {
        violations.add("items", Rule.SIZE, "size must be 1..10, was " + this.items.size(), null);
      }
      for (int i = 0; i < this.items.size(); i++) {
        LineItem item = this.items.get(i);
        if (item == null) {
          violations.add("items", i, Rule.REQUIRED, "must not be null", null);
        } else {
          violations.enter("items", i);
          item.validateInto(violations);
          violations.exit();
        }
      }
    }
    if (this.tags != null) {
      if (this.tags.size() > 3) {
        violations.add("tags", Rule.SIZE, "size must be at most 3, was " + this.tags.size(), null);
      }
      for (int i = 0; i < this.tags.size(); i++) {
        String item = this.tags.get(i);
        if (item == null) {
          violations.add("tags", i, Rule.REQUIRED, "must not be null", null);
        }
      }
    }
    if (this.fields != null) {
      for (int i = 0; i < this.fields.size(); i++) {
        String item = this.fields.get(i);
        if (item == null) {
          violations.add("fields", i, Rule.REQUIRED, "must not be null", null);
        }
      }
    }
    violations.unknownFields(this.unknownJsonFields);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Order that
        && Objects.equals(this.items, that.items)
        && Objects.equals(this.tags, that.tags)
        && Objects.equals(this.fields, that.fields);
  }

  @Override
  public int hashCode() {
    return Objects.hash(items, tags, fields);
  }

  /**
   * The fields that are set, by their JSON names (binary content by its size, never in full).
   */
  @Override
  public String toString() {
    StringJoiner joiner = new StringJoiner(", ", "Order{", "}");
    if (this.items != null) {
      joiner.add("items=" + this.items);
    }
    if (this.tags != null) {
      joiner.add("tags=" + this.tags);
    }
    if (this.fields != null) {
      joiner.add("fields=" + this.fields);
    }
    return joiner.toString();
  }

  /**
   * Jackson reads the fields into a builder; the value is not validated, see {@link #validate()}.
   */
  @JsonCreator(
      mode = JsonCreator.Mode.DELEGATING
  )
  private static Order fromJson(Builder builder) {
    return builder.buildUnvalidated();
  }

  /**
   * The builder of {@link Order}. Setting a field to {@code null} leaves it out of the request.
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
    private @Nullable List<LineItem> items;

    private @Nullable List<String> tags;

    private @Nullable List<String> fields;

    private @Nullable List<String> unknownJsonFields;

    private Builder() {
    }

    private Builder(Order source) {
      this.items = source.items == null ? null : new ArrayList<>(source.items);
      this.tags = source.tags == null ? null : new ArrayList<>(source.tags);
      this.fields = source.fields == null ? null : new ArrayList<>(source.fields);
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
     * What is ordered
     *
     * <p>Required. Size 1..10.
     *
     * @param items the elements, copied; {@code null} leaves the field out
     */
    @JsonProperty("items")
    public Builder items(@Nullable List<? extends LineItem> items) {
      this.items = items == null ? null : new ArrayList<>(items);
      return this;
    }

    /**
     * What is ordered
     *
     * <p>Required. Size 1..10.
     *
     * @param items the elements, copied; a {@code null} array counts as one {@code null} element, which
     *     {@link #build()} reports ({@code REQUIRED})
     */
    public Builder items(@Nullable LineItem @Nullable ... items) {
      return items(Arrays.asList(items == null ? new LineItem[] {null} : items));
    }

    /**
     * What is ordered
     *
     * <p>Required. Size 1..10.
     *
     * @param item appended to the elements
     */
    public Builder addItem(@Nullable LineItem item) {
      if (this.items == null) {
        this.items = new ArrayList<>();
      }
      this.items.add(item);
      return this;
    }

    /**
     * What is ordered
     *
     * <p>Required. Size 1..10.
     *
     * @param item a builder, read now and appended; what it holds is checked by this builder's {@link #build()},
     *     with its path
     */
    public Builder addItem(LineItem. @Nullable Builder item) {
      return addItem(item == null ? null : item.buildUnvalidated());
    }

    /**
     * Labels for the order
     *
     * <p>Size at most 3.
     *
     * @param tags the elements, copied; {@code null} leaves the field out
     */
    @JsonProperty("tags")
    public Builder tags(@Nullable List<String> tags) {
      this.tags = tags == null ? null : new ArrayList<>(tags);
      return this;
    }

    /**
     * Labels for the order
     *
     * <p>Size at most 3.
     *
     * @param tags the elements, copied; a {@code null} array counts as one {@code null} element, which
     *     {@link #build()} reports ({@code REQUIRED})
     */
    public Builder tags(@Nullable String @Nullable ... tags) {
      return tags(Arrays.asList(tags == null ? new String[] {null} : tags));
    }

    /**
     * Labels for the order
     *
     * <p>Size at most 3.
     *
     * @param tag appended to the elements
     */
    public Builder addTag(@Nullable String tag) {
      if (this.tags == null) {
        this.tags = new ArrayList<>();
      }
      this.tags.add(tag);
      return this;
    }

    /**
     * Custom fields, as name=value; named like toString's local on purpose
     *
     * @param fields the elements, copied; {@code null} leaves the field out
     */
    @JsonProperty("fields")
    public Builder fields(@Nullable List<String> fields) {
      this.fields = fields == null ? null : new ArrayList<>(fields);
      return this;
    }

    /**
     * Custom fields, as name=value; named like toString's local on purpose
     *
     * @param fields the elements, copied; a {@code null} array counts as one {@code null} element, which
     *     {@link #build()} reports ({@code REQUIRED})
     */
    public Builder fields(@Nullable String @Nullable ... fields) {
      return fields(Arrays.asList(fields == null ? new String[] {null} : fields));
    }

    /**
     * Custom fields, as name=value; named like toString's local on purpose
     *
     * @param field appended to the elements
     */
    public Builder addField(@Nullable String field) {
      if (this.fields == null) {
        this.fields = new ArrayList<>();
      }
      this.fields.add(field);
      return this;
    }

    /**
     * Checks every documented rule and makes the value.
     *
     * @throws RequestValidationException listing every violation, each with its JSON path
     */
    public Order build() {
      Order value = new Order(this);
      Violations violations = new Violations();
      value.validateInto(violations);
      violations.throwIfAny("Order");
      return value;
    }

    /**
     * The value as it is, for a parent that validates it in place with its own JSON path.
     */
    Order buildUnvalidated() {
      return new Order(this);
    }

    /**
     * The fields that are set, by their JSON names (binary content by its size, never in full).
     */
    @Override
    public String toString() {
      StringJoiner joiner = new StringJoiner(", ", "Order.Builder{", "}");
      if (this.items != null) {
        joiner.add("items=" + this.items);
      }
      if (this.tags != null) {
        joiner.add("tags=" + this.tags);
      }
      if (this.fields != null) {
        joiner.add("fields=" + this.fields);
      }
      return joiner.toString();
    }
  }
}
