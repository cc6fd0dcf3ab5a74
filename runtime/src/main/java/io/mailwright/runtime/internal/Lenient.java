package io.mailwright.runtime.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How generated response types read a field's JSON value: never failing. A value of the wrong kind
 * is absent ({@code null}), a number given as text is a number, text given as a number is text, an
 * instant is read in any ISO-8601 form the API has sent. Responses are never validated: a client
 * must keep working when the API adds fields and values.
 */
public final class Lenient {
  private Lenient() {}

  /** Text, or the text of a number or boolean; {@code null} for anything else. */
  public static @Nullable String string(@Nullable Object value) {
    if (value instanceof String s) {
      return s;
    }
    if (value instanceof Number || value instanceof Boolean) {
      return value.toString();
    }
    return null;
  }

  /** A whole number, from a JSON number or from text that holds one; {@code null} otherwise. */
  public static @Nullable Long toLong(@Nullable Object value) {
    if (value instanceof Long l) {
      return l;
    }
    if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return ((Number) value).longValue();
    }
    if (value instanceof Number n) {
      double d = n.doubleValue();
      return d == Math.rint(d) && !Double.isInfinite(d) ? (long) d : null;
    }
    if (value instanceof String s) {
      String t = s.trim();
      try {
        return Long.valueOf(t);
      } catch (NumberFormatException e) {
        try {
          return toLong(Double.valueOf(t));
        } catch (NumberFormatException e2) {
          return null;
        }
      }
    }
    return null;
  }

  /** As {@link #toLong}, within the range of an int; {@code null} otherwise. */
  public static @Nullable Integer toInteger(@Nullable Object value) {
    Long l = toLong(value);
    return l == null || l < Integer.MIN_VALUE || l > Integer.MAX_VALUE ? null : l.intValue();
  }

  /** A boolean, from JSON {@code true}/{@code false} or their text (any case); {@code null} otherwise. */
  public static @Nullable Boolean toBoolean(@Nullable Object value) {
    if (value instanceof Boolean b) {
      return b;
    }
    if (value instanceof String s) {
      String t = s.trim();
      if (t.equalsIgnoreCase("true")) {
        return Boolean.TRUE;
      }
      if (t.equalsIgnoreCase("false")) {
        return Boolean.FALSE;
      }
    }
    return null;
  }

  /**
   * An instant from ISO-8601 text: {@code 2019-01-15T18:27:24Z}, with a fraction, with an offset
   * ({@code +02:00}), without a zone (read as UTC) or a date alone (its start, UTC); a JSON number
   * is epoch seconds (milliseconds when it is larger than any date in seconds could be).
   * {@code null} for anything else.
   */
  public static @Nullable Instant toInstant(@Nullable Object value) {
    if (value instanceof Number n) {
      long v = n.longValue();
      return Math.abs(v) >= 100_000_000_000L ? Instant.ofEpochMilli(v) : Instant.ofEpochSecond(v);
    }
    if (!(value instanceof String s)) {
      return null;
    }
    String t = s.trim();
    try {
      return Instant.parse(t);
    } catch (DateTimeParseException e) {
      // not the plain UTC form: try the others
    }
    try {
      return OffsetDateTime.parse(t).toInstant();
    } catch (DateTimeParseException e) {
      // no offset
    }
    try {
      return LocalDateTime.parse(t).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      // no time
    }
    try {
      return LocalDate.parse(t).atStartOfDay().toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** A list of texts from a JSON array (elements that are not text are left out) or a single value. */
  public static List<String> strings(@Nullable Object value) {
    if (value instanceof List<?> list) {
      List<String> out = new ArrayList<>(list.size());
      for (Object o : list) {
        String s = string(o);
        if (s != null) {
          out.add(s);
        }
      }
      return Collections.unmodifiableList(out);
    }
    String s = string(value);
    return s == null ? List.of() : List.of(s);
  }

  /** A list of whole numbers from a JSON array (other elements left out) or a single value. */
  public static List<Long> longs(@Nullable Object value) {
    List<Long> out = new ArrayList<>();
    for (Object o : value instanceof List<?> list ? list : value == null ? List.of() : List.of(value)) {
      Long l = toLong(o);
      if (l != null) {
        out.add(l);
      }
    }
    return Collections.unmodifiableList(out);
  }

  /** A list of ints from a JSON array (other elements left out) or a single value. */
  public static List<Integer> integers(@Nullable Object value) {
    List<Integer> out = new ArrayList<>();
    for (Long l : longs(value)) {
      if (l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE) {
        out.add(l.intValue());
      }
    }
    return Collections.unmodifiableList(out);
  }

  /** A list read from JSON, without its {@code null} elements; empty when absent. */
  public static <T> List<T> list(@Nullable List<@Nullable T> value) {
    if (value == null || value.isEmpty()) {
      return List.of();
    }
    List<T> out = new ArrayList<>(value.size());
    for (T t : value) {
      if (t != null) {
        out.add(t);
      }
    }
    return Collections.unmodifiableList(out);
  }
}
