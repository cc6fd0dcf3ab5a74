package io.mailwright.sandbox;

import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Per-request deadlines for the sandbox's worker threads. The JDK's server reads a request's head on
 * the worker thread that then runs the handler, with blocking reads on the connection's channel; a
 * client that trickles its head or stalls its body would hold that thread for ever. Each request
 * therefore runs under a deadline: while its head and body are read (until {@link #readDone}), and
 * again while its answer is written ({@link #writing}). A deadline that passes interrupts the
 * worker, which closes the channel under its blocking read or write (it is an interruptible
 * channel): the thread is free, the connection is gone. Between the two phases (the sandbox's own
 * work on a request it has read) no deadline runs, so an answer is never cut half-way through a
 * write the sandbox has applied.
 *
 * <p>One timer thread serves every deadline of a sandbox.
 */
final class Deadlines implements AutoCloseable {
  private static final ThreadLocal<Deadline> CURRENT = new ThreadLocal<>();

  private final Duration readTimeout;
  private final Duration writeTimeout;
  private final ScheduledThreadPoolExecutor timer;

  Deadlines(Duration readTimeout, Duration writeTimeout) {
    this.readTimeout = readTimeout;
    this.writeTimeout = writeTimeout;
    this.timer = new ScheduledThreadPoolExecutor(1, r -> {
      Thread t = new Thread(r, "helpscout-sandbox-deadlines");
      t.setDaemon(true);
      return t;
    });
    timer.setRemoveOnCancelPolicy(true);
  }

  /**
   * The executor the JDK's server runs each request on: every task (a request: its head is read
   * first, by the JDK) starts under the read deadline, and leaves its thread uninterrupted.
   */
  Executor wrap(Executor workers) {
    return task -> workers.execute(() -> {
      Deadline d = new Deadline(Thread.currentThread());
      CURRENT.set(d);
      d.arm(readTimeout);
      try {
        task.run();
      } finally {
        d.finish();
        CURRENT.remove();
      }
    });
  }

  /**
   * The request has been read: no deadline while the sandbox works on it.
   *
   * @throws InterruptedIOException when the read deadline passed first: the request must not be
   *     acted on, since its answer could not be written
   */
  static void readDone() throws InterruptedIOException {
    Deadline d = CURRENT.get();
    if (d != null) {
      d.disarm();
      if (Thread.currentThread().isInterrupted()) {
        throw new InterruptedIOException("the request was not read within its deadline");
      }
    }
  }

  /** The answer is about to be written: the client must take it within the write deadline. */
  static void writing() {
    Deadline d = CURRENT.get();
    if (d != null) {
      d.arm(d.writeTimeout());
    }
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }

  /** The deadline of one request, on the worker thread that serves it. */
  private final class Deadline {
    private final Thread worker;
    private ScheduledFuture<?> pending;
    private long generation;
    private boolean finished;

    Deadline(Thread worker) {
      this.worker = worker;
    }

    Duration writeTimeout() {
      return writeTimeout;
    }

    synchronized void arm(Duration timeout) {
      if (finished) {
        return;
      }
      disarm();
      long armed = generation;
      try {
        pending = timer.schedule(() -> expire(armed), timeout.toNanos(), TimeUnit.NANOSECONDS);
      } catch (RejectedExecutionException e) {
        // The sandbox is closing: the request is not served.
        worker.interrupt();
      }
    }

    synchronized void disarm() {
      generation++;
      if (pending != null) {
        pending.cancel(false);
        pending = null;
      }
    }

    /** On the timer thread: interrupts the worker only if this very deadline is still armed. */
    private synchronized void expire(long armed) {
      if (!finished && armed == generation) {
        pending = null;
        generation++;
        worker.interrupt();
      }
    }

    /** The request is over: no later interrupt, and none left behind for the thread's next request. */
    void finish() {
      synchronized (this) {
        disarm();
        finished = true;
      }
      Thread.interrupted();
    }
  }
}
