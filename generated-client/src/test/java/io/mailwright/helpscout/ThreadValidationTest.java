package io.mailwright.helpscout;

import static io.mailwright.helpscout.Fixtures.CREATED_AT;
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
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The thread pages (seeds 000 to 003, and Create Phone Thread): text and customer required,
 * createdAt only with imported, cc and bcc as email addresses, the thread status list, and the
 * attachment table. Each rule is checked on every thread type that has the field, as the body of
 * its own request.
 */
class ThreadValidationTest {

  private static final String ONLY_WITH_IMPORTED = "only allowed when imported is true";

  @ParameterizedTest
  @EnumSource(ThreadKind.class)
  void validThreadOfEveryTypeBuilds(ThreadKind kind) {
    assertValid(kind.valid().build());
  }

  // --- required fields

  @ParameterizedTest
  @EnumSource(ThreadKind.class)
  void textIsRequired(ThreadKind kind) {
    assertBuildFails(kind.builder(null, vernonBear(), null, null)::build,
        violation("text", REQUIRED, "is required"));
  }

  @ParameterizedTest
  @EnumSource(ThreadKind.class)
  void textMustNotBeEmpty(ThreadKind kind) {
    assertBuildFails(kind.builder("", vernonBear(), null, null)::build,
        violation("text", REQUIRED, "must not be empty"));
  }

  @ParameterizedTest
  @MethodSource("io.mailwright.helpscout.ThreadKind#withCustomer")
  void customerIsRequired(ThreadKind kind) {
    assertBuildFails(kind.builder("Buy more pens", null, null, null)::build,
        violation("customer", REQUIRED, "is required"));
  }

  /** The thread's own body: its customer's rules are reported under {@code customer}. */
  @ParameterizedTest
  @MethodSource("io.mailwright.helpscout.ThreadKind#withCustomer")
  void customerWithNeitherIdNorEmailIsRejectedAtCustomer(ThreadKind kind) {
    Customer.Builder nameOnly = Customer.builder().firstName("Vernon").lastName("Bear");
    assertBuildFails(kind.builder("Buy more pens", nameOnly, null, null)::build,
        violation("customer", AT_LEAST_ONE, "must have id or email"));
  }

  @ParameterizedTest
  @MethodSource("io.mailwright.helpscout.ThreadKind#withCustomer")
  void customersBrokenRulesAreReportedUnderCustomer(ThreadKind kind) {
    Customer.Builder customer = Customer.builder().email("bear").firstName("f".repeat(41)).lastName("Bear");
    assertBuildFails(kind.builder("Buy more pens", customer, null, null)::build,
        violation("customer.email", EMAIL, "must be an email address, was 'bear'"),
        violation("customer.firstName", LENGTH, "length must be 1..40, was 41"));
  }

  // --- createdAt: "It can only be used with imported field set to true"

  @ParameterizedTest
  @EnumSource(ThreadKind.class)
  void createdAtWithoutImportedIsRejected(ThreadKind kind) {
    assertBuildFails(kind.builder("Buy more pens", vernonBear(), null, CREATED_AT)::build,
        violation("createdAt", ONLY_WHEN, ONLY_WITH_IMPORTED));
  }

  @ParameterizedTest
  @EnumSource(ThreadKind.class)
  void createdAtWithImportedFalseIsRejected(ThreadKind kind) {
    assertBuildFails(kind.builder("Buy more pens", vernonBear(), false, CREATED_AT)::build,
        violation("createdAt", ONLY_WHEN, ONLY_WITH_IMPORTED));
  }

  @ParameterizedTest
  @EnumSource(ThreadKind.class)
  void createdAtWithImportedTrueIsAccepted(ThreadKind kind) {
    assertValid(kind.builder("Buy more pens", vernonBear(), true, CREATED_AT).build());
  }

  @ParameterizedTest
  @EnumSource(ThreadKind.class)
  void importedWithoutCreatedAtIsAccepted(ThreadKind kind) {
    assertValid(kind.builder("Buy more pens", vernonBear(), true, null).build());
  }

