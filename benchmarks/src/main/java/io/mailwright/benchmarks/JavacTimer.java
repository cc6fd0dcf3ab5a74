package io.mailwright.benchmarks;

import com.sun.source.util.JavacTask;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Benchmark 5's javac: runs the JDK's javac (through {@code javax.tools}, in this fresh JVM) with
 * the given arguments and prints one JSON line: the compilation's time and, within it, the
 * annotation-processing phase (every round: the processor reading the model, checking it and
 * writing sources, and javac parsing and entering what it wrote), timed with a
 * {@link TaskListener}. Each both as elapsed time and as CPU time of the compiling thread (javac
 * compiles on one thread), which other processes on a shared machine disturb much less. The
 * script times the whole process from outside as well.
 *
 * <p>Usage: {@code JavacTimer <javac arguments and source files>}
 */
public final class JavacTimer {
  private JavacTimer() {}

  public static void main(String[] args) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long start = System.nanoTime();
    long startCpu = threads.getCurrentThreadCpuTime();
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<String> options = new java.util.ArrayList<>();
    List<String> files = new java.util.ArrayList<>();
    for (String a : args) {
      (a.endsWith(".java") ? files : options).add(a);
    }
    var fileManager = javac.getStandardFileManager(null, null, null);
    JavacTask task = (JavacTask) javac.getTask(null, fileManager, null, options, null,
        fileManager.getJavaFileObjectsFromStrings(files));
    long[] processing = new long[4];
    task.addTaskListener(new TaskListener() {
      @Override
      public void started(TaskEvent e) {
        if (e.getKind() == TaskEvent.Kind.ANNOTATION_PROCESSING) {
          processing[0] = System.nanoTime();
          processing[2] = threads.getCurrentThreadCpuTime();
        }
      }

      @Override
      public void finished(TaskEvent e) {
        if (e.getKind() == TaskEvent.Kind.ANNOTATION_PROCESSING) {
          processing[1] = System.nanoTime();
          processing[3] = threads.getCurrentThreadCpuTime();
        }
      }
    });
    boolean ok = task.call();
    long end = System.nanoTime();
    long endCpu = threads.getCurrentThreadCpuTime();
    System.out.println("{\"ok\": " + ok
        + ", \"javac_ms\": " + ms(end - start)
        + ", \"javac_cpu_ms\": " + ms(endCpu - startCpu)
        + ", \"processing_ms\": " + ms(processing[1] - processing[0])
        + ", \"processing_cpu_ms\": " + ms(processing[3] - processing[2]) + "}");
    if (!ok) {
      System.exit(1);
    }
  }

  private static double ms(long nanos) {
    return Math.round(nanos / 10_000.0) / 100.0;
  }
}
