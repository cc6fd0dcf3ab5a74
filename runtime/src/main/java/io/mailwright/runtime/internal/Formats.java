package io.mailwright.runtime.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import org.jspecify.annotations.Nullable;

/** The text formats the API defines, checked by generated validation code. */
public final class Formats {
  /** The API's instant form, as the messages of the validation show it. */
  public static final String INSTANT_PATTERN = "yyyy-MM-dd'T'HH:mm:ss'Z'";

  private static final DateTimeFormatter INSTANT_FORMAT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'").withResolverStyle(ResolverStyle.STRICT);

  private Formats() {}

  /**
   * Writes an instant as the API's wire text. An instant with a fraction of a second is written
   * with its fraction (ISO-8601), which {@link #isApiInstant} then rejects: the client never drops
   * precision behind the caller's back.
   */
  public static @Nullable String instantToWire(@Nullable Instant instant) {
    return instant == null ? null : instant.toString();
  }

  /**
   * Reads wire text written as {@link #INSTANT_PATTERN}; {@code null} for {@code null}, and for text
   * that is no instant at all (possible only in a value read from JSON and not validated, whose
   * {@code validate()} reports it).
   */
  public static @Nullable Instant instantFromWire(@Nullable String wire) {
    if (wire == null) {
      return null;
    }
    try {
      return Instant.parse(wire);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** Whether the text is an instant in the API's {@code yyyy-MM-dd'T'HH:mm:ss'Z'} form (UTC, no fraction). */
  public static boolean isApiInstant(String s) {
    if (s.length() != 20 || s.charAt(19) != 'Z') {
      return false;
    }
    try {
      LocalDateTime.parse(s, INSTANT_FORMAT).toInstant(ZoneOffset.UTC);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  /**
   * Whether the text is an email address: a local part and a domain, no whitespace, no display
   * name. Deliberately as permissive as the addresses mail servers accept (a domain needs no dot,
   * the local part may hold any printable character but {@code @}, spaces and quotes); it catches
   * the mistakes a caller makes, not every RFC 5322 corner.
   */
  public static boolean isEmail(String s) {
    int at = s.lastIndexOf('@');
    if (at <= 0 || at > 64 || at == s.length() - 1 || s.length() > 254) {
      return false;
    }
    for (int i = 0; i < at; i++) {
      char c = s.charAt(i);
      if (c <= ' ' || c == '@' || c == '"' || c == '(' || c == ')' || c == ',' || c == ':'
          || c == ';' || c == '<' || c == '>' || c == '[' || c == ']' || c == '\\' || c == 127) {
        return false;
      }
    }
    if (s.charAt(0) == '.' || s.charAt(at - 1) == '.' || s.substring(0, at).contains("..")) {
      return false;
    }
    return isDomain(s, at + 1);
  }

  private static boolean isDomain(String s, int start) {
    int labelStart = start;
    for (int i = start; i <= s.length(); i++) {
      if (i == s.length() || s.charAt(i) == '.') {
        int len = i - labelStart;
        if (len == 0 || len > 63 || s.charAt(labelStart) == '-' || s.charAt(i - 1) == '-') {
          return false;
        }
        labelStart = i + 1;
      } else {
        char c = s.charAt(i);
        boolean ok = Character.isLetterOrDigit(c) || c == '-';
        if (!ok) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Whether the text is standard Base64 (RFC 4648 section 4): the alphabet {@code A-Z a-z 0-9 + /},
   * a length that is a multiple of four, and at most two {@code =} of padding at the end. The empty
   * text is valid (empty content).
   */
  public static boolean isBase64(CharSequence s) {
    int n = s.length();
    if (n % 4 != 0) {
      return false;
    }
    int pad = 0;
    if (n > 0 && s.charAt(n - 1) == '=') {
      pad++;
      if (s.charAt(n - 2) == '=') {
        pad++;
      }
    }
    for (int i = 0; i < n - pad; i++) {
      char c = s.charAt(i);
      boolean ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/';
      if (!ok) {
        return false;
      }
    }
    return true;
  }
}