  /** The API takes whole seconds in UTC only: {@code yyyy-MM-dd'T'HH:mm:ss'Z'}. */
  @ParameterizedTest
  @EnumSource(ThreadKind.class)
  void createdAtWithAFractionOfASecondIsRejected(ThreadKind kind) {
    assertBuildFails(kind.builder("Buy more pens", vernonBear(), true, "2012-10-10T12:00:00.500Z")::build,
        violation("createdAt", INSTANT,
            "must be an instant in the form yyyy-MM-dd'T'HH:mm:ss'Z' (UTC, whole seconds), was '2012-10-10T12:00:00.500Z'"));
  }

  /** An {@link Instant} with a fraction is not rounded behind the caller's back: it is rejected. */
  @Test
  void createdAtGivenAsAnInstantWithAFractionIsRejected() {
    NoteThread.Builder note = NoteThread.builder().text("Buy more pens").imported(true)
        .createdAt(Instant.parse("2012-10-10T12:00:00.123Z"));

    assertBuildFails(note::build, violation("createdAt", INSTANT,
        "must be an instant in the form yyyy-MM-dd'T'HH:mm:ss'Z' (UTC, whole seconds), was '2012-10-10T12:00:00.123Z'"));
  }

  @Test
  void createdAtGivenAsAWholeSecondInstantIsSentInTheApiForm() {
    NoteThread note = NoteThread.builder().text("Buy more pens").imported(true)
        .createdAt(Instant.parse("2012-10-10T12:00:00Z")).build();

    assertEquals("2012-10-10T12:00:00Z", Jackson.treeOf(note).get("createdAt").asText());
    assertEquals(Instant.parse("2012-10-10T12:00:00Z"), note.createdAt());
  }

  @ParameterizedTest
  @ValueSource(strings = {"2012-10-10T12:00:00+01:00", "2012-10-10 12:00:00Z", "2012-10-10T12:00Z", "2012-02-30T12:00:00Z",
      "2012-10-10T24:00:00Z", "2012-10-10"})
  void createdAtNotInTheApiFormIsRejected(String createdAt) {
    NoteThread.Builder note = wire(NoteThread.builder().text("Buy more pens").imported(true), "createdAt", createdAt);

    assertBuildFails(note::build, violation("createdAt", INSTANT,
        "must be an instant in the form yyyy-MM-dd'T'HH:mm:ss'Z' (UTC, whole seconds), was '" + createdAt + "'"));
  }

  // --- cc and bcc: "Collection of strings representing email addresses." (customer and reply threads)

  static Stream<ConversationThread.Builder> threadsWithCcAndBcc() {
    return Stream.of(
        CustomerThread.builder().text("Buy more pens").customer(vernonBear())
            .cc("a@acme.com", "not-an-email", "c@acme.com").bcc("b@acme.com", "bear at acme.com"),
        ReplyThread.builder().text("How are you?").customer(vernonBear())
            .cc("a@acme.com", "not-an-email", "c@acme.com").bcc("b@acme.com", "bear at acme.com"));
  }

  @ParameterizedTest
  @MethodSource("threadsWithCcAndBcc")
  void ccAndBccEntriesThatAreNotEmailAddressesAreRejectedWithTheirIndex(ConversationThread.Builder thread) {
    assertBuildFails(thread::build,
        violation("cc[1]", EMAIL, "must be an email address, was 'not-an-email'"),
        violation("bcc[1]", EMAIL, "must be an email address, was 'bear at acme.com'"));
  }

  @Test
  void ccAndBccOfEmailAddressesAreAccepted() {
    assertValid(CustomerThread.builder().text("Buy more pens").customer(vernonBear())
        .cc("a@acme.com", "b@acme.com").bcc("c@acme.com").build());
    assertValid(ReplyThread.builder().text("How are you?").customer(vernonBear())
        .addCc("a@acme.com").addBcc("b@acme.com").build());
  }

  @Test
  void nullCcEntryIsRejectedWithItsIndex() {
    assertBuildFails(ReplyThread.builder().text("How are you?").customer(vernonBear()).cc(Arrays.asList("a@acme.com", null))::build,
        violation("cc[1]", REQUIRED, "must not be null"));
  }

  // --- thread status (reply and note): active, all, closed, open, pending, spam

  @Test
  void threadStatusesAreTheDocumentedListNotTheConversations() {
    assertEquals(List.of("active", "all", "closed", "open", "pending", "spam"),
        Arrays.stream(ThreadStatus.values()).map(ThreadStatus::wireValue).toList());
  }

