package io.mailwright.runtime;

import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * The result of a create: the new resource's id (the header the endpoint's model marks
 * {@code RESOURCE_ID}, Help Scout's {@code Resource-ID}; else the last segment of {@code Location}),
 * its {@code Location} and web location (the {@code WEB_LOCATION} header),
 * the response's correlation id and the rate-limit figures it carried.
 *
 * <p>A thread create may come back with neither header (the API only sends {@code Resource-ID}
 * since 2023): that is a success without an id.
 */
public final class Created {
  private final int status;
  private final Long id;
  private final String location;
  private final String webLocation;
  private final String correlationId;
  private final RateLimitStatus rateLimit;

  public Created(int status, Long id, String location, String webLocation, String correlationId,
      RateLimitStatus rateLimit) {
    this.status = status;
    this.id = id;
    this.location = location;
    this.webLocation = webLocation;
    this.correlationId = correlationId;
    this.rateLimit = rateLimit;
  }

  /** The new resource's id, when the response named it. */
  public OptionalLong id() {
    return id == null ? OptionalLong.empty() : OptionalLong.of(id);
  }

  /** The new resource's id; throws {@link IllegalStateException} when the response did not name it. */
  public long requireId() {
    if (id == null) {
      throw new IllegalStateException("the response named no id (no id header, no Location); correlation id "
          + correlationId);
    }
    return id;
  }

  /** The {@code Location} header: the API URL of the new resource, or {@code null}. */
  public @Nullable String location() {
    return location;
  }

  /** The web-location header: the new resource in the API's web application, or {@code null}. */
  public @Nullable String webLocation() {
    return webLocation;
  }

  /** The response's correlation-id header (as the API's model names it), or {@code null}. */
  public @Nullable String correlationId() {
    return correlationId;
  }

  /** The rate-limit figures of this response. */
  public RateLimitStatus rateLimit() {
    return rateLimit;
  }

  /** The HTTP status of the response (201 for a create). */
  public int status() {
    return status;
  }

  @Override
  public String toString() {
    return "Created{id=" + id + ", location=" + location + ", webLocation=" + webLocation + ", correlationId="
        + correlationId + "}";
  }
}
