package io.mailwright.importer;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.util.List;

/**
 * The final report: a JSON Lines file, one line per conversation of the journal in input order
 * ({@code sourceId}, {@code status} created / failed / in doubt / pending, {@code conversationId} or
 * {@code error}), then one line per piece of the input that is no conversation at all.
 */
final class Report {
  record Totals(int created, int failed, int inDoubt, int pending, int unreadable) {
    boolean allCreated() {
      return failed == 0 && inDoubt == 0 && pending == 0 && unreadable == 0;
    }
  }

  private Report() {}

  static Totals write(Path file, Journal journal, List<Importer.Unreadable> unreadable) throws IOException, SQLException {
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    int[] counts = new int[4];
    try (OutputStream out = Files.newOutputStream(tmp);
         JsonGenerator json = new ObjectMapper().getFactory().createGenerator(out)) {
      json.setRootValueSeparator(new com.fasterxml.jackson.core.io.SerializedString("\n"));
      IOException[] failure = {null};
      journal.forEach(e -> {
        try {
          json.writeStartObject();
          json.writeStringField("sourceId", e.sourceId());
          switch (e.state()) {
            case CREATED -> {
              counts[0]++;
              json.writeStringField("status", "created");
              json.writeNumberField("conversationId", e.conversationId());
            }
            case FAILED -> {
              counts[1]++;
              json.writeStringField("status", "failed");
              json.writeBooleanField("retried", !e.finalFailure());
              json.writeStringField("error", e.reason());
            }
            case SENDING -> {
              counts[2]++;
              json.writeStringField("status", "in doubt");
              json.writeStringField("error", e.reason() == null ? "the run ended while it was being sent" : e.reason());
            }
            case PENDING -> {
              counts[3]++;
              json.writeStringField("status", "pending");
              if (e.reason() != null) {
                json.writeStringField("error", e.reason());
              }
            }
          }
          json.writeEndObject();
        } catch (IOException x) {
          failure[0] = x;
        }
      });
      if (failure[0] != null) {
        throw failure[0];
      }
      for (Importer.Unreadable u : unreadable) {
        json.writeStartObject();
        json.writeStringField("position", u.position());
        json.writeStringField("status", "unreadable");
        json.writeStringField("error", u.problem());
        json.writeEndObject();
      }
      json.writeRaw('\n');
    }
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    return new Totals(counts[0], counts[1], counts[2], counts[3], unreadable.size());
  }
}
