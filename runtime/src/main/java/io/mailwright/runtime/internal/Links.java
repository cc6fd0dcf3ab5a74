package io.mailwright.runtime.internal;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The HAL {@code _links} of a response: each relation's {@code href}. Read leniently: a relation
 * given as a list keeps its first link, anything that is not a link is left out. Generated response
 * types read their {@code @Link} fields from it.
 */
public final class Links {
  private static final Links NONE = new Links(Map.of());

  private final Map<String, String> hrefs;

  private Links(Map<String, String> hrefs) {
    this.hrefs = hrefs;
  }

  /** Reads the JSON object of {@code _links}. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static Links of(@Nullable Map<String, @Nullable Object> raw) {
    if (raw == null || raw.isEmpty()) {
      return NONE;
    }
    Map<String, String> hrefs = new HashMap<>();
    raw.forEach((rel, link) -> {
      Object first = link instanceof List<?> list && !list.isEmpty() ? list.get(0) : link;
      if (first instanceof Map<?, ?> m && m.get("href") instanceof String href) {
        hrefs.put(rel, href);
      }
    });
    return new Links(hrefs);
  }

  /** The {@code href} of a relation ({@code "self"}, {@code "next"}, {@code "web"}), or {@code null}. */
  public @Nullable String href(String rel) {
    return hrefs.get(rel);
  }

  /** The {@code href} of a relation of these links, which may be {@code null}. */
  public static @Nullable String href(@Nullable Links links, String rel) {
    return links == null ? null : links.href(rel);
  }
}
