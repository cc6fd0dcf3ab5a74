package io.mailwright.importer;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * Where the run is: done / total, rate, ETA, failed, in doubt. On a terminal a bar redrawn in place
 * (at most 10 times a second); elsewhere (a log, a pipe, CI) a plain line every {@code interval}.
 */
final class Progress {
  final AtomicInteger total = new AtomicInteger();
  /** Created, this run or an earlier one. */
  final AtomicInteger done = new AtomicInteger();
  final AtomicInteger createdThisRun = new AtomicInteger();
  final AtomicInteger failed = new AtomicInteger();
  final AtomicInteger inDoubt = new AtomicInteger();

  private final PrintStream out;
  private final boolean bar;
  private final long intervalNanos;
  private final LongSupplier nanoTime;
  private final long started;
  private long lastShown;
  private boolean shownBar;

  Progress(PrintStream out, boolean bar, Duration interval, LongSupplier nanoTime) {
    this.out = out;
    this.bar = bar;
    this.intervalNanos = bar ? Duration.ofMillis(100).toNanos() : interval.toNanos();
    this.nanoTime = nanoTime;
    this.started = nanoTime.getAsLong();
    this.lastShown = started;
  }

  /** Shows the figures if it is time to (call it as often as you like). */
  synchronized void tick() {
    long now = nanoTime.getAsLong();
    if (now - lastShown >= intervalNanos) {
      lastShown = now;
      show(now);
    }
  }

  /** Shows the final figures and ends the bar's line. */
  synchronized void finish() {
    show(nanoTime.getAsLong());
    if (bar && shownBar) {
      out.println();
    }
    out.flush();
  }

  /** A line of its own (a message) that does not garble the bar. */
  synchronized void message(String line) {
    if (bar && shownBar) {
      out.print("\r\033[2K");
    }
    out.println(line);
    if (bar && shownBar) {
      show(nanoTime.getAsLong());
    }
  }

  private void show(long now) {
    int total = this.total.get();
    int done = this.done.get();
    double seconds = Math.max(1e-3, (now - started) / 1e9);
    double rate = createdThisRun.get() / seconds;
    int left = Math.max(0, total - done - failed.get());
    String eta = rate > 0 ? duration((long) (left / rate)) : "--:--";
    String figures = String.format(Locale.ROOT, "%d/%d  %.1f/s  ETA %s  failed %d  in doubt %d", done, total, rate,
        eta, failed.get(), inDoubt.get());
    if (bar) {
      int width = 30;
      int filled = total == 0 ? width : (int) ((long) width * Math.min(done + failed.get(), total) / total);
      out.print("\r\033[2K[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + figures);
      out.flush();
      shownBar = true;
    } else {
      out.println("progress " + figures);
    }
  }

  private static String duration(long seconds) {
    return seconds >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
        : String.format(Locale.ROOT, "%02d:%02d", seconds / 60, seconds % 60);
  }
}
