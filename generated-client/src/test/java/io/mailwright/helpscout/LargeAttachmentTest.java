package io.mailwright.helpscout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 64 MB attachment goes through the client in a JVM whose heap could not hold it, let alone its
 * 85 MB of Base64: the file is encoded while the request body is written.
 */
class LargeAttachmentTest {
  private static final int SIZE = 64 * 1024 * 1024;

  /** What the server saw: it counts and hashes, and keeps none of the body. */
  static final class Received {
    volatile long bodyBytes;
    volatile long decodedBytes = -1;
    volatile byte[] sha256;
    final List<String> fields = new ArrayList<>();
    volatile String contentType;
    volatile String failure;
  }

  @Test
  void attachmentOf64MegabytesIsStreamedFromAJvmWith96MegabytesOfHeap(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("export.csv");
    byte[] expectedSha = writeRandomFile(file);
    Received received = new Received();
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/v2/conversations/123/notes", exchange -> receive(exchange, received));
    server.start();
    try {
      String baseUrl = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
      Path output = dir.resolve("sender.out");
      // 96 MB of heap cannot hold the file and its Base64 text; C1 and the serial GC only start the JVM faster.
      Process sender = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-Xmx96m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), LargeAttachmentSender.class.getName(),
          baseUrl, file.toString())
          .redirectErrorStream(true).redirectOutput(output.toFile()).start();
      // A guard against a hung child, not a measure of speed.
      assertTrue(sender.waitFor(2, TimeUnit.MINUTES), "the sender did not finish");
      String out = Files.readString(output);

      assertEquals(0, sender.exitValue(), out);
      assertTrue(out.contains("created 4711"), out);
      assertEquals(null, received.failure);
      assertTrue(received.contentType.startsWith("application/json"), received.contentType);
      assertEquals(List.of("text", "attachments", "fileName", "mimeType", "data"), received.fields);
      assertEquals(SIZE, received.decodedBytes);
      assertArrayEquals(expectedSha, received.sha256);
      // Base64 of 64 MB is 4/3 as long, plus the JSON around it.
      assertTrue(received.bodyBytes > SIZE / 3L * 4, "body bytes: " + received.bodyBytes);
    } finally {
      server.stop(0);
    }
  }

  /** 64 MB of random bytes, written in 1 MB chunks; returns their SHA-256. */
  private static byte[] writeRandomFile(Path file) throws IOException, NoSuchAlgorithmException {
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    SplittableRandom random = new SplittableRandom(42);
    byte[] chunk = new byte[1024 * 1024];
    try (OutputStream out = Files.newOutputStream(file)) {
      for (int i = 0; i < SIZE / chunk.length; i++) {
        random.nextBytes(chunk);
        sha.update(chunk);
        out.write(chunk);
      }
    }
    return sha.digest();
  }

  /** Parses the body as it arrives: every field name, and the attachment's data decoded into a digest. */
  private static void receive(HttpExchange exchange, Received received) throws IOException {
    received.contentType = exchange.getRequestHeaders().getFirst("Content-Type");
    CountingInputStream body = new CountingInputStream(exchange.getRequestBody());
    try (JsonParser parser = new JsonFactory().createParser(body)) {
      for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
        if (t == JsonToken.FIELD_NAME) {
          received.fields.add(parser.currentName());
          if (parser.currentName().equals("data")) {
            parser.nextToken();
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            try (DigestOutputStream digest = new DigestOutputStream(OutputStream.nullOutputStream(), sha)) {
              received.decodedBytes = parser.readBinaryValue(digest);
            }
            received.sha256 = sha.digest();
          }
        }
      }
    } catch (IOException | NoSuchAlgorithmException | RuntimeException e) {
      received.failure = e.toString();
    }
    received.bodyBytes = body.count;
    exchange.getResponseHeaders().add("Resource-ID", "4711");
    exchange.getResponseHeaders().add("Content-Type", "text/plain");
    exchange.sendResponseHeaders(201, -1);
    exchange.close();
  }

  private static final class CountingInputStream extends FilterInputStream {
    long count;

    CountingInputStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }
  }

}
