package io.mailwright.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One request and its answer. Every answer carries {@code Correlation-Id} and the rate-limit
 * headers. The body is read as a stream, at most the size limit of it: a declared
 * {@code Content-Length} over the limit is refused with {@code 413} before a byte of the body is
 * read. Before any other answer, what is left of a body within the limit is drained, so that a
 * client still sending gets the answer and not a reset connection; a body over the limit is not
 * drained, the answer says {@code Connection: close} and the connection is closed after it. Reading
 * and writing run under the request's {@link Deadlines}.
 */
final class Exchange {
  private final HttpExchange http;
  private final String correlationId;
  private final ObjectMapper mapper;
  private final RateLimit rateLimit;
  private final long maxBody;
  private RateLimit.Window window;
  /** Set when the body is not to be read any further: the connection closes after the answer. */
  private boolean abandonBody;
  /** Set when the connection is to close after the answer. */
  private boolean closeAfter;

  /** Asked before a successful answer is sent whether to drop it; {@code null} when the request is no write. */
  private final Faults faults;

  Exchange(HttpExchange http, String correlationId, ObjectMapper mapper, RateLimit rateLimit, long maxBody,
      Faults faults) {
    this.http = http;
    this.faults = faults;
    this.correlationId = correlationId;
    this.mapper = mapper;
    this.rateLimit = rateLimit;
    this.maxBody = maxBody;
  }

  String method() {
    return http.getRequestMethod();
  }

  String path() {
    return http.getRequestURI().getRawPath();
  }

  String header(String name) {
    return http.getRequestHeaders().getFirst(name);
  }

  String correlationId() {
    return correlationId;
  }

  /** The base URL as the client addressed the sandbox, for {@code Location} headers and links. */
  String baseUrl(String fallback) {
    String host = header("Host");
    return host == null || host.isBlank() ? fallback : "http://" + host + "/";
  }

  /** The query's parameters (the first value of each); the JDK's server has refused malformed ones. */
  Map<String, String> query() {
    return parseForm(http.getRequestURI().getRawQuery());
  }

  /** The raw query string, {@code null} when none. */
  String rawQuery() {
    return http.getRequestURI().getRawQuery();
  }

  /** The rate-limit figures after this request was counted; the headers show them (else the current ones). */
  void rateLimitWindow(RateLimit.Window window) {
    this.window = window;
  }

  /** The media type of the body, lower case, without parameters; {@code null} when none was given. */
  String mediaType() {
    String type = header("Content-Type");
    if (type == null) {
      return null;
    }
    int semicolon = type.indexOf(';');
    return (semicolon < 0 ? type : type.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
  }

  /**
   * The body as a stream of at most the size limit: reading past the limit throws
   * {@link BodyTooLarge}. Read it to its end, then call {@link #bodyRead()}.
   *
   * @throws HttpError {@code 413} at once when the declared {@code Content-Length} is over the limit
   */
  InputStream body() {
    // The JDK's server has refused a Content-Length that is not a number, or is negative.
    String length = header("Content-Length");
    if (length != null && Long.parseLong(length.trim()) > maxBody) {
      throw tooLarge();
    }
    return new LimitedInputStream(http.getRequestBody(), maxBody);
  }

  /** The body has been read: its read deadline ends. */
  void bodyRead() throws IOException {
    Deadlines.readDone();
  }

  /** The body, whole (for the token endpoint's small forms): at most the size limit. */
  byte[] bodyBytes() throws IOException {
    try (InputStream in = body()) {
      byte[] bytes = in.readAllBytes();
      bodyRead();
      return bytes;
    } catch (BodyTooLarge e) {
      throw tooLarge();
    }
  }

  /** {@code 413}; the rest of the body is not read, and the connection closes after the answer. */
  HttpError tooLarge() {
    abandonBody = true;
    return HttpError.vnd(413, "Request too large: the sandbox accepts at most " + maxBody + " bytes");
  }

  /** Thrown instead of a successful write's answer chosen to be dropped; handled as a client that went away. */
  static final class Dropped extends IOException {
    private static final long serialVersionUID = 1L;

    Dropped() {
      super("answer dropped on purpose (fault injection)");
    }
  }

  /** The body went past the size limit while it was read. */
  static final class BodyTooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    BodyTooLarge(long max) {
      super("the body is larger than " + max + " bytes");
    }
  }

