package io.mailwright.helpscout.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mailwright.helpscout.Attachment;
import io.mailwright.helpscout.ConversationStatus;
import io.mailwright.helpscout.ConversationType;
import io.mailwright.helpscout.CreateConversationRequest;
import io.mailwright.helpscout.CustomField;
import io.mailwright.helpscout.Customer;
import io.mailwright.helpscout.CustomerThread;
import io.mailwright.helpscout.HelpScout;
import io.mailwright.helpscout.NoteThread;
import io.mailwright.helpscout.ReplyThread;
import io.mailwright.helpscout.ThreadStatus;
import io.mailwright.runtime.Created;
import io.mailwright.runtime.RateLimitStatus;
import io.mailwright.runtime.RequestValidationException;
import io.mailwright.runtime.Rule;
import io.mailwright.runtime.Violation;
import io.mailwright.runtime.internal.MimeTypes;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11's friction items (and issue 8, item 14), each written as a user writes it: outside the
 * generated package, against the public API only. That it compiles is half of each test.
 */
class ErgonomicsTest {
  private static final ObjectMapper JACKSON_2 = new ObjectMapper();
  private static final tools.jackson.databind.json.JsonMapper JACKSON_3 =
      tools.jackson.databind.json.JsonMapper.builder().build();

  private static CreateConversationRequest.Builder conversation() {
    return CreateConversationRequest.builder()
        .subject("Your order")
        .mailboxId(85)                                   // item 1: an int literal, no 85L
        .type(ConversationType.EMAIL)
        .status(ConversationStatus.ACTIVE)
        .customer(Customer.builder().email("bear@acme.com"))
        .addThread(CustomerThread.builder().customer(Customer.builder().email("bear@acme.com")).text("Hello"));
  }

  private static JsonNode json(Object value) throws Exception {
    return JACKSON_2.readTree(JACKSON_2.writeValueAsString(value));
  }

  // --- 1. ids take a long (an int literal), absent stays "not called"

  @Test
  void idsTakeIntLiterals() throws Exception {
    CreateConversationRequest request = conversation()
        .user(7)
        .assignTo(42)
        .addField(CustomField.builder().id(531).value("trial"))
        .build();

    JsonNode sent = json(request);
    assertEquals(85, sent.get("mailboxId").asLong());
    assertEquals(42, sent.get("assignTo").asLong());
    assertEquals(531, sent.get("fields").get(0).get("id").asLong());
    assertEquals(Long.valueOf(7), request.user());
    Long fromDatabase = null;
    assertFalse(json(conversation().user(fromDatabase).build()).has("user"), "a null Long leaves the field out");
    assertFalse(json(conversation().build()).has("assignTo"), "not called: absent");
  }

  // --- 2. a field set to null compiles and leaves it out

  @Test
  void settingFieldsToNullCompilesAndLeavesThemOut() throws Exception {
    CreateConversationRequest request = conversation()
        .type(null)
        .type(ConversationType.CHAT)
        .status(null)
        .createdAt(null)
        .closedAt(null)
        .status(ConversationStatus.CLOSED)
        .build();
    NoteThread note = NoteThread.builder().text("Called back").status(null).createdAt(null).build();

    assertEquals("closed", json(request).get("status").asText());
    assertEquals("chat", json(request).get("type").asText());
    assertFalse(json(Customer.builder().email("bear@acme.com").gender(null).photoType(null).build()).has("gender"));
    assertFalse(json(request).has("createdAt"));
    assertFalse(json(note).has("status"));
    assertNull(note.status());
    // Jackson 2 and 3 still read the wire text, through the builders' private setters.
    String wire = "{\"text\": \"x\", \"status\": \"pending\", \"imported\": true, \"createdAt\": \"2012-10-10T12:00:00Z\"}";
    for (NoteThread read : List.of(JACKSON_2.readValue(wire, NoteThread.class), JACKSON_3.readValue(wire, NoteThread.class))) {
      assertEquals(ThreadStatus.PENDING, read.status());
      assertEquals(Instant.parse("2012-10-10T12:00:00Z"), read.createdAt());
    }
  }

  // --- 3. strict reading: unknown fields reported with their path

