package io.mailwright.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mailwright.helpscout.Attachment;
import io.mailwright.helpscout.ChatThread;
import io.mailwright.helpscout.CreateConversationRequest;
import io.mailwright.helpscout.Customer;
import io.mailwright.helpscout.CustomerThread;
import io.mailwright.helpscout.NoteThread;
import io.mailwright.helpscout.PhoneThread;
import io.mailwright.helpscout.ReplyThread;
import io.mailwright.runtime.RequestValidationException;
import io.mailwright.runtime.Rule;
import io.mailwright.runtime.Validatable;
import io.mailwright.runtime.Violation;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * A request that breaks documented rules, built with the client (which refuses it before sending)
 * and written by hand as the JSON it would have been: sent raw, the sandbox answers 400 with the
 * same violations, path for path.
 */
class ValidationParityTest {
  /**
   * The code the fragment of a field error's {@code about} link names for each rule, written out
   * here rather than taken from the sandbox under test: Help Scout's own for a missing value and a
   * value off its list ({@code NotEmpty}, {@code EnumValue}, recorded), the sandbox's documented
   * names for the rest.
   */
  private static final Map<Rule, String> HELP_SCOUT_CODES = Map.of(
      Rule.REQUIRED, "NotEmpty",
      Rule.ONE_OF, "EnumValue",
      Rule.LENGTH, "Length",
      Rule.SIZE, "Size",
      Rule.EMAIL, "Email",
      Rule.BASE64, "Base64",
      Rule.INSTANT, "DateFormat",
      Rule.ONLY_WHEN, "OnlyWhen",
      Rule.AT_LEAST_ONE, "AtLeastOne");

  private final Fixture f = new Fixture();
  private long conversation;

  @AfterEach
  void close() {
    f.close();
  }

  /**
   * As below, the client's side read from the same JSON and checked with {@code requireValid()}:
   * for values the typed builders cannot make (an unknown status, an instant in another form).
   */
  private void assertSameViolations(Class<? extends Validatable> type, String path, String json) {
    assertSameViolations(() -> new ObjectMapper().readValue(json, type).requireValid(), path, json);
  }

  private void assertSameViolations(Executable build, String path, String json) {
    List<Violation> client = assertThrows(RequestValidationException.class, build).violations();
    assertFalse(client.isEmpty());

    HttpResponse<String> r = f.postJson(path, json);
    assertEquals(400, r.statusCode(), r.body());
    JsonNode body = Fixture.json(r);
    assertEquals("Bad request", body.get("message").asText());
    List<List<String>> server = new ArrayList<>();
    for (JsonNode e : body.get("_embedded").get("errors")) {
      assertEquals("JSON", e.get("source").asText());
      String href = e.get("_links").get("about").get("href").asText();
      server.add(List.of(e.get("path").asText(), e.get("message").asText(),
          e.path("rejectedValue").asText("(none)"), href.substring(href.indexOf('#') + 1)));
    }
    List<List<String>> expected = client.stream().map(v -> List.of(v.path(), v.message(),
        v.rejectedValue() == null ? "(none)" : v.rejectedValue(), HELP_SCOUT_CODES.get(v.rule()))).toList();
    assertEquals(expected, server);
  }

  private String threads(String type) {
    if (conversation == 0) {
      conversation = f.createConversation("bear@acme.com");
    }
    return "v2/conversations/" + conversation + "/" + type;
  }

  @Test
  void createConversation() {
    assertSameViolations(CreateConversationRequest.class,
        "v2/conversations",
        """
        {"subject": "", "mailboxId": 85, "type": "ticket", "status": "Wrong",
         "customer": {"email": "not an email", "firstName": "%s", "gender": "other"},
         "threads": [
           {"type": "customer", "text": "hi", "customer": {"firstName": "Anon"}},
           {"type": "reply", "text": "", "customer": {"email": "bear@acme.com"}, "status": "done",
            "createdAt": "2020-01-01T00:00:00Z"}],
         "closedAt": "2020-01-02T00:00:00Z"}
        """.formatted("x".repeat(41)));
  }

  @Test
  void createConversationWithoutThreadsOrRequiredFields() {
    assertSameViolations(() -> CreateConversationRequest.builder().threads(List.of()).build(),
        "v2/conversations", "{\"threads\": []}");
  }

  @Test
  void customerThread() {
    assertSameViolations(CustomerThread.class,
        threads("customer"),
        """
        {"customer": {"id": 1, "photoUrl": "%s"}, "cc": ["ok@acme.com", "nope"],
         "createdAt": "2020-01-01 00:00:00", "imported": true}
        """.formatted("u".repeat(201)));
  }

  @Test
  void chatThread() {
    assertSameViolations(() -> ChatThread.builder().text("hi").customer(Customer.builder()).build(),
        threads("chats"), "{\"text\": \"hi\", \"customer\": {}}");
  }

  @Test
  void phoneThread() {
    assertSameViolations(() -> PhoneThread.builder().text("called").customer(Customer.builder().email("a@b.c"))
            .createdAt(Instant.parse("2020-01-01T00:00:00.500Z")).build(),
        threads("phones"),
        "{\"text\": \"called\", \"customer\": {\"email\": \"a@b.c\"}, \"createdAt\": \"2020-01-01T00:00:00.500Z\"}");
  }

  @Test
  void replyThread() {
    assertSameViolations(ReplyThread.class,
        threads("reply"), "{\"status\": \"bogus\", \"bcc\": [\"x@\"]}");
  }

  @Test
  void note() {
    assertSameViolations(() -> NoteThread.builder().text("see attached")
            .addAttachment(Attachment.builder().fileName("a.txt").data("not base64!"))
            .addAttachment(Attachment.builder().mimeType("text/plain").data("ZmlsZQ=="))
            .build(),
        threads("notes"),
        """
        {"text": "see attached", "attachments": [
          {"fileName": "a.txt", "data": "not base64!"},
          {"mimeType": "text/plain", "data": "ZmlsZQ=="}]}
        """);
  }
}
