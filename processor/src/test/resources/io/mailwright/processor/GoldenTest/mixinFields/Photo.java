package com.example.mixin;

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
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * A photo.
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
@JsonPropertyOrder({"url", "imported", "caption", "tags", "writtenAt"})
public final class Photo implements Validatable {
  private final @Nullable String url;

  private final @Nullable Boolean imported;

  private final @Nullable String caption;

  private final @Nullable List<String> tags;

  private final @Nullable String writtenAt;

  /**
   * The names of the fields JSON held that this type does not know; {@code null} when none.
   */
  private final @Nullable List<String> unknownJsonFields;

  private Photo(Builder builder) {
    this.url = builder.url;
    this.imported = builder.imported;
    this.caption = builder.caption;
    this.tags = builder.tags == null ? null : Collections.unmodifiableList(new ArrayList<>(builder.tags));
    this.writtenAt = builder.writtenAt;
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
   * Where the photo is
   *
   * <p>Required, not empty.
   */
  @JsonProperty("url")
  public @Nullable String url() {
    return url;
  }

  /**
   * Whether the entry is copied from another journal
   */
  @JsonProperty("imported")
  public @Nullable Boolean imported() {
    return imported;
  }

  /**
   * The caption
   */
  @JsonProperty("caption")
  public @Nullable String caption() {
    return caption;
  }

  /**
   * Labels of the entry
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
   * When it was first written
   *
   * <p>Sent as yyyy-MM-dd'T'HH:mm:ss'Z' (UTC, whole seconds). Only when imported is true.
   *
   * @return the instant, or {@code null} when absent (or, in a value read from JSON and not validated, not an
   *     instant)
   */
  public @Nullable Instant writtenAt() {
    return Formats.instantFromWire(writtenAt);
  }

  @JsonProperty("writtenAt")
  private @Nullable String writtenAtJson() {
    return writtenAt;
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
  public Photo requireValid() {
    Violations violations = new Violations();
    validateInto(violations);
    violations.throwIfAny("Photo");
    return this;
  }

  /**
   * This value, when {@link #validateStrict()} finds nothing: for a value read from JSON, with unknown fields
   * reported.
   *
   * @throws RequestValidationException listing every violation, unknown fields included
   */
  @Override
  public Photo requireValidStrict() {
    Violations violations = Violations.strict();
    validateInto(violations);
    violations.throwIfAny("Photo");
    return this;
  }

  void validateInto(Violations violations) {
    if (this.url == null) {
      violations.add("url", Rule.REQUIRED, "is required", null);
    } else if (this.url.isEmpty()) {
      violations.add("url", Rule.REQUIRED, "must not be empty", this.url);
    }
    if (this.tags != null) {
      for (int i = 0; i < this.tags.size(); i++) {
        String item = this.tags.get(i);
        if (item == null) {
          violations.add("tags", i, Rule.REQUIRED, "must not be null", null);
        }
      }
    }
    if (this.writtenAt != null && !Formats.isApiInstant(this.writtenAt)) {
      violations.add("writtenAt", Rule.INSTANT, "must be an instant in the form " + Formats.INSTANT_PATTERN + " (UTC, whole seconds), was '" + this.writtenAt + "'", this.writtenAt);
    }
    if (this.writtenAt != null && !Boolean.TRUE.equals(this.imported)) {
      violations.add("writtenAt", Rule.ONLY_WHEN, "only allowed when imported is true", null);
    }
    violations.unknownFields(this.unknownJsonFields);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Photo that
        && Objects.equals(this.url, that.url)
        && Objects.equals(this.imported, that.imported)
        && Objects.equals(this.caption, that.caption)
        && Objects.equals(this.tags, that.tags)
        && Objects.equals(this.writtenAt, that.writtenAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(url, imported, caption, tags, writtenAt);
  }

  /**
   * The fields that are set, by their JSON names (binary content by its size, never in full).
   */
  @Override
  public String toString() {
    StringJoiner joiner = new StringJoiner(", ", "Photo{", "}");
    if (this.url != null) {
      joiner.add("url=" + this.url);
    }
    if (this.imported != null) {
      joiner.add("imported=" + this.imported);
    }
    if (this.caption != null) {
      joiner.add("caption=" + this.caption);
    }
    if (this.tags != null) {
      joiner.add("tags=" + this.tags);
    }
    if (this.writtenAt != null) {
      joiner.add("writtenAt=" + this.writtenAt);
    }
    return joiner.toString();
  }

  /**
   * Jackson reads the fields into a builder; the value is not validated, see {@link #validate()}.
   */
  @JsonCreator(
      mode = JsonCreator.Mode.DELEGATING
  )
  private static Photo fromJson(Builder builder) {
    return builder.buildUnvalidated();
  }

  /**
   * The builder of {@link Photo}. Setting a field to {@code null} leaves it out of the request.
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
    private @Nullable String url;

    private @Nullable Boolean imported;

    private @Nullable String caption;

    private @Nullable List<String> tags;

    private @Nullable String writtenAt;

    private @Nullable List<String> unknownJsonFields;

    private Builder() {
    }

    private Builder(Photo source) {
      this.url = source.url;
      this.imported = source.imported;
      this.caption = source.caption;
      this.tags = source.tags == null ? null : new ArrayList<>(source.tags);
      this.writtenAt = source.writtenAt;
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
     * Where the photo is
     *
     * <p>Required, not empty.
     */
    @JsonProperty("url")
    public Builder url(@Nullable String url) {
      this.url = url;
      return this;
    }

    /**
     * Whether the entry is copied from another journal
     */
    @JsonProperty("imported")
    public Builder imported(@Nullable Boolean imported) {
      this.imported = imported;
      return this;
    }

    /**
     * The caption
     */
    @JsonProperty("caption")
    public Builder caption(@Nullable String caption) {
      this.caption = caption;
      return this;
    }

    /**
     * Labels of the entry
     *
     * @param tags the elements, copied; {@code null} leaves the field out
     */
    @JsonProperty("tags")
    public Builder tags(@Nullable List<String> tags) {
      this.tags = tags == null ? null : new ArrayList<>(tags);
      return this;
    }

    /**
     * Labels of the entry
     *
     * @param tags the elements, copied; a {@code null} array counts as one {@code null} element, which
     *     {@link #build()} reports ({@code REQUIRED})
     */
    public Builder tags(@Nullable String @Nullable ... tags) {
      return tags(Arrays.asList(tags == null ? new String[] {null} : tags));
    }

    /**
     * Labels of the entry
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
     * When it was first written
     *
     * <p>Sent as yyyy-MM-dd'T'HH:mm:ss'Z' (UTC, whole seconds). Only when imported is true.
     */
    public Builder writtenAt(@Nullable Instant writtenAt) {
      this.writtenAt = Formats.instantToWire(writtenAt);
      return this;
    }

    @JsonProperty("writtenAt")
    private Builder writtenAtJson(@Nullable String wire) {
      this.writtenAt = wire;
      return this;
    }

    /**
     * Checks every documented rule and makes the value.
     *
     * @throws RequestValidationException listing every violation, each with its JSON path
     */
    public Photo build() {
      Photo value = new Photo(this);
      Violations violations = new Violations();
      value.validateInto(violations);
      violations.throwIfAny("Photo");
      return value;
    }

    /**
     * The value as it is, for a parent that validates it in place with its own JSON path.
     */
    Photo buildUnvalidated() {
      return new Photo(this);
    }

    /**
     * The fields that are set, by their JSON names (binary content by its size, never in full).
     */
    @Override
    public String toString() {
      StringJoiner joiner = new StringJoiner(", ", "Photo.Builder{", "}");
      if (this.url != null) {
        joiner.add("url=" + this.url);
      }
      if (this.imported != null) {
        joiner.add("imported=" + this.imported);
      }
      if (this.caption != null) {
        joiner.add("caption=" + this.caption);
      }
      if (this.tags != null) {
        joiner.add("tags=" + this.tags);
      }
      if (this.writtenAt != null) {
        joiner.add("writtenAt=" + this.writtenAt);
      }
      return joiner.toString();
    }
  }
}
