package io.mailwright.helpscout;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A server on a raw socket for byte-level misbehaviour: it reads each request (head and body), records
 * it, and hands the connection's output to a script, which writes whatever bytes it likes; the
 * connection is closed when the script returns.
 */
final class RawServer implements Closeable {
  /** What the server does once a request has arrived. */
  interface Script {
    void answer(int index, String requestLine, String body, OutputStream out) throws IOException;
  }

  private final ServerSocket server;
  private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "raw-server");
    t.setDaemon(true);
    return t;
  });
  private final Script script;
  final AtomicInteger requests = new AtomicInteger();
  final List<String> bodies = new CopyOnWriteArrayList<>();

  RawServer(Script script) throws IOException {
    this.script = script;
    this.server = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
    threads.execute(() -> {
      while (!server.isClosed()) {
        try {
          Socket s = server.accept();
          threads.execute(() -> serve(s));
        } catch (IOException e) {
          return;
        }
      }
    });
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getLocalPort() + "/";
  }

  private void serve(Socket socket) {
    try (socket) {
      InputStream in = socket.getInputStream();
      String requestLine = HostileServer.line(in);
      if (requestLine == null) {
        return;
      }
      Map<String, String> headers = new ConcurrentHashMap<>();
      for (String h = HostileServer.line(in); h != null && !h.isEmpty(); h = HostileServer.line(in)) {
        int colon = h.indexOf(':');
        headers.put(h.substring(0, colon).trim().toLowerCase(Locale.ROOT), h.substring(colon + 1).trim());
      }
      String body = HostileServer.body(in, headers);
      int index = requests.getAndIncrement();
      bodies.add(body);
      OutputStream out = socket.getOutputStream();
      script.answer(index, requestLine, body, out);
      out.flush();
    } catch (IOException e) {
      // the client went away
    }
  }

  @Override
  public void close() throws IOException {
    server.close();
    threads.shutdownNow();
  }
}
