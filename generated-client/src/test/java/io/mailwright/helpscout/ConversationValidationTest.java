package io.mailwright.helpscout;

import static io.mailwright.helpscout.Fixtures.CREATED_AT;
import static io.mailwright.helpscout.Fixtures.conversation;
import static io.mailwright.helpscout.Fixtures.fileTxt;
import static io.mailwright.helpscout.Fixtures.vernonBear;
import static io.mailwright.helpscout.ViolationAssert.assertBuildFails;
import static io.mailwright.helpscout.ViolationAssert.assertValid;
import static io.mailwright.helpscout.ViolationAssert.violation;
import static io.mailwright.helpscout.Wire.wire;
import static io.mailwright.runtime.Rule.AT_LEAST_ONE;
import static io.mailwright.runtime.Rule.BASE64;
import static io.mailwright.runtime.Rule.EMAIL;
import static io.mailwright.runtime.Rule.INSTANT;
import static io.mailwright.runtime.Rule.LENGTH;
import static io.mailwright.runtime.Rule.ONE_OF;
import static io.mailwright.runtime.Rule.ONLY_WHEN;
import static io.mailwright.runtime.Rule.REQUIRED;
import static io.mailwright.runtime.Rule.SIZE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mailwright.runtime.RequestValidationException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Create Conversation (seed 004): its required fields, 1 to 100 threads, the type and status lists,
 * closedAt only for imported conversations, custom fields; and the rules of nested objects reported
 * with their full JSON paths, all at once.
 */
class ConversationValidationTest {

  private static final String INSTANT_FORM = "must be an instant in the form yyyy-MM-dd'T'HH:mm:ss'Z' (UTC, whole seconds), was '";

  @Test
  void conversationWithEveryRequiredFieldIsValid() {
    assertValid(conversation().build());
  }

  // --- required fields

  @Test
  void everyMissingRequiredFieldIsReported() {
    assertBuildFails(CreateConversationRequest.builder()::build,
        violation("subject", REQUIRED, "is required"),
        violation("type", REQUIRED, "is required"),
        violation("mailboxId", REQUIRED, "is required"),
        violation("status", REQUIRED, "is required"),
        violation("customer", REQUIRED, "is required"),
        violation("threads", REQUIRED, "is required"));
  }

  static Stream<Arguments> requiredFields() {
    return Stream.of(
        Arguments.of("subject", remove(b -> b.subject(null))),
        Arguments.of("type", remove(b -> b.type((ConversationType) null))),
        Arguments.of("mailboxId", remove(b -> b.mailboxId(null))),
        Arguments.of("status", remove(b -> b.status((ConversationStatus) null))),
        Arguments.of("customer", remove(b -> b.customer((Customer) null))),
        Arguments.of("threads", remove(b -> b.threads((List<ConversationThread>) null))));
  }

  private static UnaryOperator<CreateConversationRequest.Builder> remove(UnaryOperator<CreateConversationRequest.Builder> remove) {
    return remove;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("requiredFields")
  void requiredFieldLeftOutIsRejected(String field, UnaryOperator<CreateConversationRequest.Builder> leaveOut) {
    assertBuildFails(leaveOut.apply(conversation())::build, violation(field, REQUIRED, "is required"));
  }

  @Test
  void emptySubjectIsRejected() {
    assertBuildFails(conversation().subject("")::build, violation("subject", REQUIRED, "must not be empty"));
  }

  // --- threads: "There has to be least one thread"; "up to 100 threads"

  @Test
  void zeroThreadsAreRejected() {
    assertBuildFails(conversation().threads()::build, violation("threads", SIZE, "size must be 1..100, was 0"));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 100})
  void oneToAHundredThreadsAreAccepted(int count) {
    assertValid(conversation().threads(notes(count)).build());
  }

  @Test
  void aHundredAndOneThreadsAreRejected() {
    assertBuildFails(conversation().threads(notes(101))::build, violation("threads", SIZE, "size must be 1..100, was 101"));
  }

