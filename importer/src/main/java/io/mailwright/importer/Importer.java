package io.mailwright.importer;

import io.mailwright.helpscout.CreateConversationRequest;
import io.mailwright.runtime.RateLimitException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The import: registers the input in the journal, reconciles what an earlier run left in doubt, sends
 * what is pending with a few concurrent requests, reconciles what this run left in doubt and sends
 * again what Help Scout certainly does not hold. Stops cleanly when asked ({@link #stop}), with every
 * conversation's state committed.
 */
final class Importer {
  /** Sends one create request; returns the new conversation's id, or {@code null} if the answer had none. */
  interface Creator {
    Long create(CreateConversationRequest request);
  }

  record Settings(int concurrency, Duration reconcileAfter, int maxAttempts, int maxRounds) {
    static Settings defaults() {
      return new Settings(4, Duration.ofSeconds(30), 5, 3);
    }
  }

  /** One line of the final report's problems that belong to no journal entry. */
  record Unreadable(String position, String problem) {}

  private final ConversationSource source;
  private final Creator creator;
  private final Reconciler reconciler;
  private final Journal journal;
  private final Throttle throttle;
  private final Progress progress;
  private final Settings settings;
  private final Clock clock;

  private final AtomicBoolean stopping = new AtomicBoolean();
  private final CountDownLatch finished = new CountDownLatch(1);
  private volatile String stopReason;
  private final List<Unreadable> unreadable = Collections.synchronizedList(new ArrayList<>());
  /** Each sourceId's first position in the input: a repeated sourceId is a problem, not a second conversation. */
  private final Map<String, Integer> firstSeq = new HashMap<>();
  private final AtomicInteger inDoubtThisRun = new AtomicInteger();

  Importer(ConversationSource source, Creator creator, Reconciler reconciler, Journal journal, Throttle throttle,
      Progress progress, Settings settings, Clock clock) {
    this.source = source;
    this.creator = creator;
    this.reconciler = java.util.Objects.requireNonNull(reconciler, "reconciler");
    this.journal = journal;
    this.throttle = throttle;
    this.progress = progress;
    this.settings = settings;
    this.clock = clock;
  }

  /** Runs the import to its end (or until {@link #stop}). */
  void run() throws IOException, SQLException, InterruptedException {
    java.util.concurrent.ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "helpscout-import-progress");
      t.setDaemon(true);
      return t;
    });
    ticker.scheduleAtFixedRate(progress::tick, 1, 1, TimeUnit.SECONDS);
    try {
      long started = System.nanoTime();
      register();
      progress.message(String.format(java.util.Locale.ROOT,
          "read %d conversation(s) in %.1f s: %d already created, %d in doubt, %d failed or unreadable",
          progress.total.get(), (System.nanoTime() - started) / 1e9, progress.done.get(), progress.inDoubt.get(),
          progress.failed.get()));
      settleInDoubt(journal.inState(Journal.State.SENDING), "left in doubt by an earlier run");
      send(true);
      for (int round = 1; round <= settings.maxRounds() && !stopping.get() && inDoubtThisRun.get() > 0; round++) {
        inDoubtThisRun.set(0);
        Reconciliation.Result r = settleInDoubt(journal.inState(Journal.State.SENDING), "left in doubt by this run");
        if (r == null || r.notFound() == 0) {
          break;
        }
        send(false);
      }
      ticker.shutdownNow();
      progress.finish();
    } finally {
      ticker.shutdownNow();
      finished.countDown();
    }
  }

  /** Asks the run to stop: nothing new is sent, requests on their way are answered and recorded. */
  void stop(String reason) {
    if (stopping.compareAndSet(false, true)) {
      stopReason = reason;
    }
  }

  /** Waits for the run to end after {@link #stop} (for a shutdown hook), at most {@code timeout}. */
  boolean awaitFinished(Duration timeout) throws InterruptedException {
    return finished.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  boolean stopped() {
    return stopping.get();
  }

  String stopReason() {
    return stopReason;
  }

  List<Unreadable> unreadable() {
    return List.copyOf(unreadable);
  }

  private void register() throws IOException, SQLException, InterruptedException {
    int[] seq = {0};
    SQLException[] failure = {null};
    journal.inTransaction(() -> {
      try {
        source.read(new ConversationSource.Sink() {
          @Override
          public void conversation(ImportItem item) {
            int at = seq[0]++;
            progress.total.incrementAndGet();
            try {
              registerOne(item, at);
            } catch (SQLException e) {
              if (failure[0] == null) {
                failure[0] = e;
              }
            } finally {
              deleteTemporaryFiles(item);
            }
          }

          @Override
          public void unreadable(String position, String problem) {
            progress.total.incrementAndGet();
            progress.failed.incrementAndGet();
            unreadable.add(new Unreadable(position, problem));
          }
        });
      } catch (IOException e) {
        throw new SQLException("could not read the input: " + e.getMessage(), e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new SQLException("interrupted while reading the input", e);
      }
      if (failure[0] != null) {
        throw failure[0];
      }
    });
  }

  private void registerOne(ImportItem item, int at) throws SQLException {
    if (item.sourceId() == null) {
      progress.failed.incrementAndGet();
      unreadable.add(new Unreadable(item.position(), String.join("; ", item.problems())));
      return;
    }
    Integer first = firstSeq.putIfAbsent(item.sourceId(), at);
    if (first != null) {
      progress.failed.incrementAndGet();
      unreadable.add(new Unreadable(item.position(), "sourceId " + item.sourceId()
          + " repeats an earlier conversation of the input; this one is not imported"));
      return;
    }
    Fingerprint fp = item.request() == null ? new Fingerprint(null, null, null, null, null, 0)
        : Fingerprint.of(item.request());
    Journal.Entry entry = journal.register(item.sourceId(), at, fp, item.inputHash());
    if (!item.usable() && (entry.state() == Journal.State.PENDING || entry.state() == Journal.State.FAILED)) {
      journal.failed(item.sourceId(), item.position() + ": " + String.join("; ", item.problems()), true);
      progress.failed.incrementAndGet();
      return;
    }
    switch (entry.state()) {
      case CREATED -> progress.done.incrementAndGet();
      case SENDING -> progress.inDoubt.incrementAndGet();
      case FAILED -> {
        if (entry.finalFailure()) {
          progress.failed.incrementAndGet();
        }
      }
      case PENDING -> { }
    }
  }

  /** Reconciles {@code entries} (all in sending); {@code null} when there was nothing to do or the run stops. */
  private Reconciliation.Result settleInDoubt(List<Journal.Entry> entries, String why)
      throws SQLException, InterruptedException {
    if (entries.isEmpty() || stopping.get()) {
      return null;
    }
    // Give the API time to finish (and index) what it was doing when the answer was lost.
    Instant latest = entries.stream().map(Journal.Entry::sendingSince).filter(s -> s != null).max(Instant::compareTo)
        .orElse(Instant.EPOCH);
    Instant readyAt = latest.plus(settings.reconcileAfter());
    while (!stopping.get() && clock.instant().isBefore(readyAt)) {
      Thread.sleep(Math.min(1000, Math.max(1, Duration.between(clock.instant(), readyAt).toMillis())));
    }
    if (stopping.get()) {
      return null;
    }
    progress.message("reconciling " + entries.size() + " conversation(s) " + why);
    Reconciliation.Result r = new Reconciliation(journal, reconciler).settle(entries);
    progress.inDoubt.addAndGet(-(r.found() + r.notFound()));
    progress.done.addAndGet(r.found());
    progress.message("reconciled: " + r.found() + " found in Help Scout, " + r.notFound() + " to send again, "
        + r.unsettled() + " still in doubt");
    return r;
  }

  /** Sends every usable conversation of the input that is pending (and, on the first pass, failed but not finally). */
  private void send(boolean firstPass) throws IOException, InterruptedException, SQLException {
    ExecutorService pool = Executors.newFixedThreadPool(settings.concurrency(), r -> {
      Thread t = new Thread(r, "helpscout-import");
      t.setDaemon(true);
      return t;
    });
    Semaphore slots = new Semaphore(settings.concurrency() * 2);
    SQLException[] failure = {null};
    int[] seq = {0};
    try {
      source.read(new ConversationSource.Sink() {
        @Override
        public void conversation(ImportItem item) throws InterruptedException {
          int at = seq[0]++;
          boolean handed = false;
          try {
            if (stopping.get() || !item.usable() || !Integer.valueOf(at).equals(firstSeq.get(item.sourceId()))) {
              return;
            }
            Journal.Entry entry = journal.find(item.sourceId());
            boolean wanted = entry != null && (entry.state() == Journal.State.PENDING
                || firstPass && entry.state() == Journal.State.FAILED && !entry.finalFailure());
            if (!wanted) {
              return;
            }
            slots.acquire();
            handed = true;
            pool.execute(() -> {
              try {
                sendOne(item);
              } finally {
                deleteTemporaryFiles(item);
                slots.release();
                progress.tick();
              }
            });
          } catch (SQLException e) {
            failure[0] = e;
            stop("the journal failed: " + e.getMessage());
          } finally {
            if (!handed) {
              deleteTemporaryFiles(item);
            }
          }
        }

        @Override
        public void unreadable(String position, String problem) {
          // counted and recorded by the registration pass
        }
      });
    } finally {
      pool.shutdown();
      while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
        progress.tick();
      }
    }
    if (failure[0] != null) {
      throw failure[0];
    }
  }

  private void sendOne(ImportItem item) {
    String id = item.sourceId();
    int attempts = 0;
    int rateLimited = 0;
    try {
      while (!stopping.get()) {
        if (!throttle.awaitAvailable(2, stopping::get)) {
          return; // stopped while waiting for budget: still pending, nothing was sent
        }
        journal.sending(id);
        RuntimeException error;
        try {
          Long conversationId = creator.create(item.request());
          if (conversationId != null) {
            journal.created(id, conversationId);
            progress.done.incrementAndGet();
            progress.createdThisRun.incrementAndGet();
          } else {
            // Created, but the answer does not say which it is: reconciliation finds it.
            journal.inDoubt(id, "Help Scout answered 201 without the conversation's id");
            progress.inDoubt.incrementAndGet();
            inDoubtThisRun.incrementAndGet();
          }
          return;
        } catch (RuntimeException e) {
          error = e;
        }
        String reason = Outcome.reason(error);
        switch (Outcome.of(error)) {
          case REFUSED -> {
            journal.failed(id, reason, true);
            progress.failed.incrementAndGet();
            progress.message(item.position() + " (sourceId " + id + ") refused: " + reason);
            return;
          }
          case IN_DOUBT -> {
            journal.inDoubt(id, reason);
            progress.inDoubt.incrementAndGet();
            inDoubtThisRun.incrementAndGet();
            return;
          }
          case STOP -> {
            journal.notSent(id, reason);
            stop(reason);
            return;
          }
          case RATE_LIMITED -> {
            journal.notSent(id, reason);
            Duration wait = error instanceof RateLimitException r && r.retryAfter() != null ? r.retryAfter()
                : Duration.ofSeconds(1);
            throttle.pauseFor(wait);
            if (++rateLimited > 100) {
              journal.failed(id, "still rate limited after " + rateLimited + " tries: " + reason, false);
              progress.failed.incrementAndGet();
              return;
            }
          }
          case NOT_SENT -> {
            journal.notSent(id, reason);
            if (++attempts >= settings.maxAttempts()) {
              journal.failed(id, "not sent after " + attempts + " tries: " + reason, false);
              progress.failed.incrementAndGet();
              return;
            }
            pause(Duration.ofSeconds(Math.min(30, 1L << attempts)));
          }
        }
      }
    } catch (SQLException e) {
      stop("the journal failed: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stop("interrupted");
    }
  }

  private void pause(Duration d) {
    long end = System.nanoTime() + d.toNanos();
    try {
      while (!stopping.get() && end - System.nanoTime() > 0) {
        Thread.sleep(Math.min(200, Math.max(1, (end - System.nanoTime()) / 1_000_000)));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stop("interrupted");
    }
  }

  private static void deleteTemporaryFiles(ImportItem item) {
    for (Path p : item.temporaryFiles()) {
      try {
        Files.deleteIfExists(p);
      } catch (IOException e) {
        // a temporary file left behind is deleted with its directory at exit
      }
    }
  }
}
