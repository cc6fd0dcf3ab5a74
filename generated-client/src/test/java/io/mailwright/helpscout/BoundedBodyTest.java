package io.mailwright.helpscout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bodies the client does not stream (error bodies, token answers) are read with a bound: a 200 MiB
 * error page and a 200 MiB token answer in a JVM with 64 MiB of heap are a ServerException and an
 * AuthenticationException, not an OutOfMemoryError.
 */
class BoundedBodyTest {
  private static final long SIZE = 200L * 1024 * 1024;

  private static void huge(int status, String reason, String start, OutputStream out) throws java.io.IOException {
    out.write(("HTTP/1.1 " + status + " " + reason + "\r\nContent-Type: application/json\r\nContent-Length: " + SIZE
        + "\r\n\r\n" + start).getBytes(StandardCharsets.ISO_8859_1));
    byte[] chunk = new byte[64 * 1024];
    Arrays.fill(chunk, (byte) 'x');
    for (long sent = start.length(); sent < SIZE; sent += chunk.length) {
      out.write(chunk, 0, (int) Math.min(chunk.length, SIZE - sent));
    }
  }

  @Test
  void aHugeErrorBodyAndAHugeTokenAnswerFitInASmallHeap(@TempDir Path dir) throws Exception {
    try (RawServer server = new RawServer((i, line, body, out) -> {
      if (line.contains("/v2/oauth2/token")) {
        huge(200, "OK", "{\"access_token\":\"", out);
      } else {
        huge(500, "Internal Server Error", "{\"message\":\"", out);
      }
    })) {
      Path output = dir.resolve("receiver.out");
      Process receiver = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-Xmx64m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
          HugeBodyReceiver.class.getName(), server.baseUrl())
          .redirectErrorStream(true).redirectOutput(output.toFile()).start();
      // A guard against a hung child, not a measure of speed.
      assertTrue(receiver.waitFor(3, TimeUnit.MINUTES), "the receiver did not finish");
      String out = Files.readString(output);

      assertEquals(0, receiver.exitValue(), out);
      assertTrue(out.contains("write: ServerException"), out);
      assertTrue(out.contains("token: AuthenticationException"), out);
      assertTrue(out.contains("max heap"), out);
    }
  }
}
