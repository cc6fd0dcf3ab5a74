package io.mailwright.importer;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A reverse proxy on loopback in front of the sandbox that misbehaves on writes as a network and a
 * busy API do: it answers {@code 429} itself (the request never reaches the API), or lets the API
 * process the request and then closes the connection without a byte of answer.
 */
final class FaultyProxy implements AutoCloseable {
  enum Fault { NONE, RATE_LIMITED, DROP_ANSWER, DROP_REQUEST }

  /** Decides the fate of the n-th write (from 1). */
  interface Plan {
    Fault forWrite(int n);
  }

  private static final Set<String> HOP_BY_HOP = Set.of("connection", "content-length", "host", "transfer-encoding",
      "keep-alive", "expect", "upgrade");

  private final HttpServer server;
  private final ExecutorService workers = Executors.newFixedThreadPool(8);
  private final HttpClient upstream = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final String target;
  private final Plan plan;
  private final Runnable beforeEachWrite;
  final AtomicInteger writes = new AtomicInteger();
  final AtomicInteger rateLimited = new AtomicInteger();
  final AtomicInteger dropped = new AtomicInteger();

  FaultyProxy(String target, Plan plan, Runnable beforeEachWrite) throws IOException {
    this.target = target.endsWith("/") ? target.substring(0, target.length() - 1) : target;
    this.plan = plan;
    this.beforeEachWrite = beforeEachWrite;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    server.createContext("/", this::handle);
    server.setExecutor(workers);
    server.start();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
  }

  private void handle(HttpExchange exchange) throws IOException {
    byte[] body;
    try (InputStream in = exchange.getRequestBody()) {
      body = in.readAllBytes();
    }
    String method = exchange.getRequestMethod();
    boolean write = method.equals("POST") && exchange.getRequestURI().getPath().startsWith("/v2/conversations");
    Fault fault = Fault.NONE;
    if (write) {
      fault = plan.forWrite(writes.incrementAndGet());
      beforeEachWrite.run();
    }
    if (fault == Fault.RATE_LIMITED) {
      rateLimited.incrementAndGet();
      byte[] answer = "{\"message\":\"API rate limit exceeded\"}".getBytes();
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.getResponseHeaders().add("X-RateLimit-Retry-After", "1");
      exchange.sendResponseHeaders(429, answer.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(answer);
      }
      return;
    }
    if (fault == Fault.DROP_REQUEST) {
      dropped.incrementAndGet();
      // The request arrived whole but never reaches the API: the client cannot tell this from a lost answer.
      throw new IOException("request dropped on purpose");
    }
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target + exchange.getRequestURI()))
        .method(method, body.length == 0 ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
    for (Map.Entry<String, List<String>> h : exchange.getRequestHeaders().entrySet()) {
      if (!HOP_BY_HOP.contains(h.getKey().toLowerCase())) {
        for (String v : h.getValue()) {
          request.header(h.getKey(), v);
        }
      }
    }
    HttpResponse<byte[]> response;
    try {
      response = upstream.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
    if (fault == Fault.DROP_ANSWER && response.statusCode() / 100 == 2) {
      dropped.incrementAndGet();
      // The API processed the write; the answer is lost: the JDK server closes the connection.
      throw new IOException("answer dropped on purpose");
    }
    for (Map.Entry<String, List<String>> h : response.headers().map().entrySet()) {
      if (!HOP_BY_HOP.contains(h.getKey().toLowerCase()) && !h.getKey().startsWith(":")) {
        exchange.getResponseHeaders().put(h.getKey(), h.getValue());
      }
    }
    byte[] answer = response.body();
    exchange.sendResponseHeaders(response.statusCode(), answer.length == 0 ? -1 : answer.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(answer);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    workers.shutdownNow();
  }
}
