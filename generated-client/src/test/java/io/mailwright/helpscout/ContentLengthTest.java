package io.mailwright.helpscout;

import static io.mailwright.helpscout.RuntimeFixtures.take;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.SplittableRandom;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every request carries an exact {@code Content-Length} and is never chunked (issue 11, item 8):
 * Help Scout's API, proxies and WAFs may treat chunked request bodies differently or refuse them.
 * One test per kind of body: JSON only, bytes, a file, a stream; the Base64 of {@code n} bytes is
 * {@code 4·⌈n/3⌉} characters, so every length of the last group (0, 1 and 2 bytes over) is covered.
 */
class ContentLengthTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final MockWebServer server = new MockWebServer();
  private HelpScout client;

  @BeforeEach
  void setUp() throws IOException {
    server.start();
    client = RuntimeFixtures.client(server, new RuntimeFixtures.RecordingSleeper()).build();
  }

  @AfterEach
  void tearDown() {
    client.close();
    server.close();
  }

  /** The request that reached the server, checked for an exact length and no chunking. */
  private RecordedRequest sentWithExactLength() throws InterruptedException {
    RecordedRequest request = take(server);
    assertNull(request.getHeaders().get("Transfer-Encoding"), "Transfer-Encoding: " + request.getHeaders());
    String length = request.getHeaders().get("Content-Length");
    assertEquals(String.valueOf(request.getBody().size()), length, "Content-Length against the bytes received");
    assertEquals(0, request.getChunkSizes() == null ? 0 : request.getChunkSizes().size());
    return request;
  }

  private static byte[] random(int size) {
    byte[] bytes = new byte[size];
    new SplittableRandom(size).nextBytes(bytes);
    return bytes;
  }

  private static byte[] sentAttachment(RecordedRequest request) throws IOException {
    JsonNode body = JSON.readTree(request.getBody().utf8());
    return Base64.getDecoder().decode(body.get("attachments").get(0).get("data").asText());
  }

  @Test
  void jsonOnly() throws Exception {
    server.enqueue(RuntimeFixtures.created(1));
    // Non-ASCII text: the length counts bytes, not characters.
    client.threads().createNote(123, NoteThread.builder().text("Rückruf erledigt — 12 €").build());

    RecordedRequest request = sentWithExactLength();
    assertEquals("Rückruf erledigt — 12 €", JSON.readTree(request.getBody().utf8()).get("text").asText());
  }

  @Test
  void conversationWithNestedThreadsAndAttachmentsInSeveralPlaces() throws Exception {
    server.enqueue(RuntimeFixtures.created(1));
    client.conversations().create(RuntimeFixtures.conversation().toBuilder()
        .threads(CustomerThread.builder().text("one").customer(RuntimeFixtures.customer())
                .addAttachment(Attachment.of("a.bin", random(1)))
                .addAttachment(Attachment.of("b.bin", random(2))).build(),
            CustomerThread.builder().text("two").customer(RuntimeFixtures.customer())
                .addAttachment(Attachment.of("c.bin", random(3))).build())
        .build());

    JsonNode body = JSON.readTree(sentWithExactLength().getBody().utf8());
    assertArrayEquals(random(2), Base64.getDecoder().decode(body.at("/threads/0/attachments/1/data").asText()));
    assertArrayEquals(random(3), Base64.getDecoder().decode(body.at("/threads/1/attachments/0/data").asText()));
  }

  @Test
  void bytes() throws Exception {
    for (int size : new int[] {0, 1, 2, 3, 1024, 200_000}) {
      server.enqueue(RuntimeFixtures.created(1));
      client.threads().createNote(123, NoteThread.builder().text("Log attached")
          .addAttachment(Attachment.of("app.bin", random(size))).build());

      assertArrayEquals(random(size), sentAttachment(sentWithExactLength()), "size " + size);
    }
  }

  @Test
  void file(@TempDir Path dir) throws Exception {
    for (int size : new int[] {0, 1, 2, 3, 49_151, 49_152, 49_153, 300_001}) {
      Path file = dir.resolve("export-" + size + ".csv");
      Files.write(file, random(size));
      server.enqueue(RuntimeFixtures.created(1));
      client.threads().createNote(123, NoteThread.builder().text("Export attached")
          .addAttachment(Attachment.fromFile(file)).build());

      assertArrayEquals(random(size), sentAttachment(sentWithExactLength()), "size " + size);
    }
  }

  @Test
  void stream() throws Exception {
    for (int size : new int[] {0, 1, 2, 3, 100_000}) {
      server.enqueue(RuntimeFixtures.created(1));
      client.threads().createNote(123, NoteThread.builder().text("Log attached")
          .addAttachment(Attachment.of("app.log", new ByteArrayInputStream(random(size)), size)).build());

      assertArrayEquals(random(size), sentAttachment(sentWithExactLength()), "size " + size);
    }
  }

  @Test
  void base64TextAsGiven() throws Exception {
    server.enqueue(RuntimeFixtures.created(1));
    client.threads().createNote(123, NoteThread.builder().text("Given as Base64")
        .addAttachment(Attachment.builder().fileName("a.txt").mimeType("text/plain").data("aGVsbG8=")).build());

    assertArrayEquals("hello".getBytes(java.nio.charset.StandardCharsets.US_ASCII), sentAttachment(sentWithExactLength()));
  }
}
