package io.mailwright.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mailwright.sandbox.Sandbox;
import io.mailwright.sandbox.SandboxOptions;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writes Help Scout processes and whose answer is then lost (the connection closes without a byte):
 * each such conversation is found by reconciliation, never sent twice; the others are sent again.
 */
class DroppedAnswersTest {
  @TempDir Path dir;

  @Test
  void droppedAnswersAreReconciledWithNoDuplicate() throws IOException {
    int n = 30;
    Path export = Exports.write(dir, n);
    try (Sandbox sandbox = Sandbox.start(SandboxOptions.builder().rateLimitPerMinute(1_000_000)
        .dropWriteAnswers(0.3).faultSeed(7).build())) {
      ImportRunTest.Run run = ImportRunTest.run(ImportRunTest.CREDENTIALS, export.toString(), "--mailbox", "85",
          "--base-url", sandbox.baseUrl(), "--requests-per-minute", "0", "--reconcile-after", "0",
          "--progress", "lines");
      assertEquals(0, run.status(), run.out() + run.err());
      assertTrue(sandbox.faults().droppedAnswers() >= 5, "answers dropped: " + sandbox.faults().droppedAnswers());
      assertTrue(run.out().contains("found in Help Scout"), run.out());
      Exactly.holdsExport(sandbox, n, dir.resolve("export.jsonl.report.jsonl"));
    }
  }

  @Test
  void aProxyThatDropsAnswersOrRequestsCausesNoDuplicateAndNoLoss() throws IOException {
    int n = 20;
    Path export = Exports.write(dir, n);
    try (Sandbox sandbox = Sandbox.start(SandboxOptions.builder().rateLimitPerMinute(1_000_000).build());
         FaultyProxy proxy = new FaultyProxy(sandbox.baseUrl(),
             w -> w % 3 == 0 ? FaultyProxy.Fault.DROP_ANSWER
                 : w % 5 == 0 ? FaultyProxy.Fault.DROP_REQUEST : FaultyProxy.Fault.NONE, () -> { })) {
      ImportRunTest.Run run = ImportRunTest.run(ImportRunTest.CREDENTIALS, export.toString(), "--mailbox", "85",
          "--base-url", proxy.baseUrl(), "--requests-per-minute", "0", "--reconcile-after", "0",
          "--progress", "lines");
      assertEquals(0, run.status(), run.out() + run.err());
      assertTrue(proxy.dropped.get() >= 8, "answers or requests dropped: " + proxy.dropped.get());
      assertTrue(run.out().matches("(?s).*reconciled: \\d+ found in Help Scout, [1-9]\\d* to send again.*"), run.out());
      Exactly.holdsExport(sandbox, n, dir.resolve("export.jsonl.report.jsonl"));
    }
  }
}
