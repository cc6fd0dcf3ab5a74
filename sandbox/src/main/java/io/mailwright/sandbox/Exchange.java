package io.mailwright.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
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
 * headers; the request body is read within the size limit, and always drained before answering, so
 * that a client still sending a body it should not have sent gets the answer, not a reset connection.
 */
final class Exchange {
  /** A body larger than this is not drained: the connection is closed instead. */
  private static final long DRAIN_LIMIT = 256L * 1024 * 1024;

  private final HttpExchange http;
  private final String correlationId;
  private final ObjectMapper mapper;
  private final RateLimit rateLimit;
  private RateLimit.Window window;

  Exchange(HttpExchange http, String correlationId, ObjectMapper mapper, RateLimit rateLimit) {
    this.http = http;
    this.correlationId = correlationId;
    this.mapper = mapper;
    this.rateLimit = rateLimit;
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
   * The body, at most {@code max} bytes.
   *
   * @throws HttpError {@code 413} when the body is larger
   */
  byte[] body(long max) throws IOException {
    // The JDK's server has refused a Content-Length that is not a number.
    String length = header("Content-Length");
    if (length != null && Long.parseLong(length.trim()) > max) {
      throw tooLarge(max);
    }
    InputStream in = http.getRequestBody();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    int n;
    while ((n = in.read(buffer)) >= 0) {
      if (out.size() + (long) n > max) {
        throw tooLarge(max);
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  private static HttpError tooLarge(long max) {
    return HttpError.vnd(413, "Request too large: the sandbox accepts at most " + max + " bytes");
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

  /** Adds the headers every answer carries, drains what is left of the body, and answers. */
  private void send(int status, byte[] bytes) throws IOException {
    var headers = http.getResponseHeaders();
    headers.set("Correlation-Id", correlationId);
    RateLimit.Window figures = window != null ? window : rateLimit.peek();
    headers.set("X-RateLimit-Limit-Minute", Integer.toString(figures.limit()));
    headers.set("X-RateLimit-Remaining-Minute", Integer.toString(figures.remaining()));
    drain();
    http.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      try (OutputStream out = http.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  private void drain() {
    InputStream in = http.getRequestBody();
    byte[] buffer = new byte[8192];
    long drained = 0;
    try {
      int n;
      while (drained <= DRAIN_LIMIT && (n = in.read(buffer)) >= 0) {
        drained += n;
      }
    } catch (IOException e) {
      // The client stopped sending: it may still read the answer.
    }
    if (drained > DRAIN_LIMIT) {
      responseHeader("Connection", "close");
    }
  }
}
