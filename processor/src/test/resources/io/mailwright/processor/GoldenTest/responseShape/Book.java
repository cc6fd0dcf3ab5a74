package com.example.reads;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.mailwright.helpscout.runtime.Lenient;
import io.mailwright.helpscout.runtime.Links;
import java.time.Instant;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * A book as the API answers it.
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
public final class Book {
  private final Long id;

  private final Integer pageCount;

  private final String title;

  private final Boolean signed;

  private final Instant addedAt;

  private final String availability;

  private final Author author;

  private final List<String> tags;

  private final List<Long> shelves;

  private final List<Author> coauthors;

  private final List<Chapter> chapters;

  private final String webLink;

  @JsonCreator(
      mode = JsonCreator.Mode.PROPERTIES
  )
  private Book(@JsonProperty("id") Object id, @JsonProperty("pages") Object pageCount,
      @JsonProperty("title") Object title, @JsonProperty("signed") Object signed,
      @JsonProperty("addedAt") Object addedAt, @JsonProperty("availability") Object availability,
      @JsonProperty("author") Author author, @JsonProperty("tags") Object tags,
      @JsonProperty("shelves") Object shelves, @JsonProperty("coauthors") List<Author> coauthors,
      @JsonProperty("_embedded") Embedded halEmbedded, @JsonProperty("_links") Links halLinks) {
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
   * Book ID
   *
   * <p>{@code id}.
   */
  public Long id() {
    return id;
  }

  /**
   * Number of pages
   *
   * <p>{@code pages}.
   */
  public Integer pageCount() {
    return pageCount;
  }

  /**
   * Title
   *
   * <p>{@code title}.
   */
  public String title() {
    return title;
  }

  /**
   * Whether it is signed
   *
   * <p>{@code signed}.
   */
  public Boolean signed() {
    return signed;
  }

  /**
   * When it was added
   *
   * <p>{@code addedAt}.
   */
  public Instant addedAt() {
    return addedAt;
  }

  /**
   * Where it is
   *
   * <p>{@code availability}.
   *
   * @return the value, or {@code null} when absent or not one this client knows (then
   *     {@link #availabilityWireValue()} has it)
   */
  public Availability availability() {
    return Availability.fromWireValue(availability);
  }

  /**
   * {@code availability} as the API sent it, also a value this client does not know.
   */
  public String availabilityWireValue() {
    return availability;
  }

  /**
   * Who wrote it
   *
   * <p>{@code author}.
   */
  public Author author() {
    return author;
  }

  /**
   * Its tags
   *
   * <p>{@code tags}.
   */
  public List<String> tags() {
    return tags;
  }

  /**
   * Shelves it was on
   *
   * <p>{@code shelves}.
   */
  public List<Long> shelves() {
    return shelves;
  }

  /**
   * Other authors
   *
   * <p>{@code coauthors}.
   */
  public List<Author> coauthors() {
    return coauthors;
  }

  /**
   * The chapters, with embed=chapters
   *
   * <p>{@code _embedded.chapters}.
   */
  public List<Chapter> chapters() {
    return chapters;
  }

  /**
   * The book on the web
   *
   * <p>The {@code href} of {@code _links.web}.
   */
  public String webLink() {
    return webLink;
  }

  /**
   * HAL's {@code _embedded}.
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
  private static final class Embedded {
    private final List<Chapter> chapters;

    @JsonCreator(
        mode = JsonCreator.Mode.PROPERTIES
    )
    private Embedded(@JsonProperty("chapters") List<Chapter> chapters) {
      this.chapters = chapters;
    }
  }
}
