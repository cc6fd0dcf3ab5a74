package io.mailwright.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The sandbox under clients that are slow, stall, send too much, or meet a failure of the sandbox
 * itself, seen from a raw socket. No assertion depends on speed: deadlines are checked by what the
 * client sees (an answer, a closed connection), with generous socket timeouts only as hang guards.
 */
class SlowAndLargeRequestsTest {
  /** How long a test waits for something that must happen; never reached when it does. */
  private static final int GUARD_MILLIS = 60_000;

  /** The status line and headers of an answer read from a raw socket (names lower case). */
  record Head(int status, Map<String, String> headers) {}

  private static Socket connect(Sandbox sandbox) throws IOException {
    Socket s = new Socket(InetAddress.getLoopbackAddress(), sandbox.port());
    s.setSoTimeout(GUARD_MILLIS);
    return s;
  }

  private static Head readHead(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int b;
    while ((b = in.read()) >= 0) {
      head.write(b);
      String text = head.toString(StandardCharsets.ISO_8859_1);
      if (text.endsWith("\r\n\r\n")) {
        String[] lines = text.split("\r\n");
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
          int colon = lines[i].indexOf(':');
          headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
        }
        return new Head(Integer.parseInt(lines[0].split(" ")[1]), headers);
      }
    }
    throw new AssertionError("the connection closed without an answer; got " + head.toString(StandardCharsets.ISO_8859_1));
  }

  /** Whether the sandbox closed the connection (end of stream or reset), reading away what it sent. */
  private static boolean closedByServer(InputStream in) throws IOException {
    try {
      byte[] buffer = new byte[8192];
      while (in.read(buffer) >= 0) {
        // what was sent before the close
      }
      return true;
    } catch (SocketTimeoutException e) {
      return false;
    } catch (SocketException e) {
      return true; // reset
    }
  }

  @Test
  void slowLorisHeadsDoNotKeepAnHonestGetWaiting() throws Exception {
    // A deadline far away: the honest request is answered while the slow ones still hold on.
    try (Fixture f = new Fixture(SandboxOptions.builder().readTimeout(Duration.ofMinutes(10)), c -> {})) {
      List<Socket> loris = new ArrayList<>();
      try {
        for (int i = 0; i < 40; i++) {
          Socket s = connect(f.sandbox);
          s.getOutputStream().write("GET /v2/conversations/1 HTTP/1.1\r\nHost: loris\r\nX-Slow: ".getBytes(StandardCharsets.US_ASCII));
          s.getOutputStream().flush();
          loris.add(s);
        }
        HttpResponse<String> honest = f.send(HttpRequest.newBuilder(f.uri("v2/conversations/1"))
            .timeout(Duration.ofMillis(GUARD_MILLIS)).GET());
        assertEquals(401, honest.statusCode(), "answered, while 40 slow heads are still being read");
        for (Socket s : loris) {
          s.getOutputStream().write('x');
          s.getOutputStream().flush(); // still open: the sandbox did not give up on them to answer
        }
      } finally {
        for (Socket s : loris) {
          s.close();
        }
      }
    }
  }

  @Test
  void aHeadTrickledByteByByteIsCutAtTheReadDeadline() throws Exception {
    try (Sandbox sandbox = Sandbox.start(SandboxOptions.builder().readTimeout(Duration.ofSeconds(1)).build());
         Socket s = connect(sandbox)) {
      Thread trickle = new Thread(() -> {
        try {
          OutputStream out = s.getOutputStream();
          for (int i = 0; i < GUARD_MILLIS / 100; i++) {
            out.write("GET /v2/conversations/1 HTTP/1.1\r\nX-Slow: ".charAt(Math.min(i, 40)));
            out.flush();
            Thread.sleep(100);
          }
        } catch (IOException | InterruptedException e) {
          // the sandbox closed the connection
        }
      });
      trickle.setDaemon(true);
      trickle.start();

      assertTrue(closedByServer(s.getInputStream()), "the sandbox closed the trickling connection");
      trickle.interrupt();
    }
  }

  @Test
  void aStalledBodyIsCutAtTheReadDeadlineAndNothingIsCreated() throws Exception {
    try (Fixture f = new Fixture(SandboxOptions.builder().readTimeout(Duration.ofSeconds(1)), c -> {})) {
      long id = f.createConversation("bear@acme.com");
      int threads = f.sandbox.threadCount(id);
      String body = "{\"text\": \"a note that never ends";
      try (Socket s = connect(f.sandbox)) {
        s.getOutputStream().write(("POST /v2/conversations/" + id + "/notes HTTP/1.1\r\nHost: x\r\n"
            + "Authorization: Bearer " + f.token() + "\r\nContent-Type: application/json\r\n"
            + "Content-Length: 1000\r\n\r\n" + body).getBytes(StandardCharsets.UTF_8));
        s.getOutputStream().flush();

        assertTrue(closedByServer(s.getInputStream()), "the sandbox closed the stalled connection");
      }
      assertEquals(threads, f.sandbox.threadCount(id), "nothing was created");
      assertEquals(200, f.get("v2/conversations/" + id).statusCode(), "the sandbox serves on");
    }
  }

  @Test
  void anOverLimitContentLengthIs413AtOnceWithConnectionCloseWithoutReadingTheBody() throws Exception {
    try (Fixture f = new Fixture(SandboxOptions.builder().maxRequestBytes(64 * 1024)
        .writeTimeout(Duration.ofSeconds(2)), c -> {})) {
      try (Socket s = connect(f.sandbox)) {
        // 256 MiB announced, not a byte of it sent: the answer cannot wait for the body.
        s.getOutputStream().write(("POST /v2/conversations HTTP/1.1\r\nHost: x\r\n"
            + "Authorization: Bearer " + f.token() + "\r\nContent-Type: application/json\r\n"
            + "Content-Length: 268435456\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        s.getOutputStream().flush();

        Head head = readHead(s.getInputStream());
        assertEquals(413, head.status());
        assertEquals("close", head.headers().get("connection"));
        assertTrue(closedByServer(s.getInputStream()), "the connection closes after the answer");
      }
      assertEquals(201, f.postJson("v2/conversations", "{\"subject\":\"S\",\"mailboxId\":85,\"type\":\"email\","
          + "\"status\":\"active\",\"customer\":{\"email\":\"bear@acme.com\"},\"threads\":[{\"type\":\"note\",\"text\":\"n\"}]}")
          .statusCode(), "the sandbox serves on");
    }
  }

  /**
   * An answer given before the body was read (an unknown path, a missing token) drains what is left
   * of a body within the limit, so the connection stays open for the next request; a body over the
   * limit, declared or sent, is not drained and the connection closes after the answer.
   */
  @Test
  void anEarlyAnswerKeepsTheConnectionForTheNextRequestUnlessTheBodyIsOverTheLimit() throws Exception {
    try (Fixture f = new Fixture(SandboxOptions.builder().maxRequestBytes(1024), c -> {})) {
      String atLimit = "x".repeat(1024);
      try (Socket s = connect(f.sandbox)) {
        OutputStream out = s.getOutputStream();
        InputStream in = s.getInputStream();
        out.write(("POST /v2/nothing-here HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            + "Content-Length: 1024\r\n\r\n" + atLimit).getBytes(StandardCharsets.UTF_8));
        out.flush();
        Head first = readHead(in);
        assertEquals(404, first.status());
        assertEquals(null, first.headers().get("connection"), "kept alive: the body was drained");
        in.readNBytes(Integer.parseInt(first.headers().get("content-length")));

        out.write(("POST /v2/nothing-here HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            + "Transfer-Encoding: chunked\r\n\r\n400\r\n" + atLimit + "\r\n0\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
        Head second = readHead(in);
        assertEquals(404, second.status(), "the next request on the same connection is answered");
        assertEquals(null, second.headers().get("connection"), "a chunked body of exactly the limit is drained too");
        in.readNBytes(Integer.parseInt(second.headers().get("content-length")));

        out.write(("POST /v2/nothing-here HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            + "Transfer-Encoding: chunked\r\n\r\n401\r\n" + atLimit + "y\r\n0\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
        Head third = readHead(in);
        assertEquals(404, third.status());
        assertEquals("close", third.headers().get("connection"), "one byte over the limit is not drained");
        assertTrue(closedByServer(in));
      }
      try (Socket s = connect(f.sandbox)) {
        s.getOutputStream().write(("POST /v2/nothing-here HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            + "Content-Length: 1025\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        s.getOutputStream().flush();
        Head head = readHead(s.getInputStream());
        assertEquals(404, head.status(), "answered at once: a declared length over the limit is not waited for");
        assertEquals("close", head.headers().get("connection"));
        assertTrue(closedByServer(s.getInputStream()));
      }
    }
  }

  /** An HTTP/1.0 client may send no {@code Host}: the links and {@code Location} name the sandbox's own address. */
  @Test
  void withoutAHostHeaderTheAnswerNamesTheSandboxsOwnAddress() throws Exception {
    try (Fixture f = new Fixture()) {
      String body = "{\"subject\":\"S\",\"mailboxId\":85,\"type\":\"email\",\"status\":\"active\","
          + "\"customer\":{\"email\":\"bear@acme.com\"},\"threads\":[{\"type\":\"note\",\"text\":\"n\"}]}";
      try (Socket s = connect(f.sandbox)) {
        s.getOutputStream().write(("POST /v2/conversations HTTP/1.0\r\nAuthorization: Bearer " + f.token()
            + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length() + "\r\n\r\n" + body)
            .getBytes(StandardCharsets.UTF_8));
        s.getOutputStream().flush();
        Head head = readHead(s.getInputStream());
        assertEquals(201, head.status());
        assertTrue(head.headers().get("location").startsWith(f.sandbox.baseUrl() + "v2/conversations/"),
            head.headers().toString());
        assertEquals("text/plain", head.headers().get("content-type"), "Help Scout labels its empty 201s text/plain");
      }
    }
  }

  /** A clock that fails when told to: a component of the sandbox that breaks. */
  static final class BreakableClock extends Clock {
    final AtomicReference<Throwable> failure = new AtomicReference<>();

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      Throwable t = failure.get();
      if (t instanceof Error e) {
        throw e;
      }
      if (t instanceof RuntimeException e) {
        throw e;
      }
      return Instant.now();
    }
  }

  @Test
  void aFailureOfTheSandboxIs500AndAnExhaustedHeap503BothWithConnectionClose() throws Exception {
    BreakableClock clock = new BreakableClock();
    try (Fixture f = new Fixture(SandboxOptions.builder().clock(clock), c -> {})) {
      String token = f.token();
      for (Throwable failure : List.of(new IllegalStateException("the clock broke"), new AssertionError("a bug"),
          new OutOfMemoryError("Java heap space"), new StackOverflowError())) {
        clock.failure.set(failure);
        try (Socket s = connect(f.sandbox)) {
          Head head;
          ByteArrayOutputStream err = new ByteArrayOutputStream();
          PrintStream before = System.err;
          // Swapped before the request leaves: the sandbox may log before this thread reads a byte.
          System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
          try {
            s.getOutputStream().write(("POST /v2/conversations/1/notes HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
                + token + "\r\nContent-Type: application/json\r\nContent-Length: 13\r\n\r\n{\"text\": \"n\"}")
                .getBytes(StandardCharsets.UTF_8));
            s.getOutputStream().flush();
            head = readHead(s.getInputStream());
          } finally {
            System.setErr(before);
          }
          assertEquals(failure instanceof OutOfMemoryError ? 503 : 500, head.status(), failure.toString());
          if (head.status() == 500) {
            String log = err.toString(StandardCharsets.UTF_8);
            assertTrue(log.startsWith("sandbox: POST /v2/conversations/1/notes failed (correlation id "
                + head.headers().get("correlation-id") + "):"), log);
            assertTrue(log.contains(failure.toString()) && log.contains("\tat "), "the operator sees the stack trace: " + log);
          }
          assertEquals("close", head.headers().get("connection"), failure.toString());
          assertTrue(head.headers().containsKey("correlation-id"));
          assertTrue(closedByServer(s.getInputStream()), "the connection closes after the answer");
        }
      }
      clock.failure.set(null);
      assertEquals(404, f.get("v2/conversations/1").statusCode(), "the sandbox serves on");
    }
  }

  /**
   * A sandbox in a JVM with a 48 MiB heap, given a note whose attachment is 40 million characters
   * (about 80 MiB as the parser's text): it runs out of memory while it reads the body, answers
   * {@code 503} with {@code Connection: close}, and serves the next request.
   */
  @Test
  void aSandboxThatRunsOutOfHeapAnswers503AndServesOn() throws Exception {
    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx48m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
        SandboxMain.class.getName(), "--port", "0", "--max-request-bytes", "100000000")
        .redirectErrorStream(true).start();
    try {
      BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
      String line = out.readLine();
      assertTrue(line != null && line.startsWith("Help Scout sandbox listening on "), String.valueOf(line));
      int port = URI.create(line.substring("Help Scout sandbox listening on ".length())).getPort();
      Thread drainOutput = new Thread(() -> out.lines().forEach(l -> { }));
      drainOutput.setDaemon(true);
      drainOutput.start();

      String token;
      try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
        s.setSoTimeout(GUARD_MILLIS);
        String form = "grant_type=client_credentials&client_id=" + SandboxOptions.DEFAULT_CLIENT_ID
            + "&client_secret=" + SandboxOptions.DEFAULT_CLIENT_SECRET;
        s.getOutputStream().write(("POST /v2/oauth2/token HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
            + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + form.length() + "\r\n\r\n" + form)
            .getBytes(StandardCharsets.US_ASCII));
        Head head = readHead(s.getInputStream());
        assertEquals(200, head.status());
        token = Fixture.JSON.readTree(s.getInputStream().readAllBytes()).get("access_token").asText();
      }

      try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
        s.setSoTimeout(GUARD_MILLIS);
        byte[] start = "{\"text\":\"n\",\"attachments\":[{\"fileName\":\"a\",\"mimeType\":\"b\",\"data\":\""
            .getBytes(StandardCharsets.US_ASCII);
        byte[] end = "\"}]}".getBytes(StandardCharsets.US_ASCII);
        int dataLength = 40_000_000;
        OutputStream o = s.getOutputStream();
        o.write(("POST /v2/conversations/1/notes HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + token
            + "\r\nContent-Type: application/json\r\nContent-Length: " + (start.length + dataLength + end.length)
            + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        o.write(start);
        byte[] chunk = "A".repeat(1_000_000).getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < dataLength / chunk.length; i++) {
          o.write(chunk);
        }
        o.write(end);
        o.flush();

        Head head = readHead(s.getInputStream());
        assertEquals(503, head.status());
        assertEquals("close", head.headers().get("connection"));
      }

      try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
        s.setSoTimeout(GUARD_MILLIS);
        s.getOutputStream().write("GET /v2/conversations/1 HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        assertEquals(401, readHead(s.getInputStream()).status(), "the sandbox serves on");
      }
    } finally {
      child.destroy();
      child.waitFor(30, TimeUnit.SECONDS);
    }
  }

  @Test
  void theTokenEndpointTakesTheCredentialsAsAFormAsJsonAndInTheQueryString() throws Exception {
    try (Fixture f = new Fixture()) {
      String form = "grant_type=client_credentials&client_id=" + SandboxOptions.DEFAULT_CLIENT_ID
          + "&client_secret=" + SandboxOptions.DEFAULT_CLIENT_SECRET;
      List<HttpRequest.Builder> requests = List.of(
          HttpRequest.newBuilder(f.uri("v2/oauth2/token")).header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(form)),
          HttpRequest.newBuilder(f.uri("v2/oauth2/token")).header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString("{\"grant_type\":\"client_credentials\",\"client_id\":\""
                  + SandboxOptions.DEFAULT_CLIENT_ID + "\",\"client_secret\":\"" + SandboxOptions.DEFAULT_CLIENT_SECRET + "\"}")),
          // A published Node.js client: the parameters in the query string of a POST without a body or a type.
          HttpRequest.newBuilder(URI.create(f.sandbox.baseUrl() + "v2/oauth2/token?" + form))
              .POST(HttpRequest.BodyPublishers.noBody()),
          // Its HTTP library may send the empty body chunked.
          HttpRequest.newBuilder(URI.create(f.sandbox.baseUrl() + "v2/oauth2/token?" + form))
              .POST(HttpRequest.BodyPublishers.ofInputStream(() -> InputStream.nullInputStream())),
          // Some of them in the body, the rest in the query string.
          HttpRequest.newBuilder(URI.create(f.sandbox.baseUrl() + "v2/oauth2/token?client_secret="
                  + SandboxOptions.DEFAULT_CLIENT_SECRET))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id="
                  + SandboxOptions.DEFAULT_CLIENT_ID)));
      for (HttpRequest.Builder request : requests) {
        HttpResponse<String> r = f.send(request);
        assertEquals(200, r.statusCode(), r.body());
        String accessToken = Fixture.json(r).get("access_token").asText();
        HttpResponse<String> call = f.send(HttpRequest.newBuilder(f.uri("v2/conversations/1"))
            .header("Authorization", "Bearer " + accessToken).GET());
        assertEquals(404, call.statusCode(), "the token works");
      }

      HttpResponse<String> wrong = f.send(HttpRequest.newBuilder(URI.create(f.sandbox.baseUrl()
          + "v2/oauth2/token?grant_type=client_credentials&client_id=" + SandboxOptions.DEFAULT_CLIENT_ID
          + "&client_secret=nope")).POST(HttpRequest.BodyPublishers.noBody()));
      assertEquals(401, wrong.statusCode());
      assertEquals("invalid_client", Fixture.json(wrong).get("error").asText());
      HttpResponse<String> none = f.send(HttpRequest.newBuilder(f.uri("v2/oauth2/token"))
          .POST(HttpRequest.BodyPublishers.noBody()));
      assertEquals(400, none.statusCode());
      assertEquals("invalid_request", Fixture.json(none).get("error").asText());
    }
  }
}