  /** Including {@code all}, {@code open} and {@code spam}, which a conversation's status rejects. */
  @ParameterizedTest
  @ValueSource(strings = {"active", "all", "closed", "open", "pending", "spam"})
  void everyDocumentedThreadStatusIsAccepted(String status) {
    assertValid(wire(ReplyThread.builder().text("How are you?").customer(vernonBear()), "status", status).build());
    assertValid(wire(NoteThread.builder().text("Buy more pens"), "status", status).build());
  }

  @Test
  void unknownThreadStatusIsRejected() {
    String expected = "must be one of [active, all, closed, open, pending, spam], was 'archived'";
    assertBuildFails(wire(ReplyThread.builder().text("How are you?").customer(vernonBear()), "status", "archived")::build,
        violation("status", ONE_OF, expected));
    assertBuildFails(wire(NoteThread.builder().text("Buy more pens"), "status", "archived")::build,
        violation("status", ONE_OF, expected));
  }

  // --- attachments: fileName, mimeType and data required; data is Base64

  @Test
  void attachmentFieldsAreRequired() {
    assertBuildFails(Attachment.builder()::build,
        violation("fileName", REQUIRED, "is required"),
        violation("mimeType", REQUIRED, "is required"),
        violation("data", REQUIRED, "is required"));
  }

  @Test
  void attachmentFileNameAndMimeTypeMustNotBeEmpty() {
    assertBuildFails(fileTxt().fileName("").mimeType("")::build,
        violation("fileName", REQUIRED, "must not be empty"),
        violation("mimeType", REQUIRED, "must not be empty"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ZmlsZQ=", "ZmlsZQ", "Zm=sZQ==", "ZmlsZQ==\n", "Zm lsZQ==", "ZmlsZQ-_", "===="})
  void attachmentDataThatIsNotBase64IsRejected(String data) {
    assertBuildFails(fileTxt().data(data)::build,
        violation("data", BASE64, "must be valid Base64 (RFC 4648, with padding)"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ZmlsZQ==", "ZmlsZS4=", "ZmlsZS50", "+/+/"})
  void attachmentDataInBase64IsAccepted(String data) {
    assertValid(fileTxt().data(data).build());
  }

  /** An empty file is empty Base64: the empty text is valid data, sent as it is. */
  @Test
  void attachmentOfAnEmptyFileHasEmptyDataAndIsAccepted() {
    Attachment fromText = fileTxt().data("").build();
    Attachment fromBytes = fileTxt().data(new byte[0]).build();

    assertValid(fromText);
    assertEquals("", Jackson.treeOf(fromText).get("data").asText());
    assertEquals("", Jackson.treeOf(fromBytes).get("data").asText());
  }

  /** Padding is one or two {@code =} at the very end, never alone and never three. */
  @ParameterizedTest
  @ValueSource(strings = {"Z===", "ZmlsZQ=A", "Zg==Zg==", "=Zg="})
  void attachmentDataWithMisplacedPaddingIsRejected(String data) {
    assertBuildFails(fileTxt().data(data)::build,
        violation("data", BASE64, "must be valid Base64 (RFC 4648, with padding)"));
  }

  /** Bytes given as such are encoded by the client, and valid by construction. */
  @Test
  void attachmentDataGivenAsBytesIsSentAsBase64() {
    Attachment attachment = fileTxt().data("file".getBytes(StandardCharsets.US_ASCII)).build();

    assertEquals("ZmlsZQ==", Jackson.treeOf(attachment).get("data").asText());
  }

  @ParameterizedTest
  @EnumSource(ThreadKind.class)
  void attachmentViolationsCarryTheirIndexInTheThread(ThreadKind kind) {
    ConversationThread.Builder thread = ThreadKind.addAttachments(kind.valid(),
        fileTxt(),
        Attachment.builder().mimeType("plain/text").data("not base64"));

    assertBuildFails(thread::build,
        violation("attachments[1].fileName", REQUIRED, "is required"),
        violation("attachments[1].data", BASE64, "must be valid Base64 (RFC 4648, with padding)"));
  }

  @ParameterizedTest
  @EnumSource(ThreadKind.class)
  void nullAttachmentIsRejectedWithItsIndex(ThreadKind kind) {
    assertBuildFails(ThreadKind.addAttachments(kind.valid(), fileTxt(), null)::build,
        violation("attachments[1]", REQUIRED, "must not be null"));
  }
}
