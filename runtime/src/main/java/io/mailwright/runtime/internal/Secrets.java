package io.mailwright.runtime.internal;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The credentials a client knows (its client secret, the access and refresh tokens it received or
 * sent, authorization codes), so that they can be cut out of anything a server or a proxy says back:
 * error messages, rejected values, body snippets, {@code error_description}, logged headers. A proxy
 * that echoes the request must not put a token into an exception message or the log.
 *
 * <p>Bounded: the client secret is kept for good, tokens only while they are among the
 * {@value #MAX_TOKENS} latest (older ones are expired or rotated away).
 */
final class Secrets {
  static final String MASK = "██";
  private static final int MAX_TOKENS = 16;
  /** Shorter values are not worth redacting (and would mangle unrelated text). */
  private static final int MIN_LENGTH = 4;

  private final Deque<String> tokens = new ArrayDeque<>();
  private volatile String[] snapshot = new String[0];
  private volatile String clientSecret;

  Secrets() {}

  /** Remembers the application's client secret. */
  void clientSecret(String secret) {
    if (secret != null && secret.length() >= MIN_LENGTH) {
      clientSecret = secret;
      refresh();
    }
  }

  /** Remembers a token (access, refresh, an authorization code). */
  void add(String token) {
    if (token == null || token.length() < MIN_LENGTH) {
      return;
    }
    for (String known : snapshot) {
      if (known.equals(token)) {
        return; // the common case, on every request: no lock
      }
    }
    synchronized (tokens) {
      if (tokens.contains(token)) {
        return;
      }
      tokens.addLast(token);
      while (tokens.size() > MAX_TOKENS) {
        tokens.removeFirst();
      }
    }
    refresh();
  }

  private void refresh() {
    synchronized (tokens) {
      String secret = clientSecret;
      String[] next = new String[tokens.size() + (secret == null ? 0 : 1)];
      int i = 0;
      if (secret != null) {
        next[i++] = secret;
      }
      for (String t : tokens) {
        next[i++] = t;
      }
      // Longest first: a token that contains another is cut whole.
      java.util.Arrays.sort(next, (a, b) -> Integer.compare(b.length(), a.length()));
      snapshot = next;
    }
  }

  /** The text with every known secret replaced by {@value #MASK}; {@code null} stays {@code null}. */
  String redact(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String out = text;
    for (String s : snapshot) {
      if (out.contains(s)) {
        out = out.replace(s, MASK);
      }
    }
    return out;
  }

  /**
   * The throwable itself when no message in its chain holds a secret; else a stand-in that keeps
   * the types' names, the redacted messages and the stack traces, so that a server's bytes quoted
   * by a low-level exception (an unexpected status line) cannot carry a credential out.
   */
  Throwable redact(Throwable t) {
    if (t == null || !holdsSecret(t)) {
      return t;
    }
    Throwable cause = redact(t.getCause() == t ? null : t.getCause());
    Redacted copy = new Redacted(t.getClass().getName() + ": " + redact(t.getMessage()), cause);
    copy.setStackTrace(t.getStackTrace());
    return copy;
  }

  private boolean holdsSecret(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
      String m = c.getMessage();
      if (m != null && !m.equals(redact(m))) {
        return true;
      }
    }
    return false;
  }

  /** A low-level exception whose message held a credential, with the credential cut out. */
  static final class Redacted extends java.io.IOException {
    private static final long serialVersionUID = 1L;

    Redacted(String message, Throwable cause) {
      super(message, cause);
    }
  }

  @Override
  public String toString() {
    return "Secrets[redacted]";
  }
}
