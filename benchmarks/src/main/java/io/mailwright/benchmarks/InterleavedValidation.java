package io.mailwright.benchmarks;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Benchmark 1 of two builds on a loaded machine: the generated {@code validate()} of
 * {@link ValidationBenchmark}'s request, taken from two benchmark jars (each in a class loader of its
 * own), in one JVM, alternating in short slices, so that whatever else the machine runs falls on
 * both sides alike. Sequential JMH runs of the two jars disagree by 3× at a load of 12 on 2 cores.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar io.mailwright.benchmarks.InterleavedValidation before.jar after.jar [warmupSeconds] [pairs] [sliceMillis]</pre>
 *
 * Prints the nanoseconds per validation of each side over all slices, their ratio and the quartiles
 * of the per-pair ratios (after / before).
 */
public final class InterleavedValidation {
  private InterleavedValidation() {}

  @SuppressWarnings("unused")
  private static volatile Object sink;

  public static void main(String[] args) throws Throwable {
    MethodHandle[] validate = new MethodHandle[2];
    Object[] request = new Object[2];
    for (int i = 0; i < 2; i++) {
      URLClassLoader loader = new URLClassLoader(new URL[] {Path.of(args[i]).toUri().toURL()},
          ClassLoader.getPlatformClassLoader());
      Method generated = loader.loadClass(Conversation.class.getName()).getDeclaredMethod("generated");
      request[i] = generated.invoke(null);
      validate[i] = MethodHandles.publicLookup().findVirtual(request[i].getClass(), "validate",
          MethodType.methodType(List.class)).asType(MethodType.methodType(Object.class, Object.class));
      if (!((List<?>) validate[i].invoke(request[i])).isEmpty()) {
        throw new IllegalStateException("the benchmark request of " + args[i] + " must be valid");
      }
    }
    int warmupSeconds = args.length > 2 ? Integer.parseInt(args[2]) : 15;
    int pairs = args.length > 3 ? Integer.parseInt(args[3]) : 60;
    long sliceNanos = (args.length > 4 ? Long.parseLong(args[4]) : 250) * 1_000_000L;
    long warmupEnd = System.nanoTime() + warmupSeconds * 1_000_000_000L;
    while (System.nanoTime() < warmupEnd) {
      run(validate[0], request[0], sliceNanos / 10);
      run(validate[1], request[1], sliceNanos / 10);
    }
    long[] ops = new long[2];
    long[] nanos = new long[2];
    List<Double> ratios = new ArrayList<>();
    for (int p = 0; p < pairs; p++) {
      double[] perOp = new double[2];
      for (int k = 0; k < 2; k++) {
        int i = p % 2 == 0 ? k : 1 - k;
        long start = System.nanoTime();
        long n = run(validate[i], request[i], sliceNanos);
        long took = System.nanoTime() - start;
        ops[i] += n;
        nanos[i] += took;
        perOp[i] = (double) took / n;
      }
      ratios.add(perOp[1] / perOp[0]);
    }
    Collections.sort(ratios);
    double before = (double) nanos[0] / ops[0];
    double after = (double) nanos[1] / ops[1];
    System.out.printf(Locale.ROOT, "before %.1f ns/op, after %.1f ns/op, after/before %.3f"
        + " (per pair: median %.3f, p25 %.3f, p75 %.3f)%n", before, after, after / before,
        ratios.get(ratios.size() / 2), ratios.get(ratios.size() / 4), ratios.get(ratios.size() * 3 / 4));
  }

  private static long run(MethodHandle validate, Object request, long nanos) throws Throwable {
    long n = 0;
    long end = System.nanoTime() + nanos;
    while (System.nanoTime() < end) {
      for (int j = 0; j < 100; j++) {
        sink = validate.invoke(request);
      }
      n += 100;
    }
    return n;
  }
}
