package io.mailwright.helpscout;

import io.mailwright.helpscout.HostileServer.Fault;
import io.mailwright.runtime.AuthenticationException;
import io.mailwright.runtime.MailwrightException;
import io.mailwright.runtime.OutcomeUnknownException;
import io.mailwright.runtime.RateLimitException;
import io.mailwright.runtime.ServerException;
import io.mailwright.runtime.TransportException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Many threads writing notes through one client to a {@link HostileServer}, each caller following the
 * README to the letter: it sends a write again only on {@link TransportException} ("nothing was
 * received"), and stops at any other exception. Afterwards each write's outcome at the caller is set
 * against what the server processed:
 *
 * <ul>
 *   <li><b>lost</b>: the caller was told the note was created (or that it certainly was not, and
 *       gave up) and the server says otherwise;
 *   <li><b>duplicated</b>: the server created the note more than once;
 *   <li><b>unknown, not processed</b>: an {@link OutcomeUnknownException} or {@link ServerException}
 *       for a write the server never processed (a caller that reads back finds nothing: harmless,
 *       but each costs a read-back).
 * </ul>
 *
 * <p>{@code main} is the soak command ({@code benchmarks/soak.sh}); tests run small configurations.
 */
final class Soak {
  enum Outcome { CREATED, OUTCOME_UNKNOWN, SERVER_ERROR, RATE_LIMITED, AUTHENTICATION, TRANSPORT_GAVE_UP, OTHER }

  /**
   * What one run saw. {@code unknownNeverArrived}: unknown outcomes of writes the server neither
   * processed nor dropped on purpose: a connection that closed under the request (a stale pooled
   * connection the client did not catch).
   */
  record Result(int writes, int requests, int tokenRequests, Map<Fault, Integer> faults, Map<Outcome, Integer> outcomes,
      int transportResends, int lost, int duplicated, int unknownNotProcessed, int unknownProcessed,
      int unknownNeverArrived, long millis) {

    String report() {
      StringBuilder sb = new StringBuilder();
      sb.append(String.format(Locale.ROOT, "writes: %d, requests received by the server: %d (token requests: %d),"
          + " %d ms%n", writes, requests, tokenRequests, millis));
      sb.append("faults injected: ").append(faults).append('\n');
      sb.append("outcomes at the callers: ").append(outcomes).append('\n');
      sb.append("re-sends after TransportException: ").append(transportResends).append('\n');
      sb.append(String.format(Locale.ROOT, "writes lost: %d%nwrites duplicated: %d%n", lost, duplicated));
      sb.append(String.format(Locale.ROOT, "unknown outcomes (OutcomeUnknown or 5xx): %d processed, %d not processed"
          + " by the server, of which %d were not dropped by it on purpose (a connection closed under the request)%n",
          unknownProcessed, unknownNotProcessed, unknownNeverArrived));
      return sb.toString();
    }
  }

  private Soak() {}

  /**
   * Runs {@code writes} writes on {@code threads} threads against a fresh hostile server with these
   * fault shares; {@code pauseMillis} is the longest random pause of a caller between two writes (so
   * that pooled connections sit idle and meet the server's idle closes).
   */
  static Result run(int threads, int writes, Map<Fault, Double> shares, int pauseMillis, long seed) throws Exception {
    try (HostileServer server = new HostileServer(seed)) {
      shares.forEach(server::fault);
      String idle = System.getProperty("mailwright.soak.idleMillis");
      if (idle != null) {
        // The range of the server's keep-alive timeouts: -Dmailwright.soak.idleMillis=50:500
        String[] range = idle.split(":");
        server.idleCloseMinMillis = Integer.parseInt(range[0]);
        server.idleCloseMaxMillis = Integer.parseInt(range[1]);
      }
      Map<String, Outcome> outcomes = new ConcurrentHashMap<>();
      java.util.concurrent.atomic.AtomicInteger resends = new java.util.concurrent.atomic.AtomicInteger();
      long start = System.nanoTime();
      try (HelpScout client = HelpScout.builder()
          .baseUrl(server.baseUrl())
          .clientCredentials("soak-app", "soak-secret")
          .readTimeout(Duration.ofSeconds(20))
          .build()) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
          List<Future<?>> done = new ArrayList<>();
          for (int t = 0; t < threads; t++) {
            int thread = t;
            done.add(pool.submit(() -> {
              Random random = new Random(seed + thread);
              for (int i = thread; i < writes; i += threads) {
                String id = "w-" + i;
                outcomes.put(id, write(client, id, resends));
                if (pauseMillis > 0) {
                  Thread.sleep(random.nextInt(pauseMillis + 1));
                }
              }
              return null;
            }));
          }
          for (Future<?> f : done) {
            f.get(30, TimeUnit.MINUTES);
          }
        } finally {
          pool.shutdownNow();
        }
      }
      long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      Map<Outcome, Integer> byOutcome = new EnumMap<>(Outcome.class);
      int lost = 0;
      int duplicated = 0;
      int unknownNotProcessed = 0;
      int unknownProcessed = 0;
      int unknownNeverArrived = 0;
      for (Map.Entry<String, Outcome> e : outcomes.entrySet()) {
        Outcome o = e.getValue();
        byOutcome.merge(o, 1, Integer::sum);
        int n = server.processedCount(e.getKey());
        if (n > 1) {
          duplicated++;
        }
        switch (o) {
          case CREATED -> lost += n == 0 ? 1 : 0;
          // Each of these says the API did not process the write.
          case RATE_LIMITED, AUTHENTICATION, TRANSPORT_GAVE_UP -> lost += n > 0 ? 1 : 0;
          case OUTCOME_UNKNOWN, SERVER_ERROR, OTHER -> {
            if (n == 0) {
              unknownNotProcessed++;
              if (!server.droppedBeforeProcessing.contains(e.getKey())) {
                unknownNeverArrived++;
              }
            } else {
              unknownProcessed++;
            }
          }
          default -> throw new AssertionError(o);
        }
      }
      Map<Fault, Integer> faults = new EnumMap<>(Fault.class);
      server.injected.forEach((f, n) -> faults.put(f, n.get()));
      return new Result(writes, server.requests.get(), server.tokenRequests.get(), faults, byOutcome, resends.get(),
          lost, duplicated, unknownNotProcessed, unknownProcessed, unknownNeverArrived, millis);
    }
  }

  /** One write as the README tells a caller to make it: sent again only on TransportException. */
  private static Outcome write(HelpScout client, String id, java.util.concurrent.atomic.AtomicInteger resends) {
    NoteThread note = NoteThread.builder().text("Soak note [" + id + "]").build();
    for (int attempt = 1; ; attempt++) {
      try {
        client.threads().createNote(123, note);
        return Outcome.CREATED;
      } catch (TransportException e) {
        if (attempt == 20) {
          return Outcome.TRANSPORT_GAVE_UP;
        }
        resends.incrementAndGet();
      } catch (OutcomeUnknownException e) {
        return Outcome.OUTCOME_UNKNOWN;
      } catch (ServerException e) {
        return Outcome.SERVER_ERROR;
      } catch (RateLimitException e) {
        return Outcome.RATE_LIMITED;
      } catch (AuthenticationException e) {
        if (Boolean.getBoolean("mailwright.soak.debug")) {
          System.err.println("AUTH: " + e.getMessage());
        }
        return Outcome.AUTHENTICATION;
      } catch (MailwrightException e) {
        return Outcome.OTHER;
      }
    }
  }

  /**
   * The soak command: {@code Soak [threads] [writes] [pauseMillis] [seed]}, default 32 threads, 20,000
   * writes, pauses up to 40 ms, against every fault at once.
   */
  public static void main(String[] args) throws Exception {
    int threads = args.length > 0 ? Integer.parseInt(args[0]) : 32;
    int writes = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
    int pause = args.length > 2 ? Integer.parseInt(args[2]) : 40;
    long seed = args.length > 3 ? Long.parseLong(args[3]) : 1L;
    Map<Fault, Double> shares = new EnumMap<>(Fault.class);
    shares.put(Fault.RATE_LIMITED, 0.05);
    shares.put(Fault.TOKENS_EXPIRED, 0.01);
    shares.put(Fault.DROP_BEFORE_PROCESSING, 0.02);
    shares.put(Fault.DROP_AFTER_PROCESSING, 0.02);
    shares.put(Fault.CUT_502, 0.05);
    shares.put(Fault.IDLE_CLOSE, 0.5);
    String only = System.getProperty("mailwright.soak.only");
    if (only != null) {
      // One fault alone, at the share given: -Dmailwright.soak.only=TOKENS_EXPIRED:0.05
      shares.replaceAll((f, share) -> 0.0);
      String[] kv = only.split(":");
      shares.put(Fault.valueOf(kv[0]), Double.parseDouble(kv[1]));
    }
    System.out.printf(Locale.ROOT, "soak: %d threads, %d writes, pauses up to %d ms, seed %d, fault shares %s%n",
        threads, writes, pause, seed, shares);
    Result r = run(threads, writes, shares, pause, seed);
    System.out.print(r.report());
    System.exit(r.lost() == 0 && r.duplicated() == 0 ? 0 : 1);
  }
}
