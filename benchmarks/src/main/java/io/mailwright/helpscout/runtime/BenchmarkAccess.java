package io.mailwright.helpscout.runtime;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The benchmarks' door into the runtime: the ObjectMapper the client writes requests with
 * ({@link JsonBodies#mapper()}, package-private). Lives in the runtime's package, in the benchmarks
 * module only.
 */
public final class BenchmarkAccess {
  private BenchmarkAccess() {}

  /**
   * Reads a HAL page as the client's {@code conversations().list()} does, from bytes instead of a
   * connection: the same streaming parser ({@code Reads.parsePage}) and the same mapper.
   */
  public static <T> Page<T> readPage(ObjectMapper mapper, byte[] json, Class<T> type, String embedded)
      throws java.io.IOException {
    return new Reads(null, mapper, null).parsePage(new java.io.ByteArrayInputStream(json), type, embedded);
  }

  /** A new mapper configured exactly as the client's. */
  public static ObjectMapper clientMapper() {
    return JsonBodies.mapper();
  }
}
