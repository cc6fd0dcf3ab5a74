package io.mailwright.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mailwright.sandbox.ManualClock;
import io.mailwright.sandbox.Sandbox;
import io.mailwright.sandbox.SandboxOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 429 storms and access tokens that expire mid-run: nothing is lost, nothing is sent twice. */
class StormTest {
  @TempDir Path dir;

  @Test
  void rateLimitStormsAndExpiredTokensLoseNothing() throws IOException {
    int n = 24;
    Path export = Exports.write(dir, n);
    ManualClock clock = new ManualClock(Instant.now());
    AtomicInteger seen = new AtomicInteger();
    try (Sandbox sandbox = Sandbox.start(SandboxOptions.builder().clock(clock).rateLimitPerMinute(100_000).build());
         FaultyProxy proxy = new FaultyProxy(sandbox.baseUrl(),
             // Two storms: every write is refused with 429 for a while, longer than the client's own retries.
             w -> w >= 3 && w <= 10 || w >= 20 && w <= 27 ? FaultyProxy.Fault.RATE_LIMITED : FaultyProxy.Fault.NONE,
             // Twice in the run, every access token expires (the sandbox's clock jumps 3 hours).
             () -> {
               int w = seen.incrementAndGet();
               if (w == 14 || w == 30) {
                 clock.advance(Duration.ofHours(3));
               }
             })) {
      ImportRunTest.Run run = ImportRunTest.run(ImportRunTest.CREDENTIALS, export.toString(), "--mailbox", "85",
          "--base-url", proxy.baseUrl(), "--requests-per-minute", "0", "--progress", "lines");
      assertEquals(0, run.status(), run.out() + run.err());
      assertEquals(16, proxy.rateLimited.get());
      assertTrue(sandbox.accessTokensIssued() >= 3, "tokens issued: " + sandbox.accessTokensIssued());
      Exactly.holdsExport(sandbox, n, dir.resolve("export.jsonl.report.jsonl"));
    }
  }
}
