package io.mailwright.runtime;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.mailwright.runtime.internal.Formats;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;

/**
 * Binary content that the API carries as Base64 text (an attachment's {@code data}). It holds the
 * content itself: Base64 text as given, bytes, a file, or a stream of known length. The client
 * encodes files and streams while it writes the request body, so a large attachment never sits in
 * memory as a Base64 string.
 *
 * <p>Instances are immutable, except that a stream can be read only once.
 */
public abstract class BinaryData {
  BinaryData() {}

  /** Content given as Base64 text, as the API's JSON carries it; checked when the request is built. */
  public static BinaryData ofBase64(String base64) {
    return new Base64Text(Objects.requireNonNull(base64, "base64"));
  }

  /** Content given as bytes; the array is copied. */
  public static BinaryData of(byte[] bytes) {
    return new Bytes(Objects.requireNonNull(bytes, "bytes").clone());
  }

  /** The content of a file, read when the request is written (and again if it is retried). */
  public static BinaryData ofFile(Path file) {
    return new FileContent(Objects.requireNonNull(file, "file"));
  }

  /**
   * The content of a stream that holds exactly {@code length} bytes, read once when the request is
   * written. The request's {@code Content-Length} counts on that length: a stream that ends before
   * it, goes on after it, or fails while it is read cuts the body short, and the call fails with a
   * {@link TransportException} naming the attachment (the API did not receive a complete request).
   * A request holding a stream cannot be sent again: if it must be retried, the client says so instead.
   */
  public static BinaryData ofStream(InputStream stream, long length) {
    return new StreamContent(Objects.requireNonNull(stream, "stream"), length);
  }

  /** The number of bytes of the content (not of its Base64 text). */
  public abstract long size();

  /** Opens the raw content. For a stream, only once. */
  public abstract InputStream openStream() throws IOException;

  /** Whether the content can be read more than once (false only for a stream). */
  public boolean isRepeatable() {
    return true;
  }

  /**
   * Why this content cannot be sent ("is not valid Base64", "cannot read file …"), or {@code null}
   * when it can. Used by generated validation.
   */
  public abstract @Nullable String problem();

  /**
   * The whole content as Base64 text. Holds all of it in memory: the client never calls this for
   * files and streams; it is here so that any Jackson mapper can write a request.
   */
  @JsonValue
  public String toBase64() {
    try (InputStream in = openStream()) {
      return Base64.getEncoder().encodeToString(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @JsonCreator
  static BinaryData fromJson(String base64) {
    return ofBase64(base64);
  }

  /** The Base64 text this content was given as, or {@code null} when it was given as content. */
  @Nullable String givenBase64() {
    return null;
  }

  /**
   * Opens the raw content for the request body, which counts the bytes itself: for a stream, the
   * stream as given, so that one longer than its declared length is noticed.
   */
  InputStream openForBody() throws IOException {
    return openStream();
  }

  /** The content when it is already in memory as bytes (not a copy: not to be changed), else {@code null}. */
  byte @Nullable [] bytesInMemory() {
    return null;
  }

  private static final class Base64Text extends BinaryData {
    private final String text;

    Base64Text(String text) {
      this.text = text;
    }

    @Override
    public long size() {
      int n = text.length();
      int pad = n > 0 && text.charAt(n - 1) == '=' ? (n > 1 && text.charAt(n - 2) == '=' ? 2 : 1) : 0;
      return (long) n / 4 * 3 - pad;
    }

    @Override
    public InputStream openStream() {
      return Base64.getDecoder().wrap(new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII)));
    }

    @Override
    public @Nullable String problem() {
      return Formats.isBase64(text) ? null : "must be valid Base64 (RFC 4648, with padding)";
    }

    @Override
    public String toBase64() {
      return text;
    }

    @Override
    @Nullable String givenBase64() {
      return text;
    }

    @Override
    public boolean equals(Object o) {
      if (o instanceof Base64Text b) {
        return text.equals(b.text);
      }
      return o instanceof Bytes b && problem() == null && Arrays.equals(Base64.getDecoder().decode(text), b.bytes);
    }

    @Override
    public int hashCode() {
      return problem() == null ? Arrays.hashCode(Base64.getDecoder().decode(text)) : text.hashCode();
    }

    @Override
    public String toString() {
      return "BinaryData[" + size() + " bytes as Base64]";
    }
  }

  private static final class Bytes extends BinaryData {
    private final byte[] bytes;

    Bytes(byte[] bytes) {
      this.bytes = bytes;
    }

    @Override
    public long size() {
      return bytes.length;
    }

    @Override
    public InputStream openStream() {
      return new ByteArrayInputStream(bytes);
    }

    @Override
    public @Nullable String problem() {
      return null;
    }

    @Override
    byte @Nullable [] bytesInMemory() {
      return bytes;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Bytes b ? Arrays.equals(bytes, b.bytes) : o instanceof Base64Text && o.equals(this);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
      return "BinaryData[" + bytes.length + " bytes]";
    }
  }

  private static final class FileContent extends BinaryData {
    private final Path file;

    FileContent(Path file) {
      this.file = file;
    }

    @Override
    public long size() {
      try {
        return Files.size(file);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public InputStream openStream() throws IOException {
      return Files.newInputStream(file);
    }

    @Override
    public @Nullable String problem() {
      if (!Files.isRegularFile(file)) {
        return "file " + file + " does not exist or is not a regular file";
      }
      return Files.isReadable(file) ? null : "file " + file + " is not readable";
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof FileContent f && file.equals(f.file);
    }

    @Override
    public int hashCode() {
      return file.hashCode();
    }

    @Override
    public String toString() {
      return "BinaryData[file " + file + "]";
    }
  }

  private static final class StreamContent extends BinaryData {
    private final InputStream stream;
    private final long length;
    private final AtomicBoolean opened = new AtomicBoolean();

    StreamContent(InputStream stream, long length) {
      this.stream = stream;
      this.length = length;
    }

    @Override
    public long size() {
      return length;
    }

    @Override
    public InputStream openStream() {
      if (opened.getAndSet(true)) {
        throw new IllegalStateException("the stream of this BinaryData was already read; a stream can be sent once");
      }
      return new BoundedStream(stream, length);
    }

    @Override
    InputStream openForBody() {
      if (opened.getAndSet(true)) {
        throw new IllegalStateException("the stream of this BinaryData was already read; a stream can be sent once");
      }
      return stream;
    }

    @Override
    public boolean isRepeatable() {
      return false;
    }

    @Override
    public @Nullable String problem() {
      if (length < 0) {
        return "stream length must not be negative, was " + length;
      }
      return opened.get() ? "stream was already read; a stream can be sent once" : null;
    }

    @Override
    public String toString() {
      return "BinaryData[stream of " + length + " bytes]";
    }
  }

  /** Reads exactly {@code length} bytes, and fails if the stream ends before. */
  private static final class BoundedStream extends InputStream {
    private final InputStream in;
    private long remaining;

    BoundedStream(InputStream in, long length) {
      this.in = in;
      this.remaining = length;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (remaining == 0) {
        return -1;
      }
      int n = in.read(b, off, (int) Math.min(len, remaining));
      if (n < 0) {
        throw new IOException("stream ended " + remaining + " bytes before its declared length");
      }
      remaining -= n;
      return n;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
