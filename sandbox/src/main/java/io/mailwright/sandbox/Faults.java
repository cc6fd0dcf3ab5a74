package io.mailwright.sandbox;

import java.util.SplittableRandom;

/**
 * Faults the sandbox injects on purpose, for tests and samples of a client's recovery: after
 * processing a write successfully (a {@code 2xx}), it closes the connection without answering, so
 * that the client cannot know whether the write happened; a client that never sends a write twice
 * reports it as unknown ({@code OutcomeUnknownException}), and must read back before sending again.
 *
 * <p>Which writes: the next {@code n} ({@link #dropNextWriteAnswers}), and beyond those a share of
 * them chosen at random with a fixed seed ({@link #dropWriteAnswers}, or
 * {@link SandboxOptions.Builder#dropWriteAnswers}). A write is any authenticated {@code POST},
 * {@code PUT}, {@code PATCH} or {@code DELETE} under {@code /v2/}; refused writes (4xx) and reads
 * are always answered. Thread-safe.
 */
public final class Faults {
  private double share;
  private int next;
  private long dropped;
  private final SplittableRandom random;

  Faults(SandboxOptions options) {
    this.share = options.dropWriteAnswers();
    this.random = new SplittableRandom(options.faultSeed());
  }

  /** Drops the answers of the next {@code n} successful writes (replacing an earlier count). */
  public synchronized void dropNextWriteAnswers(int n) {
    if (n < 0) {
      throw new IllegalArgumentException("n must not be negative, was " + n);
    }
    next = n;
  }

  /** From now on drops the answer of this share (0 to 1) of successful writes; 0 turns it off. */
  public synchronized void dropWriteAnswers(double share) {
    this.share = share(share);
  }

  /** Stops dropping answers (both the count and the share). */
  public synchronized void clear() {
    next = 0;
    share = 0;
  }

  /** How many answers were dropped so far. */
  public synchronized long droppedAnswers() {
    return dropped;
  }

  /** Decides, for one successful write, whether its answer is dropped, and counts it. */
  synchronized boolean dropThisAnswer() {
    boolean drop;
    if (next > 0) {
      next--;
      drop = true;
    } else {
      drop = share > 0 && random.nextDouble() < share;
    }
    if (drop) {
      dropped++;
    }
    return drop;
  }

  static double share(double share) {
    if (!(share >= 0 && share <= 1)) {
      throw new IllegalArgumentException("the share of dropped answers must be 0 to 1, was " + share);
    }
    return share;
  }
}