  /**
   * Counts what is read and refuses to go past the limit; closing it does not close the request's
   * stream. Every read (a single byte, {@code skip}, {@code readAllBytes}) goes through the counted
   * {@link #read(byte[], int, int)}.
   */
  private static final class LimitedInputStream extends InputStream {
    private final InputStream in;
    private final long max;
    private long count;

    LimitedInputStream(InputStream in, long max) {
      this.in = in;
      this.max = max;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      // Ask for one byte past the limit at most, to see that there is one without reading on.
      int n = in.read(b, off, (int) Math.min(len, max - count + 1));
      if (n > 0) {
        count += n;
        if (count > max) {
          throw new BodyTooLarge(max);
        }
      }
      return n;
    }

    @Override
    public void close() {
      // The exchange closes the request's stream once it has answered.
    }
  }

  /**
   * Form parameters ({@code application/x-www-form-urlencoded}), the first value of each.
   *
   * @throws IllegalArgumentException when they are not URL-encoded
   */
  static Map<String, String> parseForm(String raw) {
    Map<String, String> values = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return values;
    }
    for (String pair : raw.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      values.putIfAbsent(name, value);
    }
    return values;
  }

  void sendJson(int status, String contentType, JsonNode body) throws IOException {
    byte[] bytes = mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(body);
    http.getResponseHeaders().set("Content-Type", contentType + ";charset=UTF-8");
    send(status, bytes);
  }

  /** An answer without a body; Help Scout labels its empty 201s {@code text/plain}. */
  void sendEmpty(int status) throws IOException {
    http.getResponseHeaders().set("Content-Type", "text/plain");
    send(status, new byte[0]);
  }

  void responseHeader(String name, String value) {
    http.getResponseHeaders().set(name, value);
  }

  void sendError(HttpError error) throws IOException {
    error.headers.forEach(this::responseHeader);
    sendJson(error.status, error.contentType, error.body.apply(correlationId));
  }

  /**
   * Adds the headers every answer carries, drains what is left of a body within the limit (a body
   * over it is left unread and the connection closed after the answer), and answers.
   */
  private void send(int status, byte[] bytes) throws IOException {
    Deadlines.writing();
    var headers = http.getResponseHeaders();
    headers.set("Correlation-Id", correlationId);
    // After a failure of the sandbox, nothing that may have failed (the clock) is asked again.
    RateLimit.Window figures = window != null ? window : closeAfter ? null : rateLimit.peek();
    if (figures != null) {
      headers.set("X-RateLimit-Limit-Minute", Integer.toString(figures.limit()));
      headers.set("X-RateLimit-Remaining-Minute", Integer.toString(figures.remaining()));
    }
    if (abandonBody || !drain() || closeAfter) {
      responseHeader("Connection", "close");
    }
    if (faults != null && status / 100 == 2 && faults.dropThisAnswer()) {
      // Not a byte of the answer goes out: the handler closes the exchange, and the JDK's server the connection.
      throw new Dropped();
    }
    http.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      try (OutputStream out = http.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  /**
   * An answer after a failure of the sandbox itself: the connection closes after it, since the
   * failure may have left it in any state. What is left of a body within the limit is drained first
   * (into a small buffer, even when the heap is exhausted), so that the client reads the answer
   * instead of a reset.
   */
  void sendFailure(HttpError error) throws IOException {
    closeAfter = true;
    sendError(error);
  }

  /** Reads what is left of the body, within the limit; whether it was all read. */
  private boolean drain() {
    String length = header("Content-Length");
    if (length != null && Long.parseLong(length.trim()) > maxBody) {
      return false;
    }
    InputStream in = http.getRequestBody();
    byte[] buffer = new byte[8192];
    long drained = 0;
    try {
      int n;
      while ((n = in.read(buffer)) >= 0) {
        drained += n;
        if (drained > maxBody) {
          return false;
        }
      }
      return true;
    } catch (IOException e) {
      // The client stopped sending: it may still read the answer.
      return false;
    }
  }
}
