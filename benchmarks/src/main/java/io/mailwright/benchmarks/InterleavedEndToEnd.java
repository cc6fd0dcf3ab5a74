package io.mailwright.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Benchmark 3 for a loaded machine: the generated client and raw OkHttp of {@link EndToEndBenchmark},
 * one thread, in one JVM, alternating in short slices, so that whatever else the machine runs falls
 * on both sides alike. JMH runs the two one after the other, each for tens of seconds: with a load
 * that comes and goes, their ratio then measures the load as much as the client.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar io.mailwright.benchmarks.InterleavedEndToEnd [warmupSeconds] [slices] [sliceMillis]</pre>
 *
 * Prints one JSON line: the requests of each side summed over all slices, their ratio, and the
 * median of the per-pair ratios.
 */
public final class InterleavedEndToEnd {
  private InterleavedEndToEnd() {}

  private interface Side {
    long call() throws Exception;
  }

  public static void main(String[] args) throws Exception {
    int warmupSeconds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    int slices = args.length > 1 ? Integer.parseInt(args[1]) : 60;
    long sliceNanos = (args.length > 2 ? Long.parseLong(args[2]) : 500) * 1_000_000L;
    EndToEndBenchmark b = new EndToEndBenchmark();
    b.setUp();
    try {
      Side client = b::generatedClient;
      Side raw = b::rawOkHttp;
      long warmupEnd = System.nanoTime() + warmupSeconds * 1_000_000_000L;
      while (System.nanoTime() < warmupEnd) {
        run(client, 200_000_000L);
        run(raw, 200_000_000L);
      }
      long clientOps = 0;
      long rawOps = 0;
      List<Double> ratios = new ArrayList<>();
      for (int i = 0; i < slices; i++) {
        // Alternate which side goes first, so neither always follows the other.
        long c;
        long r;
        if (i % 2 == 0) {
          c = run(client, sliceNanos);
          r = run(raw, sliceNanos);
        } else {
          r = run(raw, sliceNanos);
          c = run(client, sliceNanos);
        }
        clientOps += c;
        rawOps += r;
        ratios.add(r == 0 ? 0 : (double) c / r);
      }
      Collections.sort(ratios);
      double seconds = slices * sliceNanos / 1e9;
      System.out.println(String.format(Locale.ROOT,
          "{\"slices\": %d, \"slice_ms\": %d, \"client_ops_per_s\": %.0f, \"raw_ops_per_s\": %.0f, \"ratio_of_sums\": %.3f,"
              + " \"median_pair_ratio\": %.3f, \"p25_pair_ratio\": %.3f, \"p75_pair_ratio\": %.3f}",
          slices, sliceNanos / 1_000_000, clientOps / seconds, rawOps / seconds, (double) clientOps / rawOps,
          ratios.get(ratios.size() / 2), ratios.get(ratios.size() / 4), ratios.get(ratios.size() * 3 / 4)));
    } finally {
      b.tearDown();
    }
  }

  private static long run(Side side, long nanos) throws Exception {
    long end = System.nanoTime() + nanos;
    long ops = 0;
    while (System.nanoTime() < end) {
      if (side.call() != 4242L) {
        throw new IllegalStateException("unexpected id");
      }
      ops++;
    }
    return ops;
  }
}
