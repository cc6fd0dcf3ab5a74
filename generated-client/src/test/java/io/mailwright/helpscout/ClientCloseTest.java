package io.mailwright.helpscout;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code close()} gives back what the client took: the kept-alive connections are closed and the
 * threads of asynchronous calls end. An OkHttpClient the caller supplied is the caller's: it keeps
 * its connections and threads and goes on working.
 */
class ClientCloseTest {
  /** A keep-alive HTTP/1.1 server on a raw socket: answers 201 to each request, and sees each connection end. */
  private ServerSocket listener;
  private Thread acceptor;
  private final BlockingQueue<String> events = new LinkedBlockingQueue<>();

  @BeforeEach
  void start() throws IOException {
    listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    acceptor = new Thread(this::accept, "close-test-server");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  @AfterEach
  void stop() throws Exception {
    listener.close();
    acceptor.join(TimeUnit.SECONDS.toMillis(30));
  }

  @Test
  void closeClosesTheKeptAliveConnection() throws Exception {
    HelpScout client = client().build();
    client.threads().createNote(123, RuntimeFixtures.note());
    assertEquals("request", events.poll(30, TimeUnit.SECONDS));

    client.close();

    assertEquals("closed by client", events.poll(30, TimeUnit.SECONDS));
  }

  @Test
  void closeEndsTheThreadsOfAsynchronousCalls() throws Exception {
    Set<Thread> before = Thread.getAllStackTraces().keySet();
    HelpScout client = client().build();
    client.threads().createNoteAsync(123, RuntimeFixtures.note()).get(30, TimeUnit.SECONDS);
    // OkHttp names an idle dispatcher thread "OkHttp Dispatcher" (and after the URL while it runs a
    // call, which may outlast the future by a moment).
    List<Thread> started = List.of();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (started.isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(10);
      started = Thread.getAllStackTraces().keySet().stream()
          .filter(t -> !before.contains(t) && t.getName().equals("OkHttp Dispatcher")).toList();
    }
    assertFalse(started.isEmpty(), "an asynchronous call runs on a thread of the client's own");

    client.close();

    for (Thread t : started) {
      t.join(TimeUnit.SECONDS.toMillis(30));
    }
    assertEquals(List.of(), started.stream().filter(Thread::isAlive).map(Thread::getName).toList());
  }

  @Test
  void aCallersOwnOkHttpClientIsLeftWorking() throws Exception {
    OkHttpClient own = new OkHttpClient();
    try {
      HelpScout client = client().okHttpClient(own).build();
      client.threads().createNoteAsync(123, RuntimeFixtures.note()).get(30, TimeUnit.SECONDS);
      assertEquals("request", events.poll(30, TimeUnit.SECONDS));

      client.close();

      assertFalse(own.dispatcher().executorService().isShutdown(), "the caller's threads are the caller's");
      assertEquals(1, own.connectionPool().connectionCount(), "the caller's connection is still pooled");
      try (Response r = own.newCall(new Request.Builder().url("http://127.0.0.1:" + listener.getLocalPort() + "/ping")
          .build()).execute()) {
        assertEquals(201, r.code());
      }
      assertEquals("request", events.poll(30, TimeUnit.SECONDS));
      assertTrue(events.isEmpty(), "the same connection served both: " + events);
    } finally {
      own.dispatcher().executorService().shutdown();
      own.connectionPool().evictAll();
    }
  }

  private HelpScout.Builder client() {
    return HelpScout.builder()
        .baseUrl("http://127.0.0.1:" + listener.getLocalPort() + "/")
        .accessToken("test-token");
  }

  private void accept() {
    while (!listener.isClosed()) {
      try {
        Socket socket = listener.accept();
        Thread t = new Thread(() -> serve(socket), "close-test-connection");
        t.setDaemon(true);
        t.start();
      } catch (IOException e) {
        return;
      }
    }
  }

  /** The bodies here are JSON in ASCII: one character is one byte. */
  private static void skip(BufferedReader reader, long n) throws IOException {
    for (long i = 0; i < n; i++) {
      reader.read();
    }
  }

  private void serve(Socket socket) {
    try (socket) {
      socket.setSoTimeout((int) TimeUnit.SECONDS.toMillis(60));
      InputStream in = socket.getInputStream();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, US_ASCII));
      OutputStream out = socket.getOutputStream();
      while (true) {
        String line = reader.readLine();
        if (line == null) {
          events.add("closed by client");
          return;
        }
        long length = 0;
        boolean chunked = false;
        while (!line.isEmpty()) {
          String header = line.toLowerCase(Locale.ROOT);
          if (header.startsWith("content-length:")) {
            length = Long.parseLong(header.substring(15).trim());
          } else if (header.startsWith("transfer-encoding:") && header.contains("chunked")) {
            chunked = true;
          }
          line = reader.readLine();
        }
        if (chunked) {
          // The body is written while it is sent: chunks of hex size, then an empty chunk.
          for (long size = Long.parseLong(reader.readLine().trim(), 16); size > 0;
              size = Long.parseLong(reader.readLine().trim(), 16)) {
            skip(reader, size);
            reader.readLine();
          }
          reader.readLine();
        } else {
          skip(reader, length);
        }
        events.add("request");
        out.write("HTTP/1.1 201 Created\r\nResource-ID: 1\r\nContent-Length: 0\r\n\r\n".getBytes(US_ASCII));
        out.flush();
      }
    } catch (SocketTimeoutException e) {
      events.add("still open after 60 s");
    } catch (IOException e) {
      events.add("closed by client");   // a reset is an end too
    }
  }
}
