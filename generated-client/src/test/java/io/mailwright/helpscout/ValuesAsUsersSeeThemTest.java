package io.mailwright.helpscout;

import static io.mailwright.helpscout.ViolationAssert.assertViolations;
import static io.mailwright.helpscout.ViolationAssert.violation;
import static io.mailwright.helpscout.runtime.Rule.BASE64;
import static io.mailwright.helpscout.runtime.Rule.ONE_OF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.mailwright.helpscout.runtime.BinaryData;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a user reads back from the values: a value list's accessor gives the constant that was set
 * (null when it was cleared), validate() of a customer read from JSON reports its own mistakes, an
 * attachment's content has the size its Base64 says and is equal to the same bytes given as bytes,
 * and every letter of the Base64 alphabet is accepted, the characters next to it are not.
 */
class ValuesAsUsersSeeThemTest {
  @Test
  void valueListAccessorsGiveWhatWasSet() {
    CreateConversationRequest request = Fixtures.conversation().type(ConversationType.CHAT)
        .status(ConversationStatus.PENDING).build();
    assertEquals(ConversationType.CHAT, request.type());
    assertEquals(ConversationStatus.PENDING, request.status());

    Customer customer = Customer.builder().email("bear@acme.com").gender(Gender.FEMALE).build();
    assertEquals(Gender.FEMALE, customer.gender());

    ReplyThread reply = ReplyThread.builder().text("Thanks").customer(Fixtures.vernonBear())
        .status(ThreadStatus.CLOSED).build();
    assertEquals(ThreadStatus.CLOSED, reply.status());
    ReplyThread cleared = reply.toBuilder().status((ThreadStatus) null).build();
    assertNull(cleared.status());
    assertNull(Jackson.treeOf(cleared).get("status"), "a cleared value is left out of the JSON");
  }

  @Test
  void aCustomerReadFromJsonReportsItsOwnMistakesOnValidate() {
    Customer read = Jackson.JACKSON_2.read("{\"email\": \"bear@acme.com\", \"gender\": \"other\"}", Customer.class);

    assertViolations(read.validate(), violation("gender", ONE_OF, "must be one of [male, female, unknown], was 'other'"));
  }

  @ParameterizedTest
  @CsvSource({"'', 0", "Zg==, 1", "Zm8=, 2", "Zm9v, 3", "ZmlsZQ==, 4", "ZmlsZS4=, 5", "ZmlsZS50, 6"})
  void base64ContentHasTheSizeOfItsBytes(String base64, long size) {
    assertEquals(size, BinaryData.ofBase64(base64).size());
    assertEquals(size, BinaryData.of(java.util.Base64.getDecoder().decode(base64)).size());
  }

  @Test
  void theSameContentGivenAsBase64OrAsBytesIsEqual() {
    BinaryData text = BinaryData.ofBase64("ZmlsZQ==");
    BinaryData bytes = BinaryData.of("file".getBytes(StandardCharsets.US_ASCII));

    assertEquals(text, bytes);
    assertEquals(bytes, text);
    assertEquals(text.hashCode(), bytes.hashCode());
    assertNotEquals(text, BinaryData.ofBase64("ZmlsZS4="));
    assertNotEquals(text, BinaryData.of("other".getBytes(StandardCharsets.US_ASCII)));
    assertNotEquals(BinaryData.of("other".getBytes(StandardCharsets.US_ASCII)), text);
    assertNotEquals(BinaryData.ofBase64("not base64!"), bytes, "text that is no Base64 equals no bytes");
  }

  @Test
  void theWholeBase64AlphabetIsAcceptedAndItsNeighboursAreNot() {
    ViolationAssert.assertValid(Fixtures.fileTxt().data("AZaz09+/").build());
    for (String neighbour : new String[] {"AZa@", "AZa[", "AZa`", "AZa{", "AZa:", "AZa*", "AZa.", "AZa-"}) {
      ViolationAssert.assertBuildFails(Fixtures.fileTxt().data(neighbour)::build,
          violation("data", BASE64, "must be valid Base64 (RFC 4648, with padding)"));
    }
  }
}
