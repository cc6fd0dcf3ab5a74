package io.mailwright.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.mailwright.sandbox.Sandbox;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The check every import test ends with: the sandbox holds exactly the generated export. */
final class Exactly {
  private Exactly() {}

  /** Conversations 0..n-1 of {@link Exports}, each once, threads and attachments intact; the report agrees. */
  static void holdsExport(Sandbox sandbox, int n, Path report) throws IOException {
    List<JsonNode> all = SandboxContents.conversations(sandbox);
    Map<String, List<JsonNode>> bySubject = SandboxContents.bySubject(all);
    assertEquals(n, all.size(), "conversations in the sandbox");
    Map<String, Long> reported = new HashMap<>();
    for (String line : Files.readAllLines(report)) {
      if (!line.isBlank()) {
        JsonNode r = Exports.JSON.readTree(line);
        assertEquals("created", r.path("status").asText(), line);
        reported.put(r.path("sourceId").asText(), r.path("conversationId").asLong());
      }
    }
    for (int i = 0; i < n; i++) {
      List<JsonNode> copies = bySubject.get("Imported conversation " + i);
      assertEquals(1, copies == null ? 0 : copies.size(), "copies of src-" + i);
      JsonNode c = copies.get(0);
      assertEquals(Exports.threadCount(i), c.path("threads").asInt(), "threads of src-" + i);
      assertEquals(Exports.attachmentCount(i), SandboxContents.attachments(c), "attachments of src-" + i);
      assertEquals(Exports.attachmentBytes(i), SandboxContents.attachmentBytes(c), "attachment bytes of src-" + i);
      assertEquals(Exports.START.plusSeconds(3600L * i).toString(), c.path("createdAt").asText(), "createdAt of src-" + i);
      assertEquals(c.path("id").asLong(), reported.get("src-" + i), "the report's id for src-" + i);
    }
  }
}
