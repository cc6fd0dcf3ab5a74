package io.mailwright.sandbox;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The subset of Help Scout's search syntax (the {@code query} parameter of List Conversations and
 * List Customers) the sandbox understands:
 *
 * <pre>
 * query   = or
 * or      = and { "OR" and }
 * and     = not { "AND" not }
 * not     = [ "NOT" ] primary
 * primary = "(" or ")" | field ":" value
 * value   = "quoted text" | word | "[" bound "TO" bound "]"    (bound: an ISO-8601 instant or "*")
 * </pre>
 *
 * Operators are upper case, as in Help Scout; a field name is case-insensitive. Which fields a
 * resource knows, and what they mean, is the caller's {@link Fields}. Anything else is a
 * {@link IllegalArgumentException} with a message saying where, which the API answers with
 * {@code 400}.
 */
final class SearchQuery {
  /** One {@code field:value} term; {@code from}/{@code to} are set for a range ({@code null}: open end). */
  record Term(String field, String value, Instant from, Instant to, boolean range) {
    /** Whether an instant lies in this range, both ends inclusive. */
    boolean contains(Instant at) {
      return at != null && (from == null || !at.isBefore(from)) && (to == null || !at.isAfter(to));
    }
  }

  /** What a resource's query may name, and how a term matches one item. */
  interface Fields<T> {
    /** The known field names, lower case, and whether each takes a range. */
    Set<String> names();

    boolean isRange(String field);

    boolean matches(Term term, T item);
  }

  private final String text;
  private final List<String> tokens;
  private int position;

  private SearchQuery(String text) {
    this.text = text;
    this.tokens = tokenize(text);
  }

  /**
   * Parses a query into a test of items.
   *
   * @throws IllegalArgumentException when the query is not in the syntax above or names an unknown field
   */
  static <T> Predicate<T> parse(String query, Fields<T> fields) {
    SearchQuery q = new SearchQuery(query);
    if (q.tokens.isEmpty()) {
      throw new IllegalArgumentException("the query is empty");
    }
    Predicate<T> p = q.or(fields);
    if (q.position < q.tokens.size()) {
      throw q.error("unexpected '" + q.tokens.get(q.position) + "'");
    }
    return p;
  }

  private <T> Predicate<T> or(Fields<T> fields) {
    Predicate<T> p = and(fields);
    while (accept("OR")) {
      p = p.or(and(fields));
    }
    return p;
  }

  private <T> Predicate<T> and(Fields<T> fields) {
    Predicate<T> p = not(fields);
    while (accept("AND")) {
      p = p.and(not(fields));
    }
    return p;
  }

  private <T> Predicate<T> not(Fields<T> fields) {
    if (accept("NOT")) {
      return primary(fields).negate();
    }
    return primary(fields);
  }

  private <T> Predicate<T> primary(Fields<T> fields) {
    if (accept("(")) {
      Predicate<T> p = or(fields);
      expect(")");
      return p;
    }
    String token = next("a field:value term");
    int colon = token.indexOf(':');
    if (colon <= 0 || isSymbol(token)) {
      throw error("expected a field:value term, found '" + token + "'");
    }
    String field = token.substring(0, colon).toLowerCase(Locale.ROOT);
    if (!fields.names().contains(field)) {
      throw error("unknown field '" + token.substring(0, colon) + "'; the sandbox knows " + fields.names());
    }
    String rest = token.substring(colon + 1);
    Term term;
    if (fields.isRange(field)) {
      if (!rest.isEmpty() || !accept("[")) {
        throw error(field + " takes a range: " + field + ":[2019-01-01T00:00:00Z TO *]");
      }
      Instant from = bound(next("the start of the range"));
      expect("TO");
      Instant to = bound(next("the end of the range"));
      expect("]");
      term = new Term(field, null, from, to, true);
    } else {
      String value = rest.isEmpty() ? next("a value for " + field) : rest;
      if (isSymbol(value) || value.equals("\"")) {
        throw error("expected a value for " + field + ", found '" + value + "'");
      }
      if (value.startsWith("\"")) {
        if (value.length() < 2 || !value.endsWith("\"") || value.indexOf('"', 1) != value.length() - 1) {
          throw error("a quoted value must be one quoted string, found " + value);
        }
        value = value.substring(1, value.length() - 1);
      }
      term = new Term(field, value, null, null, false);
    }
    Term t = term;
    return item -> fields.matches(t, item);
  }

  private Instant bound(String token) {
    if (token.equals("*")) {
      return null;
    }
    String value = token.startsWith("\"") ? token.substring(1, token.length() - 1) : token;
    try {
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException e) {
      throw error("'" + value + "' is not an ISO-8601 date and time (2019-01-01T00:00:00Z) nor *");
    }
  }

  private boolean accept(String token) {
    if (position < tokens.size() && tokens.get(position).equals(token)) {
      position++;
      return true;
    }
    return false;
  }

  private void expect(String token) {
    if (!accept(token)) {
      throw error("expected '" + token + "'" + (position < tokens.size() ? ", found '" + tokens.get(position) + "'"
          : " at the end"));
    }
  }

  private String next(String what) {
    if (position >= tokens.size()) {
      throw error("expected " + what + " at the end");
    }
    return tokens.get(position++);
  }

  private static boolean isSymbol(String token) {
    return token.equals("(") || token.equals(")") || token.equals("[") || token.equals("]")
        || token.equals("AND") || token.equals("OR") || token.equals("NOT") || token.equals("TO");
  }

  private IllegalArgumentException error(String message) {
    return new IllegalArgumentException("Invalid query '" + text + "' (term " + (position) + "): " + message);
  }

  /**
   * Splits into parentheses, brackets, quoted strings (kept with their quotes, glued to a preceding
   * {@code field:}), and words. Typographic quotes count as quotes (Help Scout's own examples use them).
   */
  private static List<String> tokenize(String text) {
    List<String> tokens = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '(' || c == ')' || c == '[' || c == ']') {
        tokens.add(String.valueOf(c));
        i++;
      } else {
        StringBuilder word = new StringBuilder();
        while (i < text.length()) {
          c = text.charAt(i);
          if (isQuote(c)) {
            int end = i + 1;
            while (end < text.length() && !isQuote(text.charAt(end))) {
              end++;
            }
            if (end >= text.length()) {
              throw new IllegalArgumentException("Invalid query '" + text + "': a quote is not closed");
            }
            word.append('"').append(text, i + 1, end).append('"');
            i = end + 1;
          } else if (Character.isWhitespace(c) || c == '(' || c == ')' || c == '[' || c == ']') {
            break;
          } else {
            word.append(c);
            i++;
          }
        }
        tokens.add(word.toString());
      }
    }
    return tokens;
  }

  private static boolean isQuote(char c) {
    return c == '"' || c == '\u201c' || c == '\u201d';
  }
}
