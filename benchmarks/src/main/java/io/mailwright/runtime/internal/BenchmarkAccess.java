package io.mailwright.runtime.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.mailwright.runtime.Page;

/**
 * The benchmarks' door into the runtime: the ObjectMapper the client writes requests with
 * ({@link JsonBodies#mapper()}, package-private). Lives in the runtime's package, in the benchmarks
 * module only.
 */
public final class BenchmarkAccess {
  private BenchmarkAccess() {}

  /** Reads one page from bytes. */
  public interface PageReader<T> {
    Page<T> read(byte[] json) throws java.io.IOException;
  }

  /**
   * Reads HAL pages as the client's {@code conversations().list()} does, from bytes instead of a
   * connection: the same streaming parser ({@code Reads.parsePage}), set up once as a client sets it
   * up once.
   */
  public static <T> PageReader<T> pageReader(ObjectMapper mapper, Class<T> type, String embedded) {
    Reads reads = new Reads(null, mapper, null, null);
    return json -> reads.parsePage(new java.io.ByteArrayInputStream(json), type, embedded);
  }

  /** A new mapper configured exactly as the client's. */
  public static ObjectMapper clientMapper() {
    return JsonBodies.mapper();
  }
}
