package io.mailwright.helpscout;

import static io.mailwright.helpscout.ViolationAssert.assertBuildFails;
import static io.mailwright.helpscout.ViolationAssert.assertViolations;
import static io.mailwright.helpscout.ViolationAssert.violation;
import static io.mailwright.runtime.Rule.AT_LEAST_ONE;
import static io.mailwright.runtime.Rule.BASE64;
import static io.mailwright.runtime.Rule.EMAIL;
import static io.mailwright.runtime.Rule.INSTANT;
import static io.mailwright.runtime.Rule.LENGTH;
import static io.mailwright.runtime.Rule.ONE_OF;
import static io.mailwright.runtime.Rule.ONLY_WHEN;
import static io.mailwright.runtime.Rule.REQUIRED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A request read from JSON is taken as it is, however invalid, and checked only when asked:
 * {@code validate()} then lists every violation with its JSON path. A server (the sandbox) reads
 * what a client sent and answers with those violations.
 */
class UnvalidatedJsonTest {

  private static final String INVALID_CONVERSATION = """
      {
        "subject": "",
        "type": "sms",
        "status": "spam",
        "assignTo": null,
        "createdAt": "2012-10-10T12:00:00.5Z",
        "closedAt": "2012-10-11T12:00:00Z",
        "customer": {"firstName": "", "lastName": "Bear", "gender": "other"},
        "threads": [
          {"type": "customer", "text": "Hi", "createdAt": "2012-10-10T12:00:00Z", "cc": ["nope"],
           "customer": {"email": "bear at acme.com", "firstName": "Vernon", "lastName": "Bear"}},
          {"type": "note", "attachments": [{"fileName": "file.txt", "data": "ZmlsZQ="}]},
          {"type": "reply", "text": "How are you?", "status": "archived"},
          {"type": "phone", "text": "Called",
           "customer": {"id": 5, "firstName": "Vernon", "lastName": "BearBearBearBearBearBearBearBearBearBearB"}}
        ],
        "tags": [null],
        "fields": [{"value": "trial"}],
        "notAField": 1
      }
      """;

  private static final String[] ITS_VIOLATIONS = {
      violation("subject", REQUIRED, "must not be empty"),
      violation("type", ONE_OF, "must be one of [chat, email, phone], was 'sms'"),
      violation("mailboxId", REQUIRED, "is required"),
      violation("status", ONE_OF, "must be one of [active, closed, pending], was 'spam'"),
      violation("createdAt", INSTANT,
          "must be an instant in the form yyyy-MM-dd'T'HH:mm:ss'Z' (UTC, whole seconds), was '2012-10-10T12:00:00.5Z'"),
      violation("customer", AT_LEAST_ONE, "must have id or email"),
      violation("customer.firstName", LENGTH, "length must be 1..40, was 0"),
      violation("customer.gender", ONE_OF, "must be one of [male, female, unknown], was 'other'"),
      violation("threads[0].customer.email", EMAIL, "must be an email address, was 'bear at acme.com'"),
      violation("threads[0].cc[0]", EMAIL, "must be an email address, was 'nope'"),
      violation("threads[0].createdAt", ONLY_WHEN, "only allowed when imported is true"),
      violation("threads[1].text", REQUIRED, "is required"),
      violation("threads[1].attachments[0].mimeType", REQUIRED, "is required"),
      violation("threads[1].attachments[0].data", BASE64, "must be valid Base64 (RFC 4648, with padding)"),
      violation("threads[2].customer", REQUIRED, "is required"),
      violation("threads[2].status", ONE_OF, "must be one of [active, all, closed, open, pending, spam], was 'archived'"),
      violation("threads[3].customer.lastName", LENGTH, "length must be 1..40, was 41"),
      violation("tags[0]", REQUIRED, "must not be null"),
      violation("fields[0].id", REQUIRED, "is required"),
      violation("closedAt", ONLY_WHEN, "only allowed when imported is true"),
  };

  @ParameterizedTest
  @EnumSource(Jackson.class)
  void invalidConversationIsReadAndValidateListsEveryViolationWithItsPath(Jackson jackson) {
    CreateConversationRequest read = jackson.read(INVALID_CONVERSATION, CreateConversationRequest.class);

    assertViolations(read.validate(), ITS_VIOLATIONS);
  }

  /** Asking is also building: the value read, built again, fails with the same list. */
  @ParameterizedTest
  @EnumSource(Jackson.class)
  void buildingTheValueReadReportsTheSameViolations(Jackson jackson) {
    CreateConversationRequest read = jackson.read(INVALID_CONVERSATION, CreateConversationRequest.class);

    assertBuildFails(read.toBuilder()::build, ITS_VIOLATIONS);
  }

  /**
   * Values outside a list are kept as sent: the typed accessor has no constant for them (null), and
   * the value is written back unchanged, so that nothing is silently replaced.
   */
  @ParameterizedTest
  @EnumSource(Jackson.class)
  void valuesOutsideTheirListAreKeptAsSent(Jackson jackson) {
    CreateConversationRequest read = jackson.read(INVALID_CONVERSATION, CreateConversationRequest.class);

    assertNull(read.type());
    assertNull(read.status());
    assertNull(read.customer().gender());
    assertNull(((ReplyThread) read.threads().get(2)).status());
    JsonNode written = Jackson.tree(jackson.write(read));
    assertEquals("sms", written.get("type").asText());
    assertEquals("spam", written.get("status").asText());
    assertEquals("other", written.get("customer").get("gender").asText());
    assertEquals("archived", written.get("threads").get(2).get("status").asText());
  }

  @ParameterizedTest
  @EnumSource(Jackson.class)
  void threadReadAsItsOwnBodyIsValidatedOnlyWhenAsked(Jackson jackson) {
    ReplyThread read = jackson.read("""
        {"text": "", "status": "Closed", "bcc": ["a@acme.com", "b@"], "createdAt": "2012-10-10T12:00:00Z", "imported": false}
        """, ReplyThread.class);

    assertViolations(read.validate(),
        violation("text", REQUIRED, "must not be empty"),
        violation("customer", REQUIRED, "is required"),
        violation("status", ONE_OF, "must be one of [active, all, closed, open, pending, spam], was 'Closed'"),
        violation("bcc[1]", EMAIL, "must be an email address, was 'b@'"),
        violation("createdAt", ONLY_WHEN, "only allowed when imported is true"));
  }

  @ParameterizedTest
  @EnumSource(Jackson.class)
  void attachmentAndCustomFieldReadAsTheyAreAndValidateWhenAsked(Jackson jackson) {
    assertViolations(jackson.read("{\"fileName\": \"\", \"mimeType\": \"plain/text\", \"data\": \"%%%%\"}", Attachment.class).validate(),
        violation("fileName", REQUIRED, "must not be empty"),
        violation("data", BASE64, "must be valid Base64 (RFC 4648, with padding)"));
    assertViolations(jackson.read("{}", CustomField.class).validate(),
        violation("id", REQUIRED, "is required"),
        violation("value", REQUIRED, "is required"));
  }

  /** What a client that forgets the customer's id and email sends: validate() must say so, not throw. */
  @ParameterizedTest
  @EnumSource(Jackson.class)
  void emptyCustomerReadFromJsonIsReportedAsMissingIdOrEmail(Jackson jackson) {
    ChatThread read = jackson.read("{\"text\": \"Hi\", \"customer\": {}}", ChatThread.class);

    assertViolations(read.validate(), violation("customer", AT_LEAST_ONE, "must have id or email"));
  }
}
