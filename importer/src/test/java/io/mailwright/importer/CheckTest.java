package io.mailwright.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --check}: every problem of the input with its line and JSON path; nothing sent; the status says if it is clean. */
class CheckTest {
  @TempDir Path dir;

  @Test
  void aCleanExportIsClean() throws IOException {
    Path export = Exports.write(dir, 9);
    ImportRunTest.Run run = ImportRunTest.run(Map.of(), export.toString(), "--check", "--mailbox", "85");
    assertEquals(0, run.status(), run.out() + run.err());
    assertTrue(run.out().contains("9 conversation(s) read, 0 with problems: the input is clean"), run.out());
  }

  @Test
  void everyProblemIsPrintedWithItsLineAndPath() throws IOException {
    Path export = dir.resolve("export.jsonl");
    Files.writeString(export, String.join("\n",
        // 1: clean
        "{\"sourceId\":\"a\",\"subject\":\"Hi\",\"mailboxId\":85,\"type\":\"email\",\"status\":\"active\","
            + "\"customer\":{\"email\":\"bear@acme.com\"},\"threads\":[{\"type\":\"customer\",\"text\":\"Hello\","
            + "\"customer\":{\"email\":\"bear@acme.com\"}}]}",
        // 2: an unknown field at the top and one in a thread's customer, a rule broken in a thread
        "{\"sourceId\":\"b\",\"subjekt\":\"typo\",\"subject\":\"Hi\",\"mailboxId\":85,\"type\":\"email\","
            + "\"status\":\"active\",\"customer\":{\"email\":\"bear@acme.com\"},\"threads\":[{\"type\":\"customer\","
            + "\"text\":\"Hello\",\"customer\":{\"email\":\"bear@acme.com\",\"firstname\":\"V\","
            + "\"lastName\":\"" + "x".repeat(41) + "\"}}]}",
        // 3: not JSON
        "{\"sourceId\":",
        // 4: no sourceId, a wrong status, a missing file attachment
        "{\"subject\":\"Hi\",\"mailboxId\":85,\"type\":\"email\",\"status\":\"open\",\"customer\":{\"email\":\"b@acme.com\"},"
            + "\"threads\":[{\"type\":\"note\",\"text\":\"n\",\"attachments\":[{\"fileName\":\"x.pdf\","
            + "\"mimeType\":\"application/pdf\",\"file\":\"missing/x.pdf\"}]}]}",
        // 5: the sourceId of line 1 again
        "{\"sourceId\":\"a\",\"subject\":\"Hi\",\"mailboxId\":85,\"type\":\"email\",\"status\":\"active\","
            + "\"customer\":{\"email\":\"bear@acme.com\"},\"threads\":[{\"type\":\"customer\",\"text\":\"Hello\","
            + "\"customer\":{\"email\":\"bear@acme.com\"}}]}",
        ""));
    ImportRunTest.Run run = ImportRunTest.run(Map.of(), export.toString(), "--check");
    assertEquals(1, run.status(), run.out() + run.err());
    String out = run.out();
    assertTrue(out.contains("line 2 (sourceId b): subjekt: unknown field"), out);
    assertTrue(out.contains("line 2 (sourceId b): threads[0].customer.firstname: unknown field"), out);
    assertTrue(out.contains("line 2 (sourceId b): threads[0].customer.lastName: length must be 1..40, was 41"), out);
    assertTrue(out.contains("line 3: not JSON"), out);
    assertTrue(out.contains("line 4: sourceId: is required"), out);
    assertTrue(out.contains("line 4: status: must be one of [active, closed, pending], was 'open'"), out);
    assertTrue(out.contains("line 4: threads[0].attachments[0].data: file "), out);
    assertTrue(out.contains("line 5 (sourceId a): sourceId: repeats line 1"), out);
    assertTrue(out.contains("5 conversation(s) read, 4 with problems"), out);
    assertTrue(!out.contains("line 1 "), out);
  }

  @Test
  void aConversationTheApiCannotTakeWholeIsReportedNotCut() throws IOException {
    com.fasterxml.jackson.databind.node.ObjectNode c = Exports.conversation(0, null);
    com.fasterxml.jackson.databind.node.ArrayNode threads = c.putArray("threads");
    for (int i = 0; i < 101; i++) {
      threads.addObject().put("type", "note").put("text", "note " + i);
    }
    Path export = dir.resolve("export.jsonl");
    Files.writeString(export, Exports.JSON.writeValueAsString(c) + "\n");
    ImportRunTest.Run run = ImportRunTest.run(Map.of(), export.toString(), "--check", "--mailbox", "85");
    assertEquals(1, run.status());
    assertTrue(run.out().contains("line 1 (sourceId src-0): threads: size must be 1..100, was 101"), run.out());
  }

  @Test
  void aFileAttachmentIsReadRelativeToTheExportAndImportedDefaultsToTrue() throws IOException {
    Path files = Files.createDirectories(dir.resolve("files"));
    Files.writeString(files.resolve("a.txt"), "attached");
    String line = "{\"sourceId\":\"a\",\"subject\":\"Hi\",\"type\":\"email\",\"status\":\"closed\","
        + "\"createdAt\":\"2019-01-01T00:00:00Z\",\"closedAt\":\"2019-01-02T00:00:00Z\","
        + "\"customer\":{\"email\":\"bear@acme.com\"},\"threads\":[{\"type\":\"customer\",\"text\":\"Hello\","
        + "\"createdAt\":\"2019-01-01T00:00:00Z\",\"customer\":{\"email\":\"bear@acme.com\"},"
        + "\"attachments\":[{\"fileName\":\"a.txt\",\"mimeType\":\"text/plain\",\"file\":\"files/a.txt\"}]}]}";
    ImportItem item = new JsonLinesSource(dir.resolve("export.jsonl"), 85L, 1 << 20).parse(line, "line 1");
    assertEquals(java.util.List.of(), item.problems());
    assertEquals(Boolean.TRUE, item.request().imported());
    assertEquals(85L, item.request().mailboxId());
    io.mailwright.helpscout.CustomerThread thread = (io.mailwright.helpscout.CustomerThread) item.request().threads().get(0);
    assertEquals(Boolean.TRUE, thread.imported());
    assertEquals(8, thread.attachments().get(0).data().size());
  }
}
