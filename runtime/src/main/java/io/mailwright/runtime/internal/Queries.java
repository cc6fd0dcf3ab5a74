package io.mailwright.runtime.internal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.StringJoiner;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** How generated query types write their parameters: the text the API expects for each type. */
public final class Queries {
  private Queries() {}

  /**
   * An instant in the API's {@code yyyy-MM-dd'T'HH:mm:ss'Z'} form. A fraction of a second is cut:
   * the API compares to the second.
   */
  public static @Nullable String instant(@Nullable Instant instant) {
    return instant == null ? null : DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
  }

  /** Numbers joined by commas ({@code 1,2}); {@code null} (the parameter is left out) for none. */
  public static @Nullable String join(long @Nullable ... values) {
    if (values == null || values.length == 0) {
      return null;
    }
    StringJoiner j = new StringJoiner(",");
    for (long v : values) {
      j.add(Long.toString(v));
    }
    return j.toString();
  }

  /** Numbers joined by commas; {@code null} for none. */
  public static @Nullable String join(int @Nullable ... values) {
    if (values == null || values.length == 0) {
      return null;
    }
    StringJoiner j = new StringJoiner(",");
    for (int v : values) {
      j.add(Integer.toString(v));
    }
    return j.toString();
  }

  /** Texts joined by commas, {@code null} elements left out; {@code null} for none. */
  public static @Nullable String join(@Nullable String @Nullable ... values) {
    return join(values, Function.identity());
  }

  /** Values (of a value list: their wire text) joined by commas, {@code null} elements left out. */
  public static <E> @Nullable String join(@Nullable E @Nullable [] values, Function<? super E, String> wire) {
    if (values == null) {
      return null;
    }
    StringJoiner j = new StringJoiner(",");
    for (E v : values) {
      if (v != null) {
        j.add(wire.apply(v));
      }
    }
    return j.length() == 0 ? null : j.toString();
  }
}
