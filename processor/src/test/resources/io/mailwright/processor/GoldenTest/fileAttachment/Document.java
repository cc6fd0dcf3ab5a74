package com.example.files;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.mailwright.helpscout.runtime.BinaryData;
import io.mailwright.helpscout.runtime.MimeTypes;
import io.mailwright.helpscout.runtime.RequestValidationException;
import io.mailwright.helpscout.runtime.Rule;
import io.mailwright.helpscout.runtime.Validatable;
import io.mailwright.helpscout.runtime.Violation;
import io.mailwright.helpscout.runtime.Violations;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * A document.
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
@JsonPropertyOrder({"name", "type", "content"})
public final class Document implements Validatable {
  private final @Nullable String name;

  private final @Nullable String type;

  private final @Nullable BinaryData content;

  /**
   * The names of the fields JSON held that this type does not know; {@code null} when none.
   */
  private final @Nullable List<String> unknownJsonFields;

  private Document(Builder builder) {
    this.name = builder.name;
    this.type = builder.type;
    this.content = builder.content;
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
   * The content of a file, read (and Base64-encoded) while the request is written: named after the file,
   * its mime type guessed from the name ({@link MimeTypes#guess}).
   *
   * @throws RequestValidationException when the file cannot be read
   */
  public static Document fromFile(@Nullable Path file) {
    return builder().file(file).build();
  }

  /**
   * The content of a file, read (and Base64-encoded) while the request is written: named after the file,
   * with the mime type given.
   *
   * @throws RequestValidationException when the file cannot be read
   */
  public static Document fromFile(@Nullable Path file, @Nullable String type) {
    return builder().type(type).file(file).build();
  }

  /**
   * Content in memory (copied), its mime type guessed from the file name ({@link MimeTypes#guess}).
   *
   * @throws RequestValidationException when a field is missing
   */
  public static Document of(@Nullable String fileName, byte @Nullable [] content) {
    return of(fileName, MimeTypes.guess(fileName), content);
  }

  /**
   * Content in memory (copied), with the mime type given.
   *
   * @throws RequestValidationException when a field is missing
   */
  public static Document of(@Nullable String fileName, @Nullable String type,
      byte @Nullable [] content) {
    return builder().name(fileName).type(type).content(content).build();
  }

  /**
   * The content of a stream that holds exactly {@code length} bytes, read once while the request is
   * written (so a request holding it is never sent twice); its mime type guessed from the file name. A stream shorter or longer than
   * {@code length} fails the call with a {@code TransportException} naming the attachment.
   *
   * @throws RequestValidationException when a field is missing
   */
  public static Document of(@Nullable String fileName, @Nullable InputStream content, long length) {
    return of(fileName, MimeTypes.guess(fileName), content, length);
  }

  /**
   * The content of a stream that holds exactly {@code length} bytes, read once while the request is
   * written (so a request holding it is never sent twice); with the mime type given. A stream shorter or longer than
   * {@code length} fails the call with a {@code TransportException} naming the attachment.
   *
   * @throws RequestValidationException when a field is missing
   */
  public static Document of(@Nullable String fileName, @Nullable String type,
      @Nullable InputStream content, long length) {
    return builder().name(fileName).type(type).content(content == null ? null : BinaryData.ofStream(content, length)).build();
  }

  /**
   * The file name
   *
   * <p>Required, not empty.
   */
  @JsonProperty("name")
  public @Nullable String name() {
    return name;
  }

  /**
   * The mime type
   *
   * <p>Required, not empty.
   */
  @JsonProperty("type")
  public @Nullable String type() {
    return type;
  }

  /**
   * The content
   *
   * <p>Required.
   */
  @JsonProperty("content")
  public @Nullable BinaryData content() {
    return content;
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
  public Document requireValid() {
    Violations violations = new Violations();
    validateInto(violations);
    violations.throwIfAny("Document");
    return this;
  }

  /**
   * This value, when {@link #validateStrict()} finds nothing: for a value read from JSON, with unknown fields
   * reported.
   *
   * @throws RequestValidationException listing every violation, unknown fields included
   */
  @Override
  public Document requireValidStrict() {
    Violations violations = Violations.strict();
    validateInto(violations);
    violations.throwIfAny("Document");
    return this;
  }

  void validateInto(Violations violations) {
    if (this.name == null) {
      violations.add("name", Rule.REQUIRED, "is required", null);
    } else if (this.name.isEmpty()) {
      violations.add("name", Rule.REQUIRED, "must not be empty", this.name);
    }
    if (this.type == null) {
      violations.add("type", Rule.REQUIRED, "is required", null);
    } else if (this.type.isEmpty()) {
      violations.add("type", Rule.REQUIRED, "must not be empty", this.type);
    }
    if (this.content == null) {
      violations.add("content", Rule.REQUIRED, "is required", null);
    } else {
      String contentProblem = this.content.problem();
      if (contentProblem != null) {
        violations.add("content", Rule.BASE64, contentProblem, null);
      }
    }
    violations.unknownFields(this.unknownJsonFields);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Document that
        && Objects.equals(this.name, that.name)
        && Objects.equals(this.type, that.type)
        && Objects.equals(this.content, that.content);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, type, content);
  }

  /**
   * The fields that are set, by their JSON names (binary content by its size, never in full).
   */
  @Override
  public String toString() {
    StringJoiner joiner = new StringJoiner(", ", "Document{", "}");
    if (this.name != null) {
      joiner.add("name=" + this.name);
    }
    if (this.type != null) {
      joiner.add("type=" + this.type);
    }
    if (this.content != null) {
      joiner.add("content=" + this.content);
    }
    return joiner.toString();
  }

  /**
   * Jackson reads the fields into a builder; the value is not validated, see {@link #validate()}.
   */
  @JsonCreator(
      mode = JsonCreator.Mode.DELEGATING
  )
  private static Document fromJson(Builder builder) {
    return builder.buildUnvalidated();
  }

  /**
   * The builder of {@link Document}. Setting a field to {@code null} leaves it out of the request.
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

    private @Nullable String type;

    private @Nullable BinaryData content;

    private @Nullable List<String> unknownJsonFields;

    private Builder() {
    }

    private Builder(Document source) {
      this.name = source.name;
      this.type = source.type;
      this.content = source.content;
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
     * The file name
     *
     * <p>Required, not empty.
     */
    @JsonProperty("name")
    public Builder name(@Nullable String name) {
      this.name = name;
      return this;
    }

    /**
     * The mime type
     *
     * <p>Required, not empty.
     */
    @JsonProperty("type")
    public Builder type(@Nullable String type) {
      this.type = type;
      return this;
    }

    /**
     * The content
     *
     * <p>Required.
     */
    public Builder content(@Nullable BinaryData content) {
      this.content = content;
      return this;
    }

    /**
     * The content
     *
     * <p>Required.
     *
     * @param bytes the content, copied; Base64-encoded when the request is written
     */
    public Builder content(byte @Nullable [] bytes) {
      this.content = bytes == null ? null : BinaryData.of(bytes);
      return this;
    }

    /**
     * The content
     *
     * <p>Required.
     *
     * @param base64 the content as Base64 text, as the API's JSON carries it
     */
    @JsonProperty("content")
    public Builder content(@Nullable String base64) {
      this.content = base64 == null ? null : BinaryData.ofBase64(base64);
      return this;
    }

    /**
     * Sends the content of a file, read while the request is written; sets the file name and the mime type
     * from the file's name unless they are set. A {@code null} file leaves the content out.
     */
    public Builder file(@Nullable Path file) {
      if (file == null) {
        this.content = null;
        return this;
      }
      this.content = BinaryData.ofFile(file);
      if (this.name == null) {
        this.name = file.getFileName().toString();
      }
      if (this.type == null) {
        this.type = MimeTypes.guess(this.name);
      }
      return this;
    }

    /**
     * Checks every documented rule and makes the value.
     *
     * @throws RequestValidationException listing every violation, each with its JSON path
     */
    public Document build() {
      Document value = new Document(this);
      Violations violations = new Violations();
      value.validateInto(violations);
      violations.throwIfAny("Document");
      return value;
    }

    /**
     * The value as it is, for a parent that validates it in place with its own JSON path.
     */
    Document buildUnvalidated() {
      return new Document(this);
    }

    /**
     * The fields that are set, by their JSON names (binary content by its size, never in full).
     */
    @Override
    public String toString() {
      StringJoiner joiner = new StringJoiner(", ", "Document.Builder{", "}");
      if (this.name != null) {
        joiner.add("name=" + this.name);
      }
      if (this.type != null) {
        joiner.add("type=" + this.type);
      }
      if (this.content != null) {
        joiner.add("content=" + this.content);
      }
      return joiner.toString();
    }
  }
}
