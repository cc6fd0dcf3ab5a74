package io.mailwright.runtime.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;

/**
 * Reads the bodies the client does not stream (error bodies, token responses) with a bound: at most
 * {@link #MAX_BODY} bytes, then the response is closed. A 200 MiB error page costs 64 KiB.
 */
final class Bodies {
  /** Enough for any error or token body the API sends; the rest of a larger body is not read. */
  static final long MAX_BODY = 64 * 1024;

  private Bodies() {}

  /** What could be read of a body: its first bytes as text, and whether it was cut or broke. */
  record Prefix(String text, boolean truncated, IOException failure) {
    static final Prefix EMPTY = new Prefix("", false, null);

    boolean unreadable() {
      return failure != null;
    }
  }

  /**
   * Reads at most {@link #MAX_BODY} bytes of the body and closes it. An {@link IOException} while
   * reading (a body cut mid-way, a broken chunked encoding, gzip that is not) is kept in the
   * result with what had arrived, never thrown: the status line has arrived, and that counts.
   */
  static Prefix read(ResponseBody body) {
    if (body == null) {
      return Prefix.EMPTY;
    }
    Buffer buffer = new Buffer();
    try (body) {
      BufferedSource source = body.source();
      long total = 0;
      while (total < MAX_BODY) {
        long n = source.read(buffer, MAX_BODY - total);
        if (n == -1) {
          return new Prefix(buffer.readString(StandardCharsets.UTF_8), false, null);
        }
        total += n;
      }
      boolean more = !source.exhausted();
      return new Prefix(buffer.readString(StandardCharsets.UTF_8), more, null);
    } catch (IOException e) {
      return new Prefix(buffer.readString(StandardCharsets.UTF_8), false, e);
    } catch (RuntimeException e) {
      // okio/OkHttp wrap some stream failures (an inflater's) in unchecked exceptions.
      return new Prefix(buffer.readString(StandardCharsets.UTF_8), false, new IOException(e.toString(), e));
    }
  }
}
