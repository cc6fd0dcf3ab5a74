package io.mailwright.sandbox;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpPrincipal;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;

/**
 * A write's exchange that asks {@link Faults}, when the answer is about to be sent, whether to
 * drop it: a successful ({@code 2xx}) answer chosen to be dropped is never sent, and the handler
 * then closes the exchange before any header went out, which makes the JDK's server close the
 * connection. Everything else is the real exchange's.
 */
final class DroppingExchange extends HttpExchange {
  /** Thrown instead of answering; the handler treats it as a client that went away. */
  static final class Dropped extends IOException {
    private static final long serialVersionUID = 1L;

    Dropped() {
      super("answer dropped on purpose (fault injection)");
    }
  }

  private final HttpExchange http;
  private final Faults faults;

  DroppingExchange(HttpExchange http, Faults faults) {
    this.http = http;
    this.faults = faults;
  }

  @Override
  public void sendResponseHeaders(int status, long length) throws IOException {
    if (status >= 200 && status < 300 && faults.dropThisAnswer()) {
      throw new Dropped();
    }
    http.sendResponseHeaders(status, length);
  }

  @Override
  public Headers getRequestHeaders() {
    return http.getRequestHeaders();
  }

  @Override
  public Headers getResponseHeaders() {
    return http.getResponseHeaders();
  }

  @Override
  public URI getRequestURI() {
    return http.getRequestURI();
  }

  @Override
  public String getRequestMethod() {
    return http.getRequestMethod();
  }

  @Override
  public HttpContext getHttpContext() {
    return http.getHttpContext();
  }

  @Override
  public void close() {
    http.close();
  }

  @Override
  public InputStream getRequestBody() {
    return http.getRequestBody();
  }

  @Override
  public OutputStream getResponseBody() {
    return http.getResponseBody();
  }

  @Override
  public InetSocketAddress getRemoteAddress() {
    return http.getRemoteAddress();
  }

  @Override
  public int getResponseCode() {
    return http.getResponseCode();
  }

  @Override
  public InetSocketAddress getLocalAddress() {
    return http.getLocalAddress();
  }

  @Override
  public String getProtocol() {
    return http.getProtocol();
  }

  @Override
  public Object getAttribute(String name) {
    return http.getAttribute(name);
  }

  @Override
  public void setAttribute(String name, Object value) {
    http.setAttribute(name, value);
  }

  @Override
  public void setStreams(InputStream in, OutputStream out) {
    http.setStreams(in, out);
  }

  @Override
  public HttpPrincipal getPrincipal() {
    return http.getPrincipal();
  }
}
