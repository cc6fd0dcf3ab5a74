package io.mailwright.helpscout.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstancePreConstructCallback;
import org.junit.jupiter.api.extension.TestInstanceFactoryContext;

/**
 * After each test: every thread the test started has ended (a client, a sandbox or a mock server
 * left open keeps its threads, and with them its connections), and no thread died of an uncaught
 * exception. Like OkHttp's {@code OkHttpClientTestRule}, it turns a leak into the failure of the
 * test that leaked, not into a mystery three classes later.
 *
 * <p>Registered for every test of the module through {@code META-INF/services} and
 * {@code junit.jupiter.extensions.autodetection.enabled} in {@code junit-platform.properties}.
 * Threads end asynchronously after a close; each is given up to {@link #GRACE_SECONDS} to end (a
 * bound against a hang, not a speed requirement). Pools the JVM shares between every client, and
 * that end on their own when idle, are not the test's: OkHttp's {@code TaskRunner} and
 * {@code Okio Watchdog}, the JDK {@code HttpClient}'s selector (it has no close() in Java 17), the
 * common fork-join pool, JUnit's own threads.
 */
public final class LeakCheck implements TestInstancePreConstructCallback, BeforeEachCallback {
  static final long GRACE_SECONDS = 20;
  private static final List<String> SHARED_PREFIXES = List.of("OkHttp TaskRunner", "Okio Watchdog", "HttpClient-",
      "ForkJoinPool", "junit-", "Common-Cleaner", "process reaper", "Attach Listener", "surefire-", "Signal Dispatcher",
      "Reference Handler", "Finalizer", "Notification Thread", "main", "Keep-Alive-Timer", "JFR ");

  /** Threads alive before the test's instance was made (a field initializer may start a server). */
  private static volatile Set<Thread> before;
  private static final List<Throwable> uncaught = new CopyOnWriteArrayList<>();
  private static volatile Thread.UncaughtExceptionHandler previous;

  @Override
  public void preConstructTestInstance(TestInstanceFactoryContext factoryContext, ExtensionContext context) {
    before = Thread.getAllStackTraces().keySet();
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    if (before == null) {
      before = Thread.getAllStackTraces().keySet();
    }
    uncaught.clear();
    previous = Thread.getDefaultUncaughtExceptionHandler();
    // Checked when the test's context closes: after @AfterEach methods and after the resources
    // other extensions close then (MockWebServer's @StartStop), since stored values close in the
    // reverse order of their storing.
    context.getStore(ExtensionContext.Namespace.create(LeakCheck.class))
        .put("check", (AutoCloseable) LeakCheck::check);
    Thread.setDefaultUncaughtExceptionHandler((t, e) -> {
      uncaught.add(new AssertionError("uncaught in thread " + t.getName(), e));
      Thread.UncaughtExceptionHandler p = previous;
      if (p != null) {
        p.uncaughtException(t, e);
      }
    });
  }

  private static void check() throws InterruptedException {
    Set<Thread> start = before;
    before = null;
    Thread.setDefaultUncaughtExceptionHandler(previous);
    List<Thread> started = Thread.getAllStackTraces().keySet().stream()
        .filter(t -> start == null || !start.contains(t))
        .filter(t -> !isShared(t))
        .toList();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(GRACE_SECONDS);
    List<Thread> alive = new ArrayList<>();
    for (Thread t : started) {
      t.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
      if (t.isAlive() && !isShared(t)) {
        alive.add(t);
      }
    }
    List<Throwable> errors = new ArrayList<>(uncaught);
    uncaught.clear();
    if (!alive.isEmpty()) {
      errors.add(0, new AssertionError("the test left " + alive.size() + " thread(s) running (close what it opened): "
          + alive.stream().map(t -> "\"" + t.getName() + "\"").collect(Collectors.joining(", "))));
    }
    if (!errors.isEmpty()) {
      AssertionError failure = new AssertionError(errors.get(0).getMessage(), errors.get(0).getCause());
      errors.stream().skip(1).forEach(failure::addSuppressed);
      throw failure;
    }
  }

  /**
   * A thread renamed since may be a shared pool's: OkHttp's TaskRunner names its thread after the
   * task it runs ("OkHttp ConnectionPool connection closer"). A client's own dispatcher threads are
   * "OkHttp Dispatcher", or named after the URL of the call they run.
   */
  private static boolean isShared(Thread t) {
    String name = t.getName();
    return SHARED_PREFIXES.stream().anyMatch(name::startsWith)
        || name.startsWith("OkHttp ") && !name.equals("OkHttp Dispatcher") && !name.startsWith("OkHttp http");
  }
}
