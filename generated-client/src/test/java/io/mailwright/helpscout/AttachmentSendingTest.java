package io.mailwright.helpscout;

import static io.mailwright.helpscout.RuntimeFixtures.take;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mailwright.runtime.Created;
import io.mailwright.runtime.RequestValidationException;
import io.mailwright.runtime.Rule;
import io.mailwright.runtime.TransportException;
import io.mailwright.runtime.Violation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Attachments and long bodies as the API receives them: empty content, a stream that can be sent
 * once, a body longer than any buffer guess, a file that disappears before its length is counted,
 * the type a file's name gives; and the result of a create as a user prints it.
 */
class AttachmentSendingTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final MockWebServer server = new MockWebServer();
  private HelpScout client;
  private OkHttpClient http;
  /** Deleted by an application interceptor: after the call validated the request, before its length is counted. */
  private volatile Path deleteWhenSending;

  @BeforeEach
  void setUp() throws IOException {
    server.start();
    http = new OkHttpClient.Builder().addInterceptor(chain -> {
      Path file = deleteWhenSending;
      if (file != null) {
        Files.delete(file);
      }
      return chain.proceed(chain.request());
    }).build();
    client = RuntimeFixtures.client(server, new RuntimeFixtures.RecordingSleeper()).okHttpClient(http).build();
  }

  @AfterEach
  void tearDown() {
    client.close();
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
    server.close();
  }

  /** The request that reached the server, with an exact Content-Length. */
  private JsonNode sent() throws Exception {
    RecordedRequest request = take(server);
    assertEquals(String.valueOf(request.getBody().size()), request.getHeaders().get("Content-Length"));
    assertNull(request.getHeaders().get("Transfer-Encoding"));
    return JSON.readTree(request.getBody().utf8());
  }

  @Test
  void emptyBase64IsSentAsAnEmptyString() throws Exception {
    server.enqueue(RuntimeFixtures.created(1));
    client.threads().createNote(123, NoteThread.builder().text("Empty file")
        .addAttachment(Attachment.builder().fileName("empty.txt").mimeType("text/plain").data("")));

    assertEquals("", sent().at("/attachments/0/data").asText());
  }

  @Test
  void aStreamIsSentOnceAndSendingItAgainIsRefusedBeforeAnythingGoesOut() throws Exception {
    byte[] log = "line 1\nline 2\n".getBytes(StandardCharsets.US_ASCII);
    NoteThread note = NoteThread.builder().text("Log attached")
        .addAttachment(Attachment.of("app.log", new ByteArrayInputStream(log), log.length)).build();
    server.enqueue(RuntimeFixtures.created(1));
    client.threads().createNote(123, note);
    assertArrayEquals(log, java.util.Base64.getDecoder().decode(sent().at("/attachments/0/data").asText()));

    RequestValidationException e = assertThrows(RequestValidationException.class,
        () -> client.threads().createNote(123, note));

    assertEquals(List.of(new Violation("attachments[0].data", Rule.BASE64,
        "stream was already read; a stream can be sent once", null)), e.violations());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void aStreamDeclaredEmptyThatHoldsBytesIsNotSentAsEmpty() {
    NoteThread note = NoteThread.builder().text("Log attached")
        .addAttachment(Attachment.of("app.log", new ByteArrayInputStream(new byte[3]), 0)).build();

    TransportException e = assertThrows(TransportException.class, () -> client.threads().createNote(123, note));

    assertTrue(e.getMessage().contains("attachment attachments[0].data (BinaryData[stream of 0 bytes]) is longer than its"
        + " 0 bytes"), e.getMessage());
  }

  @Test
  void filesAndBytesAreSentAgainWhole(@TempDir Path dir) throws Exception {
    // A 429: the API did not process the write, the client sends it again once the wait is over.
    byte[] export = "id,name\n1,Vernon\n".getBytes(StandardCharsets.US_ASCII);
    Path file = Files.write(dir.resolve("export.csv"), export);
    server.enqueue(new mockwebserver3.MockResponse.Builder().code(429).addHeader("X-RateLimit-Retry-After", "1").build());
    server.enqueue(RuntimeFixtures.created(7));

    Created created = client.threads().createNote(123, NoteThread.builder().text("Export attached")
        .addAttachment(Attachment.fromFile(file)).addAttachment(Attachment.of("a.bin", new byte[] {1, 2, 3})));

    assertEquals(7, created.requireId());
    JsonNode first = sent();
    assertEquals(first, sent());
    assertArrayEquals(export, java.util.Base64.getDecoder().decode(first.at("/attachments/0/data").asText()));
    assertEquals("AQID", first.at("/attachments/1/data").asText());
  }

  @Test
  void aLongBodyArrivesWhole() throws Exception {
    // Far longer than any first guess of a buffer, in one piece, and not ASCII: the length counts bytes.
    String text = "Rückruf — ".repeat(2000);
    server.enqueue(RuntimeFixtures.created(1));
    client.threads().createNote(123, NoteThread.builder().text(text).addAttachment(Attachment.of("a.bin", new byte[] {1, 2, 3})));

    JsonNode body = sent();
    assertEquals(text, body.get("text").asText());
    assertEquals("AQID", body.at("/attachments/0/data").asText());
  }

  @Test
  void aFileThatDisappearsBeforeItsLengthIsCountedIsNotSent(@TempDir Path dir) throws Exception {
    Path file = Files.write(dir.resolve("export.csv"), new byte[100]);
    NoteThread note = NoteThread.builder().text("Export attached").addAttachment(Attachment.fromFile(file)).build();
    deleteWhenSending = file;

    TransportException e = assertThrows(TransportException.class, () -> client.threads().createNote(123, note));

    assertTrue(e.getMessage().contains("attachment attachments[0].data (BinaryData[file " + file + "]): its size cannot"
        + " be read"), e.getMessage());
    assertTrue(e.getMessage().contains("nothing was sent"), e.getMessage());
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void aFileNamedOnlyByItsExtensionHasItsType(@TempDir Path dir) throws Exception {
    assertEquals("image/heic", Attachment.fromFile(Files.write(dir.resolve(".heic"), new byte[1])).mimeType());
    assertEquals("application/octet-stream", Attachment.fromFile(Files.write(dir.resolve("photo."), new byte[1])).mimeType());
    assertEquals("image/heic", Attachment.fromFile(Files.write(dir.resolve("IMG_0001.HEIC"), new byte[1])).mimeType());
  }

  @Test
  void aCreatedResultPrintsWhatTheResponseNamed() throws Exception {
    server.enqueue(RuntimeFixtures.created(42));

    Created created = client.threads().createNote(123, RuntimeFixtures.note());

    assertEquals("Created{id=42, location=null, webLocation=null, correlationId=" + RuntimeFixtures.CORRELATION_ID + "}",
        created.toString());
  }
}
