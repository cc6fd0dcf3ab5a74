package com.example.reads;

import io.mailwright.runtime.internal.Queries;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * The query parameters of {@code GET /books}, all optional. Make one with {@link #builder()}.
 */
@Generated("io.mailwright.processor.ClientProcessor")
public final class ListBooksQuery {
  private final Map<String, String> parameters;

  private ListBooksQuery(Builder builder) {
    this.parameters = Collections.unmodifiableMap(new LinkedHashMap<>(builder.parameters));
  }

  /**
   * A builder with no parameter set.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding these parameters.
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.parameters.putAll(parameters);
    return b;
  }

  /**
   * The parameters as they are sent: wire name to text, in the order they were set.
   */
  public Map<String, String> toQueryMap() {
    return parameters;
  }

  @Override
  public String toString() {
    return "ListBooksQuery" + parameters;
  }

  /**
   * Sets the parameters of a {@link ListBooksQuery}; a {@code null} or empty argument leaves one out.
   */
  public static final class Builder {
    private final Map<String, String> parameters = new LinkedHashMap<>();

    private Builder() {
    }

    /**
     * Shelves to look on
     *
     * <p>Sent as {@code shelf}.
     * Several values are joined by commas.
     */
    public Builder shelf(long @Nullable ... shelf) {
      return set("shelf", Queries.join(shelf));
    }

    /**
     * Tags, any of them
     *
     * <p>Sent as {@code tag}.
     * Several values are joined by commas.
     */
    public Builder tag(@Nullable String @Nullable ... tag) {
      return set("tag", Queries.join(tag));
    }

    /**
     * Which books
     *
     * <p>Sent as {@code availability}; when left out the API uses {@code all}.
     */
    public Builder availability(@Nullable Availability availability) {
      return set("availability", availability == null ? null : availability.wireValue());
    }

    /**
     * Only books changed after this
     *
     * <p>Sent as {@code modified_since}.
     * To the second, in UTC.
     */
    public Builder modifiedSince(@Nullable Instant modifiedSince) {
      return set("modified_since", Queries.instant(modifiedSince));
    }

    /**
     * Search text
     *
     * <p>Sent as {@code query}.
     */
    public Builder query(@Nullable String query) {
      return set("query", query);
    }

    /**
     * Only signed copies
     *
     * <p>Sent as {@code signed}.
     */
    public Builder signed(boolean signed) {
      return set("signed", Boolean.toString(signed));
    }

    /**
     * An author's id
     *
     * <p>Sent as {@code author}.
     */
    public Builder author(long author) {
      return set("author", Long.toString(author));
    }

    /**
     * Page number
     *
     * <p>Sent as {@code page}; when left out the API uses {@code 1}.
     */
    public Builder page(int page) {
      return set("page", Integer.toString(page));
    }

    private Builder set(String name, @Nullable String value) {
      if (value == null) {
        parameters.remove(name);
      } else {
        parameters.put(name, value);
      }
      return this;
    }

    /**
     * The query.
     */
    public ListBooksQuery build() {
      return new ListBooksQuery(this);
    }
  }
}