  private static final String WITH_TYPOS = """
      {"subject": "Imported", "mailboxId": 85, "type": "email", "status": "closed",
       "customer": {"email": "bear@acme.com", "firstname": "Vernon"},
       "threads": [{"type": "customer", "text": "Hi", "customer": {"email": "bear@acme.com"},
                    "createdat": "2012-10-10T12:00:00Z"}]}
      """;

  @Test
  void strictReadingReportsUnknownFieldsWithTheirPath() throws Exception {
    for (CreateConversationRequest read : List.of(JACKSON_2.readValue(WITH_TYPOS, CreateConversationRequest.class),
        JACKSON_3.readValue(WITH_TYPOS, CreateConversationRequest.class))) {
      // Lenient, as the API: the typos are ignored, the request is valid.
      assertEquals(List.of(), read.validate());
      assertSame(read, read.requireValid());

      List<Violation> strict = read.validateStrict();
      assertEquals(List.of("customer.firstname: unknown field", "threads[0].createdat: unknown field"),
          strict.stream().map(Violation::toString).toList());
      assertEquals(Rule.UNKNOWN_FIELD, strict.get(0).rule());
      RequestValidationException e = assertThrows(RequestValidationException.class, read::requireValidStrict);
      assertEquals(2, e.violations().size());
    }
    // Without typos, strict reading finds nothing.
    CreateConversationRequest clean = JACKSON_2.readValue(WITH_TYPOS.replace("firstname", "firstName")
        .replace("createdat", "createdAt").replace("\"type\": \"customer\",", "\"type\": \"customer\", \"imported\": true,"),
        CreateConversationRequest.class);
    assertEquals(List.of(), clean.validateStrict());
  }

  // --- 4. one-step validate-or-throw

  @Test
  void requireValidReturnsTheValueOrThrowsEveryViolation() throws Exception {
    NoteThread note = JACKSON_2.readValue("{\"text\": \"Called back\"}", NoteThread.class).requireValid();
    assertEquals("Called back", note.text());

    RequestValidationException e = assertThrows(RequestValidationException.class,
        () -> JACKSON_2.readValue("{\"text\": \"\", \"status\": \"archived\"}", NoteThread.class).requireValid());
    assertEquals(List.of("text", "status"), e.violations().stream().map(Violation::path).toList());
  }

  // --- 5. calls take the body's builder

