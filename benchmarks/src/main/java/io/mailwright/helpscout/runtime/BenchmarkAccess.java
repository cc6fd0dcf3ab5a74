package io.mailwright.helpscout.runtime;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The benchmarks' door into the runtime: the ObjectMapper the client writes requests with
 * ({@link JsonBodies#mapper()}, package-private). Lives in the runtime's package, in the benchmarks
 * module only.
 */
public final class BenchmarkAccess {
  private BenchmarkAccess() {}

  /** A new mapper configured exactly as the client's. */
  public static ObjectMapper clientMapper() {
    return JsonBodies.mapper();
  }
}
