package com.example.reads;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mailwright.runtime.internal.GeneratedJson;
import io.mailwright.runtime.internal.Lenient;
import io.mailwright.runtime.internal.Links;
import java.time.Instant;
import java.util.List;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * A book as the API answers it.
 *
 * <p>Read from the API's answer: immutable, read leniently (unknown fields ignored, unknown values kept,
 * {@code null} and absent alike). Absent values are {@code null}, absent lists empty.
 */
@Generated("io.mailwright.processor.ClientProcessor")
@GeneratedJson
public final class Book {
  private final @Nullable Long id;

  private final @Nullable Integer pageCount;

  private final @Nullable String title;

  private final @Nullable Boolean signed;

  private final @Nullable Instant addedAt;

  private final @Nullable String availability;

  private final @Nullable Author author;

  private final List<String> tags;

  private final List<Long> shelves;

  private final List<Author> coauthors;

  private final List<Chapter> chapters;

  private final @Nullable String webLink;

  @GeneratedJson.FromProperties
  private Book(@JsonProperty("id") @Nullable Object id,
      @JsonProperty("pages") @Nullable Object pageCount,
      @JsonProperty("title") @Nullable Object title,
      @JsonProperty("signed") @Nullable Object signed,
      @JsonProperty("addedAt") @Nullable Object addedAt,
      @JsonProperty("availability") @Nullable Object availability,
      @JsonProperty("author") @Nullable Author author, @JsonProperty("tags") @Nullable Object tags,
      @JsonProperty("shelves") @Nullable Object shelves,
      @JsonProperty("coauthors") @Nullable List<Author> coauthors,
      @JsonProperty("_embedded") @Nullable Embedded halEmbedded,
      @JsonProperty("_links") @Nullable Links halLinks) {
    this.id = Lenient.toLong(id);
    this.pageCount = Lenient.toInteger(pageCount);
    this.title = Lenient.string(title);
    this.signed = Lenient.toBoolean(signed);
    this.addedAt = Lenient.toInstant(addedAt);
    this.availability = Lenient.string(availability);
    this.author = author;
    this.tags = Lenient.strings(tags);
    this.shelves = Lenient.longs(shelves);
    this.coauthors = Lenient.list(coauthors);
    this.chapters = halEmbedded == null ? List.of() : Lenient.list(halEmbedded.chapters);
    this.webLink = Links.href(halLinks, "web");
  }

  /**
   * Book ID ({@code id}).
   */
  public @Nullable Long id() {
    return id;
  }

  /**
   * Number of pages ({@code pages}).
   */
  public @Nullable Integer pageCount() {
    return pageCount;
  }

  /**
   * Title ({@code title}).
   */
  public @Nullable String title() {
    return title;
  }

  /**
   * Whether it is signed ({@code signed}).
   */
  public @Nullable Boolean signed() {
    return signed;
  }

  /**
   * When it was added ({@code addedAt}).
   */
  public @Nullable Instant addedAt() {
    return addedAt;
  }

  /**
   * Where it is ({@code availability}).
   */
  public @Nullable Availability availability() {
    return Availability.fromWireValue(availability);
  }

  /**
   * {@code availability} as the API sent it, also a value this client does not know
   * (then {@link #availability()} is {@code null}).
   */
  public @Nullable String availabilityWireValue() {
    return availability;
  }

  /**
   * Who wrote it ({@code author}).
   */
  public @Nullable Author author() {
    return author;
  }

  /**
   * Its tags ({@code tags}).
   */
  public List<String> tags() {
    return tags;
  }

  /**
   * Shelves it was on ({@code shelves}).
   */
  public List<Long> shelves() {
    return shelves;
  }

  /**
   * Other authors ({@code coauthors}).
   */
  public List<Author> coauthors() {
    return coauthors;
  }

  /**
   * The chapters, with embed=chapters ({@code _embedded.chapters}).
   */
  public List<Chapter> chapters() {
    return chapters;
  }

  /**
   * The book on the web (the {@code href} of {@code _links.web}).
   */
  public @Nullable String webLink() {
    return webLink;
  }

  /**
   * HAL's {@code _embedded}.
   */
  @GeneratedJson
  private static final class Embedded {
    private final @Nullable List<Chapter> chapters;

    @GeneratedJson.FromProperties
    private Embedded(@JsonProperty("chapters") @Nullable List<Chapter> chapters) {
      this.chapters = chapters;
    }
  }
}