  private static List<ConversationThread> notes(int count) {
    List<ConversationThread> notes = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      notes.add(NoteThread.builder().text("Note " + i).build());
    }
    return notes;
  }

  @Test
  void nullThreadIsRejectedWithItsIndex() {
    assertBuildFails(conversation().threads(Arrays.asList(NoteThread.builder().text("Note").build(), null))::build,
        violation("threads[1]", REQUIRED, "must not be null"));
  }

  // --- type and status

  @Test
  void conversationTypesAreTheDocumentedList() {
    assertEquals(List.of("chat", "email", "phone"), Arrays.stream(ConversationType.values()).map(ConversationType::wireValue).toList());
  }

  @ParameterizedTest
  @ValueSource(strings = {"chat", "email", "phone"})
  void everyDocumentedTypeIsAccepted(String type) {
    assertValid(wire(conversation(), "type", type).build());
  }

  @Test
  void unknownTypeIsRejected() {
    assertBuildFails(wire(conversation(), "type", "sms")::build, violation("type", ONE_OF, "must be one of [chat, email, phone], was 'sms'"));
  }

  /** The conversation's three statuses, not the six of a thread. */
  @Test
  void conversationStatusesAreTheDocumentedList() {
    assertEquals(List.of("active", "closed", "pending"),
        Arrays.stream(ConversationStatus.values()).map(ConversationStatus::wireValue).toList());
  }

  @ParameterizedTest
  @ValueSource(strings = {"active", "closed", "pending"})
  void everyDocumentedConversationStatusIsAccepted(String status) {
    assertValid(wire(conversation(), "status", status).build());
  }

  /** {@code all}, {@code open} and {@code spam} are thread statuses only; the case must match. */
  @ParameterizedTest
  @ValueSource(strings = {"all", "open", "spam", "Wrong", "Active"})
  void statusOutsideTheConversationListIsRejected(String status) {
    assertBuildFails(wire(conversation(), "status", status)::build,
        violation("status", ONE_OF, "must be one of [active, closed, pending], was '" + status + "'"));
  }

  // --- createdAt and closedAt

  /** Unlike a thread's, the conversation's createdAt needs no imported: seed 004 sends it alone. */
  @Test
  void createdAtWithoutImportedIsAccepted() {
    assertValid(conversation().createdAt(Instant.parse(CREATED_AT)).build());
  }

  @Test
  void closedAtOnAConversationThatIsNotImportedIsRejected() {
    assertBuildFails(conversation().closedAt(Instant.parse(CREATED_AT))::build,
        violation("closedAt", ONLY_WHEN, "only allowed when imported is true"));
    assertBuildFails(conversation().imported(false).closedAt(Instant.parse(CREATED_AT))::build,
        violation("closedAt", ONLY_WHEN, "only allowed when imported is true"));
  }

  @Test
  void closedAtOnAnImportedConversationIsAccepted() {
    assertValid(conversation().imported(true).closedAt(Instant.parse(CREATED_AT)).build());
  }

  @Test
  void instantsWithAFractionOfASecondAreRejected() {
    // The typed setter takes any Instant (sent as Instant.toString()); JSON can hold any text.
    CreateConversationRequest.Builder conversation = wire(conversation().imported(true)
        .createdAt(Instant.parse("2012-10-10T12:00:00.250Z")), "closedAt", "2012-10-11T12:00:00.5Z");

    assertBuildFails(conversation::build,
        violation("createdAt", INSTANT, INSTANT_FORM + "2012-10-10T12:00:00.250Z'"),
        violation("closedAt", INSTANT, INSTANT_FORM + "2012-10-11T12:00:00.5Z'"));
  }

  @Test
  void wholeSecondInstantsAreSentInTheApiForm() {
    CreateConversationRequest conversation = conversation().imported(true)
        .createdAt(Instant.parse("2012-10-10T12:00:00Z"))
        .closedAt(Instant.parse("2012-10-11T08:30:05Z"))
        .build();

    assertEquals("2012-10-10T12:00:00Z", Jackson.treeOf(conversation).get("createdAt").asText());
    assertEquals("2012-10-11T08:30:05Z", Jackson.treeOf(conversation).get("closedAt").asText());
  }

  // --- custom fields and tags

  @Test
  void customFieldIdAndValueAreRequired() {
    assertBuildFails(CustomField.builder()::build,
        violation("id", REQUIRED, "is required"),
        violation("value", REQUIRED, "is required"));
  }

  @Test
  void customFieldViolationsCarryTheirIndex() {
    CreateConversationRequest.Builder conversation = conversation()
        .addField(CustomField.builder().id(531L).value("trial"))
        .addField(CustomField.builder().value("trial"))
        .addField(CustomField.builder().id(532L).value(""));

    assertBuildFails(conversation::build,
        violation("fields[1].id", REQUIRED, "is required"),
        violation("fields[2].value", REQUIRED, "must not be empty"));
  }

  @Test
  void nullCustomFieldOrTagIsRejectedWithItsIndex() {
    CreateConversationRequest.Builder conversation = conversation()
        .tags(Collections.singletonList(null))
        .fields(Arrays.asList(CustomField.builder().id(531L).value("trial").build(), null));

    assertBuildFails(conversation::build,
        violation("tags[0]", REQUIRED, "must not be null"),
        violation("fields[1]", REQUIRED, "must not be null"));
  }

  // --- nested objects: full JSON paths

  @Test
  void conversationCustomerWithNeitherIdNorEmailIsRejectedAtCustomer() {
    assertBuildFails(conversation().customer(Customer.builder().firstName("Vernon").lastName("Bear"))::build,
        violation("customer", AT_LEAST_ONE, "must have id or email"));
  }

  @Test
  void conversationCustomerEmailThatIsNotAnAddressIsRejected() {
    assertBuildFails(conversation().customer(vernonBear().email("bear at acme.com"))::build,
        violation("customer.email", EMAIL, "must be an email address, was 'bear at acme.com'"));
  }

  @ParameterizedTest
  @MethodSource("io.mailwright.helpscout.ThreadKind#withCustomer")
  void threadCustomerWithNeitherIdNorEmailIsRejectedAtItsPath(ThreadKind kind) {
    CreateConversationRequest.Builder conversation = conversation()
        .threads()
        .addThread(kind.builder("Hello", Customer.builder().firstName("Vernon").lastName("Bear"), null, null));

    assertBuildFails(conversation::build, violation("threads[0].customer", AT_LEAST_ONE, "must have id or email"));
  }

  @ParameterizedTest
  @EnumSource(ThreadKind.class)
  void threadCreatedAtWithoutImportedIsRejectedInAConversation(ThreadKind kind) {
    CreateConversationRequest.Builder conversation = conversation()
        .imported(true)
        .addThread(kind.builder("Hello", vernonBear(), null, CREATED_AT));

    assertBuildFails(conversation::build, violation("threads[1].createdAt", ONLY_WHEN, "only allowed when imported is true"));
  }

  @ParameterizedTest
  @EnumSource(ThreadKind.class)
  void threadCreatedAtWithImportedIsAcceptedInAConversation(ThreadKind kind) {
    assertValid(conversation().addThread(kind.builder("Hello", vernonBear(), true, CREATED_AT)).build());
  }

  @Test
  void everyViolationOfNestedBuildersIsReportedAtOnceWithItsFullPath() {
    CreateConversationRequest.Builder conversation = wire(CreateConversationRequest.builder(), "type", "sms")
        .mailboxId(85L)
        .status(ConversationStatus.ACTIVE)
        .customer(vernonBear().email("bear at acme.com"))
        .addThread(CustomerThread.builder().text("Hello").customer(vernonBear()).createdAt(Instant.parse(CREATED_AT)))
        .addThread(NoteThread.builder().text("").addAttachment(fileTxt().data("ZmlsZQ=")))
        .addThread(ReplyThread.builder().text("How are you?").customer(vernonBear().firstName("f".repeat(41)))
            .cc("a@acme.com", "not-an-email"))
        .addField(CustomField.builder().id(531L))
        .closedAt(Instant.parse(CREATED_AT));

    RequestValidationException e = assertBuildFails(conversation::build,
        violation("subject", REQUIRED, "is required"),
        violation("type", ONE_OF, "must be one of [chat, email, phone], was 'sms'"),
        violation("customer.email", EMAIL, "must be an email address, was 'bear at acme.com'"),
        violation("threads[0].createdAt", ONLY_WHEN, "only allowed when imported is true"),
        violation("threads[1].text", REQUIRED, "must not be empty"),
        violation("threads[1].attachments[0].data", BASE64, "must be valid Base64 (RFC 4648, with padding)"),
        violation("threads[2].customer.firstName", LENGTH, "length must be 1..40, was 41"),
        violation("threads[2].cc[1]", EMAIL, "must be an email address, was 'not-an-email'"),
        violation("fields[0].value", REQUIRED, "is required"),
        violation("closedAt", ONLY_WHEN, "only allowed when imported is true"));

    assertEquals(String.join("\n",
            "CreateConversationRequest is invalid (10 violations):",
            "  subject: is required",
            "  type: must be one of [chat, email, phone], was 'sms'",
            "  customer.email: must be an email address, was 'bear at acme.com'",
            "  threads[0].createdAt: only allowed when imported is true",
            "  threads[1].text: must not be empty",
            "  threads[1].attachments[0].data: must be valid Base64 (RFC 4648, with padding)",
            "  threads[2].customer.firstName: length must be 1..40, was 41",
            "  threads[2].cc[1]: must be an email address, was 'not-an-email'",
            "  fields[0].value: is required",
            "  closedAt: only allowed when imported is true"),
        e.getMessage());
  }

  @Test
  void exceptionMessageOfASingleViolationSaysViolation() {
    RequestValidationException e = assertBuildFails(conversation().subject(null)::build, violation("subject", REQUIRED, "is required"));

    assertEquals("CreateConversationRequest is invalid (1 violation):\n  subject: is required", e.getMessage());
  }
}