  @Test
  void callsTakeBuilders() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.start();
      server.enqueue(new MockResponse.Builder().code(201).addHeader("Resource-ID", "9").build());
      try (HelpScout helpScout = HelpScout.builder().baseUrl(server.url("/").toString()).accessToken("t").build()) {
        Created created = helpScout.threads().createNote(123, NoteThread.builder().text("Called back"));
        assertEquals(9, created.requireId());
        RecordedRequest sent = server.takeRequest(10, TimeUnit.SECONDS);
        assertEquals("Called back", JACKSON_2.readTree(sent.getBody().utf8()).get("text").asText());

        RequestValidationException e = assertThrows(RequestValidationException.class, () -> helpScout.threads()
            .createReplyThread(123, ReplyThread.builder().text("Hi").customer(Customer.builder().email("not mail"))));
        assertEquals(List.of("customer.email"), e.violations().stream().map(Violation::path).toList());
        assertEquals(1, server.getRequestCount(), "nothing sent for the invalid builder");

        server.enqueue(new MockResponse.Builder().code(201).addHeader("Resource-ID", "10").build());
        assertEquals(10, helpScout.conversations().createAsync(conversation()).get(30, TimeUnit.SECONDS).requireId());
      }
    }
  }

  // --- 6. builders' toString(), rate-limit figures that cannot be unboxed by mistake

  @Test
  void buildersShowWhatTheyHold() {
    NoteThread.Builder note = NoteThread.builder().text("Called back").status(ThreadStatus.CLOSED)
        .addAttachment(Attachment.of("a.txt", new byte[3]));
    assertEquals("NoteThread.Builder{text=Called back, status=closed, attachments=[Attachment{fileName=a.txt,"
        + " mimeType=text/plain, data=BinaryData[3 bytes]}]}", note.toString());
    assertEquals("Customer.Builder{}", Customer.builder().toString());
  }

  @Test
  void rateLimitFiguresAreOptionalInts() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.start();
      server.enqueue(new MockResponse.Builder().code(201).addHeader("Resource-ID", "9")
          .addHeader("X-RateLimit-Limit-Minute", "400").addHeader("X-RateLimit-Remaining-Minute", "398").build());
      try (HelpScout helpScout = HelpScout.builder().baseUrl(server.url("/").toString()).accessToken("t").build()) {
        RateLimitStatus before = helpScout.rateLimits();
        assertTrue(before.limitPerMinute().isEmpty());
        assertEquals(-1, before.remainingThisMinute().orElse(-1));   // "unknown", documented, never an NPE

        Created created = helpScout.threads().createNote(1, NoteThread.builder().text("x"));
        int remaining = created.rateLimit().remainingThisMinute().getAsInt();
        assertEquals(398, remaining);
        assertEquals(400, helpScout.rateLimits().limitPerMinute().getAsInt());
      }
    }
  }

  // --- 7. the mime type guess is documented and overridden in one call

  @Test
  void mimeTypeIsGuessedFromTheTableOrGivenInOneCall(@TempDir Path dir) throws Exception {
    byte[] pdf = "%PDF-1.4".getBytes(StandardCharsets.US_ASCII);
    assertEquals("text/plain", Attachment.of("notes.txt", pdf).mimeType());
    assertEquals("image/heic", Attachment.of("photo.HEIC", pdf).mimeType());
    assertEquals(MimeTypes.UNKNOWN, Attachment.of("blob", pdf).mimeType());

    assertEquals("application/pdf", Attachment.of("invoice.txt", "application/pdf", pdf).mimeType());
    assertEquals("image/png", Attachment.of("shot", "image/png", new ByteArrayInputStream(pdf), pdf.length).mimeType());
    Path file = Files.write(dir.resolve("export.dat"), pdf);
    Attachment fromFile = Attachment.fromFile(file, "text/csv");
    assertEquals("text/csv", fromFile.mimeType());
    assertEquals("export.dat", fromFile.fileName());
  }

  // --- issue 8, item 14: null arrays and names are violations, never a NullPointerException

  @Test
  void nullVarargsAndNullNamesAreViolations() {
    RequestValidationException tags = assertThrows(RequestValidationException.class,
        () -> conversation().tags((String[]) null).build());
    assertEquals(List.of("tags[0]: must not be null"), tags.violations().stream().map(Violation::toString).toList());
    assertEquals(Rule.REQUIRED, tags.violations().get(0).rule());

    RequestValidationException cc = assertThrows(RequestValidationException.class, () -> ReplyThread.builder()
        .text("Hi").customer(Customer.builder().email("bear@acme.com")).cc((String[]) null).bcc((String) null).build());
    assertEquals(List.of("cc[0]", "bcc[0]"), cc.violations().stream().map(Violation::path).toList());

    RequestValidationException attachments = assertThrows(RequestValidationException.class,
        () -> NoteThread.builder().text("x").attachments((Attachment[]) null).build());
    assertEquals(List.of("attachments[0]"), attachments.violations().stream().map(Violation::path).toList());

    RequestValidationException name = assertThrows(RequestValidationException.class,
        () -> Attachment.of(null, new byte[3]));
    assertEquals(List.of("fileName: is required"), name.violations().stream().map(Violation::toString).toList());
    RequestValidationException content = assertThrows(RequestValidationException.class,
        () -> Attachment.of("a.txt", (byte[]) null));
    assertEquals(List.of("data"), content.violations().stream().map(Violation::path).toList());
    RequestValidationException stream = assertThrows(RequestValidationException.class,
        () -> Attachment.of("a.txt", null, 10));
    assertEquals(List.of("data"), stream.violations().stream().map(Violation::path).toList());
    RequestValidationException file = assertThrows(RequestValidationException.class,
        () -> Attachment.fromFile(null));
    assertEquals(List.of("fileName", "mimeType", "data"), file.violations().stream().map(Violation::path).toList());
  }
}
