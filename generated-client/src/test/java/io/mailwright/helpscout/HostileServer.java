package io.mailwright.helpscout;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Help Scout that misbehaves on purpose, over raw sockets on 127.0.0.1 (HTTP/1.1 written by hand,
 * so that a body can be cut mid-way or a connection dropped at any byte). It serves the token
 * endpoint (client credentials) and Create Note, records which write ids it processed and how often,
 * and injects faults in the shares it is given:
 *
 * <ul>
 *   <li>{@link Fault#RATE_LIMITED}: {@code 429} with {@code X-RateLimit-Retry-After: 0}; not processed.
 *   <li>{@link Fault#TOKENS_EXPIRED}: every token it issued dies at once, {@code 401}; not processed.
 *   <li>{@link Fault#DROP_BEFORE_PROCESSING}: the request is read, then the connection is reset
 *       instead of answered; not processed.
 *   <li>{@link Fault#DROP_AFTER_PROCESSING}: processed, then the connection closed with no answer.
 *   <li>{@link Fault#CUT_502}: processed, then a {@code 502} whose body breaks off (a declared length
 *       not delivered, or a broken chunked encoding).
 *   <li>{@link Fault#IDLE_CLOSE}: a keep-alive connection left idle is closed after a short while,
 *       as servers do; a request racing the close finds it dead.
 * </ul>
 *
 * <p>A write's id is the {@code [w-N]} its note text carries.
 */
final class HostileServer implements Closeable {
  enum Fault { RATE_LIMITED, TOKENS_EXPIRED, DROP_BEFORE_PROCESSING, DROP_AFTER_PROCESSING, CUT_502, IDLE_CLOSE }

  private static final Pattern WRITE_ID = Pattern.compile("\\[(w-[0-9]+)]");

  private final ServerSocket server;
  private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "hostile-server");
    t.setDaemon(true);
    return t;
  });
  private final Random random;
  private final Set<String> validTokens = ConcurrentHashMap.newKeySet();
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private final AtomicInteger issued = new AtomicInteger();

  /** How often each write id was processed (a note created). */
  final Map<String, AtomicInteger> processed = new ConcurrentHashMap<>();
  /** The write ids of the requests reset by {@link Fault#DROP_BEFORE_PROCESSING}. */
  final Set<String> droppedBeforeProcessing = ConcurrentHashMap.newKeySet();
  /** How often a request of each write id arrived whole, processed or not. */
  final Map<String, AtomicInteger> arrived = new ConcurrentHashMap<>();
  /** How many requests arrived (head read), token requests included. */
  final AtomicInteger requests = new AtomicInteger();
  final AtomicInteger tokenRequests = new AtomicInteger();
  final Map<Fault, AtomicInteger> injected = new EnumMap<>(Fault.class);
  private final Map<Fault, Double> shares = new EnumMap<>(Fault.class);
  /** Longest idle time of a keep-alive connection before the server closes it, when IDLE_CLOSE is on. */
  volatile int idleCloseMaxMillis = 200;
  /** Shortest idle time before such a close. */
  volatile int idleCloseMinMillis = 1;

  HostileServer(long seed) throws IOException {
    this.random = new Random(seed);
    for (Fault f : Fault.values()) {
      injected.put(f, new AtomicInteger());
      shares.put(f, 0.0);
    }
    server = new ServerSocket(0, 200, InetAddress.getByName("127.0.0.1"));
    threads.execute(this::accept);
  }

  /** Injects {@code fault} into this share (0 to 1) of the writes (for IDLE_CLOSE: of idle periods). */
  HostileServer fault(Fault fault, double share) {
    shares.put(fault, share);
    return this;
  }

  /** Takes this bearer token as valid (a client with a fixed token needs no token request). */
  HostileServer acceptToken(String token) {
    validTokens.add(token);
    return this;
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getLocalPort() + "/";
  }

  int processedCount(String id) {
    AtomicInteger n = processed.get(id);
    return n == null ? 0 : n.get();
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket s = server.accept();
        open.add(s);
        threads.execute(() -> serve(s));
      } catch (IOException e) {
        return;
      }
    }
  }

  private boolean roll(Fault fault) {
    double share = shares.get(fault);
    if (share <= 0) {
      return false;
    }
    synchronized (random) {
      return random.nextDouble() < share;
    }
  }

  private int idleMillis() {
    synchronized (random) {
      int min = Math.max(1, idleCloseMinMillis);
      return min + random.nextInt(Math.max(1, idleCloseMaxMillis - min + 1));
    }
  }

  private void serve(Socket socket) {
    try (socket) {
      InputStream in = socket.getInputStream();
      OutputStream out = socket.getOutputStream();
      boolean idleClose = false;
      while (true) {
        socket.setSoTimeout(idleClose ? idleMillis() : 60_000);
        String requestLine;
        try {
          requestLine = line(in);
        } catch (SocketTimeoutException e) {
          if (idleClose) {
            injected.get(Fault.IDLE_CLOSE).incrementAndGet();
          }
          return; // an idle keep-alive connection: closed, as servers do
        }
        if (requestLine == null) {
          return;
        }
        socket.setSoTimeout(60_000);
        Map<String, String> headers = new ConcurrentHashMap<>();
        for (String h = line(in); h != null && !h.isEmpty(); h = line(in)) {
          int colon = h.indexOf(':');
          headers.put(h.substring(0, colon).trim().toLowerCase(Locale.ROOT), h.substring(colon + 1).trim());
        }
        requests.incrementAndGet();
        String[] parts = requestLine.split(" ");
        String path = parts.length > 1 ? parts[1] : "/";
        boolean write = parts[0].equals("POST") && !path.endsWith("/v2/oauth2/token");
        String body = body(in, headers);
        if (write) {
          Matcher m = WRITE_ID.matcher(body);
          if (m.find()) {
            arrived.computeIfAbsent(m.group(1), k -> new AtomicInteger()).incrementAndGet();
          }
        }
        if (write && roll(Fault.DROP_BEFORE_PROCESSING)) {
          injected.get(Fault.DROP_BEFORE_PROCESSING).incrementAndGet();
          Matcher m = WRITE_ID.matcher(body);
          if (m.find()) {
            droppedBeforeProcessing.add(m.group(1));
          }
          socket.setSoLinger(true, 0); // a reset instead of an answer; nothing processed
          return;
        }
        if (path.endsWith("/v2/oauth2/token")) {
          tokenRequests.incrementAndGet();
          String token = "tok-" + issued.incrementAndGet();
          validTokens.add(token);
          respond(out, 200, "OK", "Content-Type: application/json\r\n",
              "{\"token_type\":\"bearer\",\"access_token\":\"" + token + "\",\"expires_in\":7200}");
        } else if (!write) {
          respond(out, 404, "Not Found", "Content-Type: application/json\r\n", "{\"message\":\"Not Found\"}");
        } else {
          String auth = headers.getOrDefault("authorization", "");
          if (!auth.startsWith("Bearer ") || !validTokens.contains(auth.substring(7))) {
            respond(out, 401, "Unauthorized", "Content-Type: application/json\r\n", "{\"message\":\"Unauthorized\"}");
          } else if (roll(Fault.TOKENS_EXPIRED)) {
            injected.get(Fault.TOKENS_EXPIRED).incrementAndGet();
            validTokens.clear();
            respond(out, 401, "Unauthorized", "Content-Type: application/json\r\n", "{\"message\":\"Unauthorized\"}");
          } else if (roll(Fault.RATE_LIMITED)) {
            injected.get(Fault.RATE_LIMITED).incrementAndGet();
            respond(out, 429, "Too Many Requests", "X-RateLimit-Retry-After: 0\r\nContent-Type: application/json\r\n",
                "{\"message\":\"API rate limit exceeded\"}");
          } else {
            Matcher m = WRITE_ID.matcher(body);
            String id = m.find() ? m.group(1) : "unknown";
            processed.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
            if (roll(Fault.DROP_AFTER_PROCESSING)) {
              injected.get(Fault.DROP_AFTER_PROCESSING).incrementAndGet();
              return;
            }
            if (roll(Fault.CUT_502)) {
              int n = injected.get(Fault.CUT_502).incrementAndGet();
              String head = n % 2 == 0
                  ? "HTTP/1.1 502 Bad Gateway\r\nContent-Type: text/html\r\nContent-Length: 5000\r\n\r\n<html><body>Bad Gat"
                  : "HTTP/1.1 502 Bad Gateway\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n"
                      + "13\r\n<html><body>Bad Gat\r\nzz-not-a-chunk-size\r\n";
              out.write(head.getBytes(StandardCharsets.ISO_8859_1));
              out.flush();
              return;
            }
            respond(out, 201, "Created", "Resource-ID: " + id.substring(2) + "\r\n", "");
          }
        }
        idleClose = roll(Fault.IDLE_CLOSE);
      }
    } catch (IOException e) {
      // the client went away: nothing to answer
    } finally {
      open.remove(socket);
    }
  }

  private static void respond(OutputStream out, int status, String reason, String headers, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    out.write(("HTTP/1.1 " + status + " " + reason + "\r\n" + headers + "Content-Length: " + bytes.length + "\r\n\r\n")
        .getBytes(StandardCharsets.ISO_8859_1));
    out.write(bytes);
    out.flush();
  }

  /** A CRLF-terminated line, or null at the end of the stream. */
  static String line(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int c;
    while ((c = in.read()) != -1) {
      if (c == '\n') {
        String s = line.toString(StandardCharsets.ISO_8859_1);
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
      }
      line.write(c);
    }
    return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
  }

  static String body(InputStream in, Map<String, String> headers) throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
      while (true) {
        String size = line(in);
        if (size == null) {
          throw new IOException("body cut");
        }
        int n = Integer.parseInt(size.split(";")[0].trim(), 16);
        if (n == 0) {
          for (String t = line(in); t != null && !t.isEmpty(); t = line(in)) {
            // trailers
          }
          break;
        }
        body.write(in.readNBytes(n));
        line(in);
      }
    } else if (headers.containsKey("content-length")) {
      body.write(in.readNBytes(Integer.parseInt(headers.get("content-length"))));
    }
    return body.toString(StandardCharsets.UTF_8);
  }

  @Override
  public void close() throws IOException {
    server.close();
    for (Socket s : open) {
      s.close();
    }
    threads.shutdownNow();
  }
}
