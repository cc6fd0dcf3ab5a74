package io.mailwright.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.mailwright.sandbox.Sandbox;
import io.mailwright.sandbox.SandboxOptions;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A signal (Ctrl-C's SIGINT, or SIGTERM as here) stops the importer cleanly: requests on their way are
 * answered and recorded, nothing is left in doubt, the report is written, and a second run finishes.
 */
class GracefulStopTest {
  @TempDir Path dir;

  @Test
  void aSignalStopsTheRunWithTheJournalConsistentAndARunAgainFinishes() throws Exception {
    int n = 30;
    Path export = Exports.write(dir, n);
    try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults())) {
      // A budget of 20 a minute: 10 conversations at once, then a wait of a minute for the next ones.
      Process child = start(export, sandbox, "20");
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
      while (SandboxContents.conversations(sandbox).size() < 10 && System.nanoTime() < deadline) {
        Thread.sleep(200);
      }
      assertEquals(10, SandboxContents.conversations(sandbox).size());
      child.destroy(); // SIGTERM: the shutdown hook runs, as for Ctrl-C
      assertTrue(child.waitFor(90, TimeUnit.SECONDS), "stopped in time");
      String log = Files.readString(dir.resolve("run.log"));
      assertEquals(143, child.exitValue(), log);
      assertTrue(log.contains("stopped: stopped by a signal"), log);
      List<JsonNode> report = ImportRunTest.report(dir.resolve("export.jsonl.report.jsonl"));
      assertEquals(n, report.size());
      assertEquals(10, report.stream().filter(r -> r.path("status").asText().equals("created")).count(), log);
      assertFalse(report.stream().anyMatch(r -> r.path("status").asText().equals("in doubt")), log);

      Process again = start(export, sandbox, "0");
      assertTrue(again.waitFor(120, TimeUnit.SECONDS));
      assertEquals(0, again.exitValue(), Files.readString(dir.resolve("run.log")));
      Exactly.holdsExport(sandbox, n, dir.resolve("export.jsonl.report.jsonl"));
    }
  }

  private Process start(Path export, Sandbox sandbox, String budget) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb = new ProcessBuilder(java, "-Xmx128m", "-XX:TieredStopAtLevel=1", "-cp",
        System.getProperty("java.class.path"), ImportCommand.class.getName(), export.toString(), "--mailbox", "85",
        "--base-url", sandbox.baseUrl(), "--requests-per-minute", budget, "--progress", "lines")
        .redirectErrorStream(true).redirectOutput(dir.resolve("run.log").toFile());
    pb.environment().putAll(ImportRunTest.CREDENTIALS);
    pb.directory(new File(dir.toString()));
    return pb.start();
  }
}
