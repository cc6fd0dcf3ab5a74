package io.mailwright.benchmarks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The minimal API of benchmarks 3 and 4: the JDK's HTTP server on 127.0.0.1, answering every
 * request with {@code 201} and a {@code Resource-ID}, after reading and discarding the body.
 */
public final class LoopbackServer implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService executor;
  private final AtomicLong bodyBytes = new AtomicLong();

  public LoopbackServer(int threads) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    executor = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "loopback-server");
      t.setDaemon(true);
      return t;
    });
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  private void handle(HttpExchange exchange) throws IOException {
    long n = 0;
    byte[] buffer = new byte[16 * 1024];
    try (InputStream in = exchange.getRequestBody()) {
      for (int r; (r = in.read(buffer)) >= 0; ) {
        n += r;
      }
    }
    bodyBytes.addAndGet(n);
    exchange.getResponseHeaders().set("Resource-ID", "4242");
    exchange.sendResponseHeaders(201, -1);
    exchange.close();
  }

  /** The base URL, with a trailing slash. */
  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
  }

  /** The request-body bytes received so far. */
  public long bodyBytes() {
    return bodyBytes.get();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
