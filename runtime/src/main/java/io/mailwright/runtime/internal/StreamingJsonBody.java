package io.mailwright.runtime.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.mailwright.runtime.BinaryData;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.BufferedSink;
import org.jspecify.annotations.Nullable;

/**
 * A JSON request body with an exact {@code Content-Length}, whose binary content is Base64-encoded
 * straight into the connection. Help Scout's API, proxies and WAFs may refuse or mistreat chunked
 * request bodies, so the client never sends one.
 *
 * <p>The length is known before anything is sent: Jackson writes the request once, into memory,
 * with every {@link BinaryData} left out and marked by its place; a Base64 string of {@code n} bytes
 * is {@code 4·⌈n/3⌉} characters (files count with their size, streams with their declared length).
 * The body then writes the JSON around those places and encodes each file or stream chunk by chunk
 * as it is read: a 64 MB attachment is never a 64 MB (or 85 MB Base64) array in memory.
 *
 * <p>A file or stream that delivers fewer or more bytes than counted, that cannot be opened, or that
 * fails while it is read ends the write before the body is complete, with a {@link BodyWriteFailure}
 * naming the attachment: the API cannot have processed an incomplete body, so the caller gets a
 * {@link TransportException}.
 *
 * <p>The body can be written again (for a retry) unless it holds a stream, which can be read once:
 * after its first write it reports {@link #isOneShot()}, and the client does not repeat it.
 */
final class StreamingJsonBody extends RequestBody {
  static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  /** Bytes read from a file or stream at once: a multiple of 3, so each full chunk encodes without padding. */
  private static final int CHUNK = 3 * 16 * 1024;

  private final ObjectWriter writer;
  private final Object value;
  private volatile @Nullable Plan plan;
  private volatile boolean oneShot;

  StreamingJsonBody(ObjectWriter writer, Object value) {
    this.writer = writer;
    this.value = value;
  }

  @Override
  public MediaType contentType() {
    return JSON;
  }

  /** The exact length of the body: the JSON, plus the Base64 length of every binary content. */
  @Override
  public long contentLength() throws IOException {
    return plan().length;
  }

  @Override
  public boolean isOneShot() {
    return oneShot;
  }

  @Override
  public void writeTo(BufferedSink sink) throws IOException {
    Plan p = plan();
    int from = 0;
    for (Binary binary : p.binaries) {
      sink.write(p.json, from, binary.offset - from);
      from = binary.offset;
      if (!binary.data.isRepeatable()) {
        oneShot = true;
      }
      binary.writeTo(sink);
    }
    sink.write(p.json, from, p.jsonLength - from);
  }

  /**
   * The JSON written once and where each binary content goes, computed the first time it is needed
   * and kept for the retries (so that the length OkHttp sends as {@code Content-Length} and the
   * bytes written are the same count).
   */
  private Plan plan() throws IOException {
    Plan p = plan;
    if (p == null) {
      synchronized (this) {
        p = plan;
        if (p == null) {
          PlanOutput out = new PlanOutput();
          // BinarySerializer recognizes the plan by the generator's target: no per-request writer. A
          // BodyWriteFailure it throws comes out as it is (Jackson wraps no IOException of a serializer).
          writer.writeValue(out, value);
          p = plan = out.finish();
        }
      }
    }
    return p;
  }

  /** The length in characters of the Base64 text (with padding) of {@code bytes} bytes. */
  static long base64Length(long bytes) {
    return (bytes + 2) / 3 * 4;
  }

  /**
   * The request body could not be written because an attachment's content (a file, a stream) could
   * not be read, or delivered another number of bytes than counted: nothing complete was sent.
   */
  static final class BodyWriteFailure extends IOException {
    private static final long serialVersionUID = 1L;

    BodyWriteFailure(String message, @Nullable Throwable cause) {
      super(message, cause);
    }
  }

  /** The JSON of a request, with the places of its binary content. */
  private record Plan(byte[] json, int jsonLength, List<Binary> binaries, long length) {}

  /** Collects Jackson's output and the places where binary content was left out. */
  private static final class PlanOutput extends OutputStream {
    private byte[] bytes = new byte[512];
    private int count;
    private final List<Binary> binaries = new ArrayList<>();

    @Override
    public void write(int b) {
      // Jackson writes its buffer in blocks; a single byte goes the same way.
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      ensure(len);
      System.arraycopy(b, off, bytes, count, len);
      count += len;
    }

