package io.mailwright.helpscout.runtime;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.BufferedSink;

/**
 * A JSON request body written straight into the connection: Jackson serializes the request while
 * OkHttp sends it, and binary content ({@link BinaryData}) is Base64-encoded from its file or
 * stream chunk by chunk. A 64 MB attachment is never a 64 MB (or 85 MB Base64) string in memory.
 *
 * <p>The body can be written again (for a retry) unless it holds a stream, which can be read once:
 * after its first write it reports {@link #isOneShot()}, and the client does not repeat it.
 */
final class StreamingJsonBody extends RequestBody {
  static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  private static final Object ONE_SHOT = new Object();

  private final ObjectWriter writer;
  private final Object value;
  private volatile boolean oneShot;

  StreamingJsonBody(ObjectWriter writer, Object value) {
    this.writer = writer;
    this.value = value;
  }

  @Override
  public MediaType contentType() {
    return JSON;
  }

  @Override
  public long contentLength() {
    return -1;
  }

  @Override
  public boolean isOneShot() {
    return oneShot;
  }

  @Override
  public void writeTo(BufferedSink sink) throws IOException {
    try {
      writer.withAttribute(ONE_SHOT, this).writeValue(sink.outputStream(), value);
    } catch (IOException e) {
      ContentReadFailure unreadable = find(e, ContentReadFailure.class);
      if (unreadable != null) {
        throw new BodyWriteFailure(unreadable.getCause());
      }
      throw e;
    }
  }

  private static <T extends Throwable> T find(Throwable t, Class<T> type) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (type.isInstance(c)) {
        return type.cast(c);
      }
    }
    return null;
  }

  /** The request body could not be written: its content (a file, a stream) could not be read. */
  static final class BodyWriteFailure extends IOException {
    private static final long serialVersionUID = 1L;

    BodyWriteFailure(Throwable cause) {
      super("could not read the content of an attachment while writing the request: " + cause, cause);
    }
  }

  /** Marks a failure to read binary content, as opposed to a failure to write to the connection. */
  private static final class ContentReadFailure extends IOException {
    private static final long serialVersionUID = 1L;

    ContentReadFailure(IOException cause) {
      super(cause);
    }
  }

  /** Jackson (2) writes {@link BinaryData} as Base64 from its source, in chunks. */
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
      String base64 = data.givenBase64();
      if (base64 != null) {
        gen.writeString(base64);
        return;
      }
      // Bytes already in memory are encoded straight from the array: Jackson's stream path reads
      // them back through a buffer, which made a 1 KiB attachment cost more than the rest of the
      // request (benchmarks/, SerializationBenchmark).
      byte[] bytes = data.bytesInMemory();
      if (bytes != null) {
        gen.writeBinary(bytes);
        return;
      }
      if (!data.isRepeatable() && provider.getAttribute(ONE_SHOT) instanceof StreamingJsonBody body) {
        body.oneShot = true;
      }
      long size = data.size();
      try (InputStream in = new ReadFailures(data.openStream())) {
        gen.writeBinary(in, size > Integer.MAX_VALUE ? -1 : (int) size);
      }
    }
  }

  /** Tells a failure to read the content apart from a failure to write to the connection. */
  private static final class ReadFailures extends FilterInputStream {
    ReadFailures(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      try {
        return super.read();
      } catch (IOException e) {
        throw new ContentReadFailure(e);
      }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      try {
        return super.read(b, off, len);
      } catch (IOException e) {
        throw new ContentReadFailure(e);
      }
    }
  }
}
