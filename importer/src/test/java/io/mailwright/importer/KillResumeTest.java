package io.mailwright.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mailwright.sandbox.Sandbox;
import io.mailwright.sandbox.SandboxOptions;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The importer in a child JVM, killed ({@code destroyForcibly}, no shutdown hook runs) at random moments
 * many times and started again until it finishes: the sandbox then holds exactly the export.
 */
class KillResumeTest {
  static final int CONVERSATIONS = 120;
  static final int KILLS = 8;

  @TempDir Path dir;

  @Test
  void killedAtRandomMomentsAndResumedTheSandboxHoldsExactlyTheInput() throws Exception {
    Path export = Exports.write(dir, CONVERSATIONS);
    Random random = new Random(Long.getLong("importer.killSeed", 20261130L));
    AtomicInteger writes = new AtomicInteger();
    try (Sandbox sandbox = Sandbox.start(SandboxOptions.builder().rateLimitPerMinute(1_000_000).build());
         // Each write takes 40 ms on its way, so that kills land while writes are in flight.
         FaultyProxy slow = new FaultyProxy(sandbox.baseUrl(), w -> FaultyProxy.Fault.NONE, () -> {
           writes.incrementAndGet();
           sleep(40);
         })) {
      int killed = 0;
      int finishedEarly = 0;
      for (int i = 0; i < KILLS; i++) {
        Process child = start(export, slow.baseUrl(), i);
        // The kill point is a moment in the run's progress, not on the clock: after 2 to 11 more
        // writes have reached the proxy (one of them, or more, still on its way), so a fast or a
        // slow machine kills at the same places of the run.
        int target = writes.get() + 2 + random.nextInt(10);
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (writes.get() < target && child.isAlive() && System.nanoTime() < giveUp) {
          Thread.sleep(2);
        }
        if (!child.isAlive()) {
          finishedEarly++;
          if (child.exitValue() == 0) {
            break;
          }
          continue;
        }
        assertTrue(writes.get() >= target, "run " + i + " made no progress in 120 s");
        child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        killed++;
      }
      Process last = start(export, slow.baseUrl(), KILLS);
      assertTrue(last.waitFor(180, TimeUnit.SECONDS), "the last run finishes");
      String log = Files.readString(dir.resolve("run-" + KILLS + ".log"));
      assertEquals(0, last.exitValue(), log);
      assertTrue(killed >= 3, "killed " + killed + " times, finished early " + finishedEarly + " times");
      StringBuilder logs = new StringBuilder();
      for (int i = 0; i <= KILLS; i++) {
        Path runLog = dir.resolve("run-" + i + ".log");
        if (Files.exists(runLog)) {
          logs.append(Files.readString(runLog));
        }
      }
      assertTrue(logs.toString().contains("left in doubt by an earlier run"),
          "a kill left conversations in sending, and a later run reconciled them: " + logs);
      Exactly.holdsExport(sandbox, CONVERSATIONS, dir.resolve("export.jsonl.report.jsonl"));
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private Process start(Path export, String baseUrl, int run) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(java, "-Xmx128m", "-XX:TieredStopAtLevel=1", "-cp",
        System.getProperty("java.class.path"), ImportCommand.class.getName(), export.toString(),
        "--mailbox", "85", "--base-url", baseUrl, "--requests-per-minute", "0",
        "--reconcile-after", "0", "--progress", "lines"));
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(dir.resolve("run-" + run + ".log").toFile());
    pb.environment().putAll(ImportRunTest.CREDENTIALS);
    pb.directory(new File(dir.toString()));
    return pb.start();
  }
}
