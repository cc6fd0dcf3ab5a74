package com.example.path;

import io.mailwright.runtime.ClientBuilder;
import io.mailwright.runtime.RateLimitStatus;
import io.mailwright.runtime.internal.ApiClient;
import io.mailwright.runtime.internal.ApiProtocol;
import javax.annotation.processing.Generated;

/**
 * A client of Library API.
 *
 * <pre>{@code
 * Library client = Library.builder()
 *     .accessToken(token)
 *     .build();
 * Created created = client.shelves().locate(...);
 * }</pre>
 *
 * <p>Requests are validated before they are sent. A write is sent again only when the API certainly did
 * not process it (a {@code 429}, a {@code 401} after renewing the token, a connection that failed before
 * the request went out). Thread-safe: share one instance. Close it to release its connections.
 */
@Generated("io.mailwright.processor.ClientProcessor")
public final class Library implements AutoCloseable {
  /**
   * The production API.
   */
  public static final String DEFAULT_BASE_URL = "https://library.example.com/";

  /**
   * What the API says beyond HTTP, as the model declares it: for the runtime.
   */
  static final ApiProtocol PROTOCOL = ApiProtocol.builder(DEFAULT_BASE_URL)
    .build();

  private final ApiClient client;

  private final Shelves shelves;

  private final Books books;

  private Library(ApiClient client) {
    this.client = client;
    LibraryApi api = client.create(LibraryApi.class);
    this.shelves = new Shelves(client, api);
    this.books = new Books(client, api);
  }

  /**
   * A builder for a client of the production API; choose how it authenticates.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The shelves operations: {@code locate}.
   */
  public Shelves shelves() {
    return shelves;
  }

  /**
   * The books operations: {@code move}, {@code remove}.
   */
  public Books books() {
    return books;
  }

  /**
   * The account's rate limit as the latest response reported it.
   */
  public RateLimitStatus rateLimits() {
    return client.rateLimits();
  }

  /**
   * Releases the connections and threads of the HTTP client (unless the caller supplied it).
   */
  @Override
  public void close() {
    client.close();
  }

  /**
   * Options of a {@link Library}: see {@link ClientBuilder} for each.
   */
  public static final class Builder extends ClientBuilder<Builder, Library> {
    private Builder() {
      super(PROTOCOL);
    }

    @Override
    protected Library create(ApiClient client) {
      return new Library(client);
    }
  }
}
