package io.mailwright.importer;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mailwright.helpscout.Attachment;
import io.mailwright.helpscout.CreateConversationRequest;
import io.mailwright.runtime.Violation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * JSON Lines in the API's own shape: each line is a Create Conversation request plus {@code sourceId};
 * an attachment may give {@code file} (relative to the export file) instead of {@code data}.
 */
final class JsonLinesSource implements ConversationSource {
  static final String SOURCE_ID = "sourceId";
  static final String FILE = "file";

  private final Path file;
  private final Long defaultMailbox;
  private final int maxLineChars;
  private final ObjectMapper mapper;
  JsonLinesSource(Path file, Long defaultMailbox, int maxLineChars) {
    this.file = file;
    this.defaultMailbox = defaultMailbox;
    this.maxLineChars = maxLineChars;
    this.mapper = new ObjectMapper()
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .addMixIn(Attachment.Builder.class, AttachmentFile.class);
  }

  @Override
  public void read(Sink sink) throws IOException, InterruptedException {
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
        StandardCharsets.UTF_8), 1 << 16)) {
      StringBuilder line = new StringBuilder();
      int number = 0;
      while (true) {
        line.setLength(0);
        boolean tooLong = false;
        int c;
        while ((c = reader.read()) != -1 && c != '\n') {
          if (line.length() < maxLineChars) {
            line.append((char) c);
          } else {
            tooLong = true;
          }
        }
        if (c == -1 && line.length() == 0 && !tooLong) {
          return;
        }
        number++;
        String position = "line " + number;
        if (tooLong) {
          sink.unreadable(position, "longer than " + maxLineChars + " characters (give large attachments as"
              + " \"file\"; --max-line-chars raises the limit)");
        } else if (!line.toString().isBlank()) {
          sink.conversation(parse(line.toString(), position));
        }
        if (c == -1) {
          return;
        }
      }
    }
  }

  /** One line: the request, or every problem of it. */
  ImportItem parse(String line, String position) {
    List<String> problems = new ArrayList<>();
    String hash = hash(line);
    JsonNode tree;
    try {
      tree = mapper.readTree(line);
    } catch (JsonProcessingException e) {
      problems.add("not JSON: " + e.getOriginalMessage());
      return new ImportItem(null, position, null, problems, hash, List.of());
    }
    if (!(tree instanceof ObjectNode root)) {
      problems.add("not a JSON object");
      return new ImportItem(null, position, null, problems, hash, List.of());
    }
    String sourceId = null;
    JsonNode id = root.remove(SOURCE_ID);
    if (id == null || id.isNull()) {
      problems.add(SOURCE_ID + ": is required");
    } else if (!id.isTextual() && !id.isIntegralNumber() || id.asText().isBlank()) {
      problems.add(SOURCE_ID + ": must be a non-empty string or an integer");
    } else {
      sourceId = id.asText();
    }
    JsonNode threads = root.path("threads");
    for (int t = 0; t < threads.size(); t++) {
      JsonNode attachments = threads.get(t).path("attachments");
      for (int a = 0; a < attachments.size(); a++) {
        if (attachments.get(a).has(FILE) && attachments.get(a).has("data")) {
          problems.add("threads[" + t + "].attachments[" + a + "]: give data or file, not both");
        }
      }
    }
    defaults(root);
    CreateConversationRequest request = null;
    try {
      request = mapper.readerFor(CreateConversationRequest.class)
          .withAttribute(ExportPath.BASE, file.toAbsolutePath().getParent())
          .readValue(root);
    } catch (JsonMappingException e) {
      problems.add(path(e) + ": " + e.getOriginalMessage());
    } catch (IOException e) {
      problems.add("unreadable: " + e.getMessage());
    }
    if (request != null) {
      // Strict: a field the API does not document (a typo) is an error, not a silently dropped value.
      for (Violation v : request.validateStrict()) {
        problems.add(v.path() + ": " + v.message());
      }
    }
    return new ImportItem(sourceId, position, problems.isEmpty() ? request : null, problems, hash, List.of());
  }

  /** {@code imported} defaults to true, on the conversation and on each thread; {@code mailboxId} to --mailbox. */
  private void defaults(ObjectNode root) {
    if (!root.has("imported")) {
      root.put("imported", true);
    }
    if (!root.has("mailboxId") && defaultMailbox != null) {
      root.put("mailboxId", defaultMailbox);
    }
    JsonNode threads = root.path("threads");
    if (threads.isArray()) {
      for (JsonNode t : threads) {
        if (t instanceof ObjectNode thread && !thread.has("imported")) {
          thread.put("imported", true);
        }
      }
    }
  }

  private static String path(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference r : e.getPath()) {
      if (r.getFieldName() != null) {
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        path.append('[').append(r.getIndex()).append(']');
      }
    }
    return path.length() == 0 ? "(root)" : path.toString();
  }

  static String hash(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /** Lets an attachment name a file instead of carrying its data: the generated builder's {@code file(Path)}. */
  abstract static class AttachmentFile {
    @JsonProperty(FILE)
    @JsonDeserialize(using = ExportPath.class)
    abstract Attachment.Builder file(Path file);
  }

  /** A path relative to the export file (an absolute path stays as it is). */
  static final class ExportPath extends JsonDeserializer<Path> {
    static final String BASE = "importer.exportDirectory";

    @Override
    public Path deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      String value = p.getValueAsString();
      if (value == null || value.isBlank()) {
        throw JsonMappingException.from(p, "must be a relative path to a file");
      }
      Path base = (Path) ctxt.getAttribute(BASE);
      return base == null ? Path.of(value) : base.resolve(value).normalize();
    }
  }
}
