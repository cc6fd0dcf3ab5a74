package io.mailwright.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.mailwright.sandbox.Sandbox;
import io.mailwright.sandbox.SandboxOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The complete example of importer/README.md is clean and imports as it says. */
class ReadmeExampleTest {
  @TempDir Path dir;

  @Test
  void theReadmeExampleChecksCleanAndImports() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    int start = readme.indexOf("```json\n") + "```json\n".length();
    String example = readme.substring(start, readme.indexOf("```", start));
    Path export = dir.resolve("export.jsonl");
    Files.writeString(export, example);
    Files.createDirectories(dir.resolve("files"));
    Files.write(dir.resolve("files/invoice-42.pdf"), "%PDF-1.4 invoice 42".getBytes());

    ImportRunTest.Run check = ImportRunTest.run(Map.of(), export.toString(), "--mailbox", "85", "--check");
    assertEquals(0, check.status(), check.out());

    try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults())) {
      ImportRunTest.Run run = ImportRunTest.run(ImportRunTest.CREDENTIALS, export.toString(), "--mailbox", "85",
          "--base-url", sandbox.baseUrl(), "--progress", "lines");
      assertEquals(0, run.status(), run.out() + run.err());
      List<JsonNode> all = SandboxContents.conversations(sandbox);
      assertEquals(2, all.size());
      JsonNode report = ImportRunTest.report(dir.resolve("export.jsonl.report.jsonl")).get(1);
      assertEquals("T-1002", report.path("sourceId").asText());
      JsonNode invoice = all.stream().filter(c -> c.path("subject").asText().equals("Invoice 42")).findFirst().orElseThrow();
      assertEquals(report.path("conversationId").asLong(), invoice.path("id").asLong());
      assertEquals(2, SandboxContents.attachments(invoice));
    }
  }
}
