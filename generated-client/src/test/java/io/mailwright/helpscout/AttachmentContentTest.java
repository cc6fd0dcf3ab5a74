package io.mailwright.helpscout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mailwright.runtime.BinaryData;
import io.mailwright.runtime.RequestValidationException;
import io.mailwright.runtime.Rule;
import io.mailwright.runtime.Violation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An attachment's content as a user meets it outside a call: written by the user's own Jackson
 * mapper (2 or 3) as the Base64 the API reads, read back through {@link BinaryData#openStream()},
 * compared, printed and checked by {@code build()}. A stream is read as exactly its declared length.
 */
class AttachmentContentTest {
  private static final byte[] HELLO = "Hello, Help Scout".getBytes(StandardCharsets.US_ASCII);

  /** A caller's stream that says whether it was closed. */
  private static final class CallersStream extends ByteArrayInputStream {
    final AtomicBoolean closed = new AtomicBoolean();

    CallersStream(byte[] bytes) {
      super(bytes);
    }

    @Override
    public void close() throws IOException {
      closed.set(true);
      super.close();
    }
  }

  private static NoteThread noteWith(Attachment attachment) {
    return NoteThread.builder().text("Log attached").addAttachment(attachment).build();
  }

  private static String messages(Throwable t) {
    StringBuilder sb = new StringBuilder();
    for (Throwable c = t; c != null; c = c.getCause()) {
      sb.append(c.getMessage()).append(" | ");
    }
    return sb.toString();
  }

  @ParameterizedTest
  @EnumSource(Jackson.class)
  void aStreamIsWrittenByAnyMapperAsItsDeclaredBytesAndTheCallersStreamIsClosed(Jackson jackson) {
    CallersStream stream = new CallersStream(HELLO);
    NoteThread note = noteWith(Attachment.of("app.log", stream, 5));

    String data = Jackson.tree(jackson.write(note)).at("/attachments/0/data").asText();

    assertEquals(Base64.getEncoder().encodeToString("Hello".getBytes(StandardCharsets.US_ASCII)), data);
    assertTrue(stream.closed.get(), "the caller's stream is closed once it was written");
  }

  @ParameterizedTest
  @EnumSource(Jackson.class)
  void aStreamShorterThanDeclaredFailsTheMapperSayingHowManyBytesAreMissing(Jackson jackson) {
    NoteThread note = noteWith(Attachment.of("app.log", new ByteArrayInputStream(HELLO), HELLO.length + 3));

    Throwable e = assertThrows(Throwable.class, () -> jackson.write(note));

    assertTrue(messages(e).contains("stream ended 3 bytes before its declared length"), messages(e));
  }

  @Test
  void aStreamIsReadByteByByteAsValuesFrom0To255ThenEndsAtItsDeclaredLength() throws IOException {
    byte[] bytes = {(byte) 0xff, 'A', 0, 'B'};
    BinaryData data = Attachment.of("app.log", new ByteArrayInputStream(bytes), 3).data();

    try (InputStream in = data.openStream()) {
      assertEquals(255, in.read());
      assertEquals('A', in.read());
      assertEquals(0, in.read());
      assertEquals(-1, in.read(), "the fourth byte is past the declared length");
      assertEquals(-1, in.read(new byte[4], 0, 4));
    }
  }

  @Test
  void aStreamIsReadInBlocksUpToItsDeclaredLength() throws IOException {
    BinaryData data = BinaryData.ofStream(new ByteArrayInputStream(HELLO), 12);

    try (InputStream in = data.openStream()) {
      byte[] buffer = new byte[8];
      assertEquals(8, in.read(buffer, 0, 8));
      assertArrayEquals("Hello, H".getBytes(StandardCharsets.US_ASCII), buffer);
      assertEquals(4, in.read(buffer, 0, 8), "only 4 more bytes are declared");
      assertEquals("elp ", new String(buffer, 0, 4, StandardCharsets.US_ASCII));
      assertEquals(-1, in.read(buffer, 0, 8));
    }
  }

  @Test
  void aStreamCanBeOpenedOnce() throws IOException {
    BinaryData data = BinaryData.ofStream(new ByteArrayInputStream(HELLO), HELLO.length);
    assertFalse(data.isRepeatable());
    data.openStream().close();

    IllegalStateException e = assertThrows(IllegalStateException.class, data::openStream);
    assertTrue(e.getMessage().contains("already read"), e.getMessage());
  }

  @Test
  void aStreamAlreadyReadIsReportedByTheNextBuild() {
    Attachment attachment = Attachment.of("app.log", new ByteArrayInputStream(HELLO), HELLO.length);
    Jackson.JACKSON_2.write(noteWith(attachment));

    RequestValidationException e = assertThrows(RequestValidationException.class, () -> noteWith(attachment));

    assertEquals(List.of(new Violation("attachments[0].data", Rule.BASE64,
        "stream was already read; a stream can be sent once", null)), e.violations());
  }

  @Test
  void aFileThatIsNotThereOrIsADirectoryIsReportedWithItsPath(@TempDir Path dir) {
    Path gone = dir.resolve("gone.pdf");
    for (Path file : List.of(gone, dir)) {
      // fromFile builds the attachment, which checks it at once.
      RequestValidationException e = assertThrows(RequestValidationException.class, () -> Attachment.fromFile(file));

      assertEquals(List.of(new Violation("data", Rule.BASE64,
          "file " + file + " does not exist or is not a regular file", null)), e.violations());
    }
  }

  @Test
  void attachmentsOfTheSameFileAreEqualAndOfAnotherFileAreNot(@TempDir Path dir) throws IOException {
    Path invoice = Files.write(dir.resolve("invoice.pdf"), HELLO);
    Path receipt = Files.write(dir.resolve("receipt.pdf"), HELLO);
    Attachment.Builder named = Attachment.builder().fileName("doc.pdf").mimeType("application/pdf");

    Attachment one = named.data(BinaryData.ofFile(invoice)).build();
    Attachment same = named.data(BinaryData.ofFile(dir.resolve("invoice.pdf"))).build();
    Attachment other = named.data(BinaryData.ofFile(receipt)).build();

    assertEquals(one, same);
    assertEquals(one.hashCode(), same.hashCode());
    // Same name, same bytes today: a file is its path (its content is read when sent, and may change).
    assertNotEquals(one, other);
    assertNotEquals(one.data(), BinaryData.of(HELLO));
    // Spread over a hash table's buckets by their paths, not all in one.
    assertNotEquals(one.data().hashCode(), other.data().hashCode());
  }

  @Test
  void attachmentsPrintTheirFileOrTheSizeOfTheirStreamNeverTheContent(@TempDir Path dir) throws IOException {
    Path invoice = Files.write(dir.resolve("invoice.pdf"), HELLO);

    assertEquals("Attachment{fileName=invoice.pdf, mimeType=application/pdf, data=BinaryData[file " + invoice + "]}",
        Attachment.fromFile(invoice).toString());
    assertEquals("Attachment{fileName=app.log, mimeType=text/plain, data=BinaryData[stream of 17 bytes]}",
        Attachment.of("app.log", new ByteArrayInputStream(HELLO), HELLO.length).toString());
    assertEquals("Attachment{fileName=app.bin, mimeType=application/octet-stream, data=BinaryData[17 bytes]}",
        Attachment.of("app.bin", HELLO).toString());
  }

  @Test
  void emptyBase64IsValidEmptyContent() throws IOException {
    // The empty text is Base64 of no bytes (RFC 4648): documented valid.
    Attachment empty = Attachment.builder().fileName("empty.txt").mimeType("text/plain").data("").build();

    assertEquals(0, empty.data().size());
    assertEquals("Attachment{fileName=empty.txt, mimeType=text/plain, data=BinaryData[0 bytes as Base64]}",
        empty.toString());
    assertEquals(BinaryData.of(new byte[0]), empty.data());
    try (InputStream in = empty.data().openStream()) {
      assertEquals(-1, in.read());
    }
    assertEquals("", Jackson.tree(Jackson.JACKSON_2.write(noteWith(empty))).at("/attachments/0/data").asText());
  }
}
