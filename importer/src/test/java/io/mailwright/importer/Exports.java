package io.mailwright.importer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;

/** Generated exports for the tests: {@code n} conversations in the API's own shape. */
final class Exports {
  static final ObjectMapper JSON = new ObjectMapper();
  static final Instant START = Instant.parse("2019-01-01T09:00:00Z");

  private Exports() {}

  /** The conversation {@code i} of a generated export: 1 to 3 threads, every third with attachments. */
  static ObjectNode conversation(int i, Path attachmentDir) throws IOException {
    ObjectNode c = JSON.createObjectNode();
    c.put("sourceId", "src-" + i);
    c.put("subject", "Imported conversation " + i);
    c.put("type", "email");
    c.put("status", i % 2 == 0 ? "closed" : "active");
    Instant created = START.plus(i, ChronoUnit.HOURS);
    c.put("createdAt", created.toString());
    String email = "customer" + (i % 7) + "@example.com";
    c.putObject("customer").put("email", email).put("firstName", "Customer").put("lastName", "No" + (i % 7));
    ArrayNode threads = c.putArray("threads");
    ObjectNode first = threads.addObject();
    first.put("type", "customer").put("text", "Question " + i).put("createdAt", created.toString());
    first.putObject("customer").put("email", email);
    if (i % 3 == 0 && attachmentDir != null) {
      Path file = attachmentDir.resolve("invoice-" + i + ".txt");
      Files.writeString(file, "invoice " + i + "\n".repeat(1 + i % 5));
      ArrayNode attachments = first.putArray("attachments");
      attachments.addObject().put("fileName", "invoice-" + i + ".txt").put("mimeType", "text/plain")
          .put("file", attachmentDir.getFileName() + "/invoice-" + i + ".txt");
      attachments.addObject().put("fileName", "note-" + i + ".txt").put("mimeType", "text/plain")
          .put("data", Base64.getEncoder().encodeToString(("note " + i).getBytes(StandardCharsets.UTF_8)));
    }
    if (i % 3 != 1) {
      Instant answered = created.plus(30, ChronoUnit.MINUTES);
      ObjectNode reply = threads.addObject();
      reply.put("type", "reply").put("text", "Answer " + i).put("createdAt", answered.toString());
      reply.putObject("customer").put("email", email);
    }
    if (i % 3 == 2) {
      threads.addObject().put("type", "note").put("text", "Note " + i)
          .put("createdAt", created.plus(40, ChronoUnit.MINUTES).toString());
    }
    return c;
  }

  /** Threads and attachments each conversation {@code i} has, for checking what the sandbox holds. */
  static int threadCount(int i) {
    return 1 + (i % 3 != 1 ? 1 : 0) + (i % 3 == 2 ? 1 : 0);
  }

  static int attachmentCount(int i) {
    return i % 3 == 0 ? 2 : 0;
  }

  /** The bytes of conversation {@code i}'s attachments, all together. */
  static long attachmentBytes(int i) {
    return i % 3 != 0 ? 0 : ("invoice " + i + "\n".repeat(1 + i % 5)).length() + ("note " + i).length();
  }

  /** Writes {@code n} conversations to {@code dir/export.jsonl}, attachments under {@code dir/files}. */
  static Path write(Path dir, int n) throws IOException {
    Path files = Files.createDirectories(dir.resolve("files"));
    Path export = dir.resolve("export.jsonl");
    try (Writer w = Files.newBufferedWriter(export)) {
      for (int i = 0; i < n; i++) {
        w.write(JSON.writeValueAsString(conversation(i, files)));
        w.write('\n');
      }
    }
    return export;
  }
}
