package io.mailwright.helpscout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mailwright.runtime.TransportException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An attachment whose content cannot be delivered as counted while the body is written (a file
 * that disappears, shrinks or grows after its length was sent; a stream that fails, or is shorter or
 * longer than declared) is a {@link TransportException} naming the attachment (issue 8, item 3): the
 * body is cut short before it is complete, so the API cannot have processed it, and the caller may
 * send it again once the content is fixed.
 */
class AttachmentReadFailureTest {
  private final MockWebServer server = new MockWebServer();
  private HelpScout client;
  private OkHttpClient http;

  /** What happens to the file once the Content-Length was computed, right before the body is written. */
  private volatile Interceptor.Chain lastChain;
  private volatile FileChange change = file -> { };

  interface FileChange {
    void apply(Path file) throws IOException;
  }

  private volatile Path file;

  @BeforeEach
  void setUp() throws IOException {
    server.start();
    // A network interceptor runs after OkHttp computed the Content-Length header, before the body is written.
    http = new OkHttpClient.Builder().addNetworkInterceptor(chain -> {
      lastChain = chain;
      if (file != null) {
        change.apply(file);
      }
      return chain.proceed(chain.request());
    }).build();
    client = RuntimeFixtures.client(server, new RuntimeFixtures.RecordingSleeper()).okHttpClient(http).build();
  }

  @AfterEach
  void tearDown() {
    client.close();
    http.dispatcher().executorService().shutdown();
    server.close();
  }

  private TransportException failsWithFile(Path dir, FileChange whenSending) throws IOException {
    file = dir.resolve("export.csv");
    Files.write(file, new byte[1000]);
    NoteThread note = NoteThread.builder().text("Export attached").addAttachment(Attachment.fromFile(file)).build();
    change = whenSending;
    return assertThrows(TransportException.class, () -> client.threads().createNote(123, note));
  }

  private void assertNamesTheAttachment(TransportException e, String what) throws InterruptedException {
    assertTrue(e.getMessage().contains("attachment attachments[0].data"), e.getMessage());
    assertTrue(e.getMessage().contains(what), e.getMessage());
    assertTrue(e.getMessage().contains("did not receive a complete request"), e.getMessage());
    // Whatever reached the server is short of the Content-Length it announced.
    RecordedRequest request = server.takeRequest(1, TimeUnit.SECONDS);
    if (request != null) {
      long declared = Long.parseLong(request.getHeaders().get("Content-Length"));
      assertTrue(request.getBodySize() < declared, request.getBodySize() + " of " + declared);
    }
  }

  @Test
  void fileThatDisappearsAfterItsLengthWasSent(@TempDir Path dir) throws Exception {
    TransportException e = failsWithFile(dir, Files::delete);
    assertNamesTheAttachment(e, "cannot be opened");
    assertTrue(e.getMessage().contains("export.csv"), e.getMessage());
  }

  @Test
  void fileThatShrinksAfterItsLengthWasSent(@TempDir Path dir) throws Exception {
    TransportException e = failsWithFile(dir, f -> Files.write(f, new byte[10]));
    assertNamesTheAttachment(e, "ended after 10 of its 1000 bytes");
  }

  @Test
  void fileThatGrowsAfterItsLengthWasSent(@TempDir Path dir) throws Exception {
    TransportException e = failsWithFile(dir, f -> Files.write(f, new byte[5], StandardOpenOption.APPEND));
    assertNamesTheAttachment(e, "is longer than its 1000 bytes");
  }

  @Test
  void fileThatDisappearsBeforeTheRequestIsSentIsNotSentAtAll(@TempDir Path dir) throws Exception {
    Path gone = dir.resolve("gone.pdf");
    Files.write(gone, new byte[10]);
    NoteThread note = NoteThread.builder().text("Export attached").addAttachment(Attachment.fromFile(gone)).build();
    Files.delete(gone);

    // Validated again before sending: the file is reported as a violation, nothing is sent.
    assertThrows(io.mailwright.runtime.RequestValidationException.class, () -> client.threads().createNote(123, note));
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void streamShorterThanDeclared() throws Exception {
    NoteThread note = NoteThread.builder().text("Log attached")
        .addAttachment(Attachment.of("app.log", new ByteArrayInputStream(new byte[5]), 1000)).build();

    TransportException e = assertThrows(TransportException.class, () -> client.threads().createNote(123, note));
    assertNamesTheAttachment(e, "ended after 5 of its 1000 bytes");
  }

  @Test
  void streamLongerThanDeclared() throws Exception {
    NoteThread note = NoteThread.builder().text("Log attached")
        .addAttachment(Attachment.of("app.log", new ByteArrayInputStream(new byte[1001]), 1000)).build();

    TransportException e = assertThrows(TransportException.class, () -> client.threads().createNote(123, note));
    assertNamesTheAttachment(e, "is longer than its 1000 bytes");
  }

  @Test
  void streamThatFailsWhileRead() throws Exception {
    InputStream failing = new InputStream() {
      private int served;

      @Override
      public int read() throws IOException {
        if (served == 600) {
          throw new IOException("disk gone");
        }
        served++;
        return 'x';
      }
    };
    NoteThread note = NoteThread.builder().text("Log attached").addAttachment(Attachment.of("app.log", failing, 1000)).build();

    TransportException e = assertThrows(TransportException.class, () -> client.threads().createNote(123, note));
    assertNamesTheAttachment(e, "could not be read after 600 of its 1000 bytes");
    assertTrue(e.getMessage().contains("disk gone"), e.getMessage());
  }

  @Test
  void asyncTwinFailsTheSameWay() throws Exception {
    NoteThread note = NoteThread.builder().text("Log attached")
        .addAttachment(Attachment.of("app.log", new ByteArrayInputStream(new byte[5]), 1000)).build();

    ExecutionException e = assertThrows(ExecutionException.class,
        () -> client.threads().createNoteAsync(123, note).get(30, TimeUnit.SECONDS));
    assertNamesTheAttachment(assertInstanceOf(TransportException.class, e.getCause()), "ended after 5 of its 1000 bytes");
  }

  @Test
  void pathOfAnAttachmentInsideAConversation() throws Exception {
    CreateConversationRequest request = RuntimeFixtures.conversation().toBuilder()
        .addThread(CustomerThread.builder().text("Second").customer(RuntimeFixtures.customer())
            .addAttachment(Attachment.of("ok.txt", new byte[3]))
            .addAttachment(Attachment.of("app.log", new ByteArrayInputStream(new byte[5]), 9)))
        .build();

    TransportException e = assertThrows(TransportException.class, () -> client.conversations().create(request));
    assertTrue(e.getMessage().contains("attachment threads[1].attachments[1].data"), e.getMessage());
  }
}