    private void ensure(int more) {
      int needed = count + more;
      if (needed > bytes.length) {
        bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, needed));
      }
    }

    void mark(BinaryData data, String path) throws BodyWriteFailure {
      long size;
      try {
        size = data.size();
      } catch (RuntimeException e) {
        throw new BodyWriteFailure("attachment " + path + " (" + data + "): its size cannot be read: " + e.getMessage()
            + "; nothing was sent", e);
      }
      if (size < 0) {
        throw new BodyWriteFailure("attachment " + path + " (" + data + "): negative length " + size, null);
      }
      binaries.add(new Binary(data, size, path, count));
    }

    Plan finish() {
      long length = count;
      for (Binary b : binaries) {
        length += b.encodedLength();
      }
      return new Plan(bytes, count, List.copyOf(binaries), length);
    }
  }

  /** One binary content, at {@code offset} in the JSON (between the quotes of its string). */
  private record Binary(BinaryData data, long size, String path, int offset) {
    long encodedLength() {
      String text = Friends.hooks().givenBase64(data);
      return text != null ? text.length() : base64Length(size);
    }

    void writeTo(BufferedSink sink) throws IOException {
      String text = Friends.hooks().givenBase64(data);
      if (text != null) {
        sink.writeString(text, StandardCharsets.US_ASCII);
        return;
      }
      byte[] inMemory = Friends.hooks().bytesInMemory(data);
      if (inMemory != null) {
        // Small bytes are encoded at once; larger ones chunk by chunk below, as a file (no Base64 copy of them all).
        if (inMemory.length <= CHUNK) {
          sink.write(Base64.getEncoder().encode(inMemory));
          return;
        }
      }
      InputStream in;
      try {
        in = Friends.hooks().openForBody(data);
      } catch (IOException | RuntimeException e) {
        throw failure("cannot be opened: " + e, e);
      }
      try (in) {
        encode(in, sink);
      }
    }

    /** Reads exactly {@link #size} bytes, Base64-encoding them into the sink chunk by chunk. */
    private void encode(InputStream in, BufferedSink sink) throws IOException {
      byte[] raw = new byte[(int) Math.min(CHUNK, Math.max(size, 1))];
      byte[] encoded = new byte[(int) base64Length(raw.length)];
      long remaining = size;
      while (remaining > 0) {
        int want = (int) Math.min(raw.length, remaining);
        int n = 0;
        while (n < want) {
          int r;
          try {
            r = in.read(raw, n, want - n);
          } catch (IOException | RuntimeException e) {
            throw failure("could not be read after " + (size - remaining + n) + " of its " + size + " bytes: " + e, e);
          }
          if (r < 0) {
            throw failure("ended after " + (size - remaining + n) + " of its " + size + " bytes", null);
          }
          n += r;
        }
        remaining -= n;
        if (remaining == 0) {
          // The last chunk is held back until the content is known to end here.
          probeEnd(in);
        }
        if (n == raw.length) {
          int m = Base64.getEncoder().encode(raw, encoded);
          sink.write(encoded, 0, m);
        } else {
          sink.write(Base64.getEncoder().encode(Arrays.copyOf(raw, n)));
        }
      }
      if (size == 0) {
        probeEnd(in);
      }
    }

    private void probeEnd(InputStream in) throws IOException {
      int next;
      try {
        next = in.read();
      } catch (IOException | RuntimeException e) {
        throw failure("could not be read at its end (" + size + " bytes): " + e, e);
      }
      if (next >= 0) {
        throw failure("is longer than its " + size + " bytes", null);
      }
    }

    private BodyWriteFailure failure(String what, @Nullable Throwable cause) {
      return new BodyWriteFailure("attachment " + path + " (" + data + ") " + what
          + " while the request body was written; the body was cut short",
          cause);
    }
  }

  /** The JSON path of the value being written, as in {@code threads[0].attachments[1].data}. */
  private static String path(JsonStreamContext context) {
    List<String> segments = new ArrayList<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        segments.add("[" + Math.max(c.getCurrentIndex(), 0) + "]");
      } else if (c.getCurrentName() != null) {
        segments.add("." + c.getCurrentName());
      }
    }
    StringBuilder sb = new StringBuilder();
    for (int i = segments.size() - 1; i >= 0; i--) {
      sb.append(segments.get(i));
    }
    return sb.length() > 0 && sb.charAt(0) == '.' ? sb.substring(1) : sb.toString();
  }

  /**
   * The client's own mapper (2) leaves a place for each {@link BinaryData} in the plan of a request
   * body; it writes nothing else with this module. (Any other mapper writes BinaryData as its Base64
   * text, {@link BinaryData#toBase64()}.)
   */
  static SimpleModule module() {
    return new SimpleModule("mailwright-binary").addSerializer(BinaryData.class, new BinarySerializer());
  }

  private static final class BinarySerializer extends StdSerializer<BinaryData> {
    private static final long serialVersionUID = 1L;

    BinarySerializer() {
      super(BinaryData.class);
    }

    @Override
    public void serialize(BinaryData data, JsonGenerator gen, SerializerProvider provider) throws IOException {
      String base64 = Friends.hooks().givenBase64(data);
      if (base64 != null && data.problem() != null) {
        // Never sent (a call validates its body first); were it written, as any JSON string: escaped.
        gen.writeString(base64);
        return;
      }
      if (!(gen.getOutputTarget() instanceof PlanOutput plan)) {
        throw new IllegalStateException("the client's mapper writes BinaryData into a request body's plan only");
      }
      // A string whose content the body writes itself: `"` here, the Base64 text, `"` after it.
      // (Valid Base64 text needs no JSON escaping.)
      gen.writeRawValue("\"");
      gen.flush();
      plan.mark(data, path(gen.getOutputContext()));
      gen.writeRaw('"');
    }
  }
}
