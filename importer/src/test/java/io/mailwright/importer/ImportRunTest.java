package io.mailwright.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mailwright.sandbox.Sandbox;
import io.mailwright.sandbox.SandboxOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The importer's command line against the sandbox over real HTTP. */
class ImportRunTest {
  static final Map<String, String> CREDENTIALS = Map.of(
      ImportCommand.CLIENT_ID, SandboxOptions.DEFAULT_CLIENT_ID,
      ImportCommand.CLIENT_SECRET, SandboxOptions.DEFAULT_CLIENT_SECRET);

  @TempDir Path dir;

  record Run(int status, String out, String err) {}

  static Run run(Map<String, String> env, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = ImportCommand.execute(args, env, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), false);
    return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void importsEveryConversationOnceAndARunAgainSendsNothing() throws IOException {
    Path export = Exports.write(dir, 12);
    try (Sandbox sandbox = Sandbox.start(SandboxOptions.builder().rateLimitPerMinute(100_000).build())) {
      Run first = run(CREDENTIALS, export.toString(), "--mailbox", "85", "--base-url", sandbox.baseUrl(),
          "--requests-per-minute", "0", "--progress", "lines");
      assertEquals(0, first.status(), first.out() + first.err());
      assertTrue(first.out().contains("12 created, 0 failed"), first.out());
      Path report = dir.resolve("export.jsonl.report.jsonl");
      Exactly.holdsExport(sandbox, 12, report);

      Run again = run(CREDENTIALS, export.toString(), "--mailbox", "85", "--base-url", sandbox.baseUrl(),
          "--requests-per-minute", "0", "--progress", "lines");
      assertEquals(0, again.status(), again.out() + again.err());
      Exactly.holdsExport(sandbox, 12, report);
    }
  }

  @Test
  void aConversationTheApiRefusesIsReportedAndTheRunGoesOn() throws IOException {
    Path export = Exports.write(dir, 4);
    ObjectNode unknownCustomer = Exports.conversation(4, null);
    unknownCustomer.putObject("customer").put("id", 987654); // valid for the client, unknown to Help Scout: 400
    Files.writeString(export, Exports.JSON.writeValueAsString(unknownCustomer) + "\n", StandardOpenOption.APPEND);
    try (Sandbox sandbox = Sandbox.start(SandboxOptions.builder().rateLimitPerMinute(100_000).build())) {
      Run run = run(CREDENTIALS, export.toString(), "--base-url", sandbox.baseUrl(), "--mailbox", "85",
          "--requests-per-minute", "0", "--progress", "lines");
      assertEquals(1, run.status(), run.out() + run.err());
      List<JsonNode> lines = report(dir.resolve("export.jsonl.report.jsonl"));
      assertEquals(5, lines.size());
      JsonNode refused = lines.get(4);
      assertEquals("src-4", refused.path("sourceId").asText());
      assertEquals("failed", refused.path("status").asText());
      assertTrue(refused.path("error").asText().contains("customer.id"), refused.toString());
      assertEquals(4, SandboxContents.conversations(sandbox).size());

      // A final failure is not sent again by the next run (the input did not change).
      Run again = run(CREDENTIALS, export.toString(), "--base-url", sandbox.baseUrl(), "--mailbox", "85",
          "--requests-per-minute", "0", "--progress", "lines");
      assertEquals(1, again.status());
      assertEquals(4, SandboxContents.conversations(sandbox).size());
    }
  }

  @Test
  void withoutCredentialsOrWithAMissingFileTheStatusIs2() {
    Run noCredentials = run(Map.of(), dir.resolve("missing.jsonl").toString());
    assertEquals(2, noCredentials.status());
    Run badOption = run(CREDENTIALS, "--concurrency", "many", "x.jsonl");
    assertEquals(2, badOption.status());
  }

  static List<JsonNode> report(Path file) throws IOException {
    return Files.readAllLines(file).stream().filter(l -> !l.isBlank()).map(l -> {
      try {
        return Exports.JSON.readTree(l);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }).toList();
  }
}
