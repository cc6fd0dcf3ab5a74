package io.mailwright.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.mailwright.sandbox.Sandbox;
import io.mailwright.sandbox.SandboxOptions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An mbox archive with two threads (one by references, one by subject), a reply by the team, HTML and
 * plain text, attachments, a quoted From_ line, one malformed message, and one message twice (as Google
 * Takeout repeats a message once per label).
 */
class MboxImportTest {
  @TempDir Path dir;
  Path mbox;

  @BeforeEach
  void copyFixture() throws IOException {
    mbox = dir.resolve("archive.mbox");
    try (InputStream in = MboxImportTest.class.getResourceAsStream("/fixture.mbox")) {
      Files.copy(in, mbox);
    }
  }

  @Test
  void checkReportsTheMalformedMessageWithItsPosition() {
    ImportRunTest.Run run = ImportRunTest.run(Map.of(), mbox.toString(), "--check", "--mailbox", "85",
        "--agent-address", "support@acme.test", "--agent-user", "1");
    assertEquals(1, run.status(), run.out() + run.err());
    assertTrue(run.out().contains("message 4 (line 58): malformed, not imported:"), run.out());
    assertTrue(run.out().contains("4 conversation(s) read, 1 with problems"), run.out());
  }

  @Test
  void importsThreadsRepliesAndAttachmentsAndReportsTheMalformedMessage() throws IOException {
    try (Sandbox sandbox = Sandbox.start(SandboxOptions.builder().rateLimitPerMinute(100_000).build())) {
      ImportRunTest.Run run = ImportRunTest.run(ImportRunTest.CREDENTIALS, mbox.toString(), "--mailbox", "85",
          "--agent-address", "support@acme.test", "--agent-user", "1", "--base-url", sandbox.baseUrl(),
          "--requests-per-minute", "0", "--progress", "lines");
      assertEquals(1, run.status(), "one message is malformed: " + run.out() + run.err());
      assertTrue(run.out().contains("3 created, 0 failed, 0 in doubt, 0 not sent yet, 1 unreadable"), run.out());

      List<JsonNode> all = new ArrayList<>(SandboxContents.conversations(sandbox));
      all.sort(java.util.Comparator.comparing((JsonNode c) -> c.path("createdAt").asText())); // sent concurrently
      assertEquals(3, all.size());
      JsonNode pen = all.get(0);
      assertEquals("Broken pen", pen.path("subject").asText());
      assertEquals("2019-01-07T09:00:00Z", pen.path("createdAt").asText());
      assertEquals("closed", pen.path("status").asText());
      List<JsonNode> threads = oldestFirst(pen);
      // A reply thread reads back as "message", as in Help Scout; it is by the agent user.
      assertEquals(List.of("customer", "message", "customer"), threads.stream().map(t -> t.path("type").asText()).toList());
      assertEquals("user", threads.get(1).path("createdBy").path("type").asText());
      assertEquals(1, threads.get(1).path("createdBy").path("id").asLong());
      assertEquals("My pen is broken. Can you send a new one?<br>\nThanks &lt;3", threads.get(0).path("body").asText());
      assertEquals("<p>A new pen is <b>on its way</b>.</p>", threads.get(1).path("body").asText().trim(),
          "the HTML part is sent when there is one");
      assertEquals("2019-01-07T10:00:00Z", threads.get(1).path("createdAt").asText());
      JsonNode receipt = threads.get(2).path("_embedded").path("attachments").get(0);
      assertEquals("receipt.pdf", receipt.path("filename").asText());
      assertEquals("application/pdf", receipt.path("mimeType").asText());
      assertEquals(48L * 3, receipt.path("size").asLong());
      assertEquals("bob@customer.test", threads.get(2).path("cc").get(0).asText());

      JsonNode invoice = all.get(1);
      assertEquals("Invoice question", invoice.path("subject").asText());
      List<JsonNode> bob = oldestFirst(invoice);
      assertEquals(2, bob.size(), "RE: Invoice question joins by subject and customer");
      String body = bob.get(0).path("body").asText();
      assertTrue(body.startsWith("Grüße, about invoice 42:<br>\nFrom the first line"), body);
      JsonNode scan = bob.get(0).path("_embedded").path("attachments").get(0);
      assertEquals("scan.png", scan.path("filename").asText());
      assertEquals(256, scan.path("size").asLong());

      JsonNode carol = all.get(2);
      assertEquals("Invoice question", carol.path("subject").asText());
      assertEquals(1, carol.path("threads").asInt(), "the same subject from another customer is its own conversation");

      List<JsonNode> report = ImportRunTest.report(dir.resolve("archive.mbox.report.jsonl"));
      assertEquals("<a1@customer.test>", report.get(0).path("sourceId").asText());
      JsonNode malformed = report.get(3);
      assertEquals("unreadable", malformed.path("status").asText());
      assertEquals("message 4 (line 58)", malformed.path("position").asText());
    }
  }

  private static List<JsonNode> oldestFirst(JsonNode conversation) {
    List<JsonNode> threads = new ArrayList<>();
    conversation.path("_embedded").path("threads").forEach(threads::add);
    threads.sort(java.util.Comparator.comparing((JsonNode t) -> t.path("createdAt").asText())
        .thenComparing(t -> t.path("id").asLong()));
    return threads;
  }
}
