package com.example.reads;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.mailwright.helpscout.runtime.Lenient;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * An author.
 *
 * <p>Read from the API's answer: immutable, read leniently (unknown fields ignored, unknown values kept,
 * {@code null} and absent alike). Absent values are {@code null}, absent lists empty.
 */
@Generated("io.mailwright.processor.ClientProcessor")
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
public final class Author {
  private final @Nullable Long id;

  private final @Nullable String name;

  @JsonCreator(
      mode = JsonCreator.Mode.PROPERTIES
  )
  private Author(@JsonProperty("id") @Nullable Object id,
      @JsonProperty("name") @Nullable Object name) {
    this.id = Lenient.toLong(id);
    this.name = Lenient.string(name);
  }

  /**
   * Author ID
   *
   * <p>{@code id}.
   */
  public @Nullable Long id() {
    return id;
  }

  /**
   * Name
   *
   * <p>{@code name}.
   */
  public @Nullable String name() {
    return name;
  }
}
