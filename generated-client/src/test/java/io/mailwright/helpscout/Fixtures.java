package io.mailwright.helpscout;

/**
 * Valid parts of requests, taken from the seed examples, for tests that break one rule at a time.
 * Builders, not values: each test changes what it needs.
 */
final class Fixtures {
  private Fixtures() {}

  /** The base64 of the seed attachment ("file"). */
  static final String FILE_BASE64 = "ZmlsZQ==";

  /** A valid instant in the API's form, the one of seed 004. */
  static final String CREATED_AT = "2012-10-10T12:00:00Z";

  /** The customer of seed 004's conversation: found or created by email, with a name. */
  static Customer.Builder vernonBear() {
    return Customer.builder().email("bear@acme.com").firstName("Vernon").lastName("Bear");
  }

  /** The attachment of every seed thread example, with the documented {@code "plain/text"}. */
  static Attachment.Builder fileTxt() {
    return Attachment.builder().fileName("file.txt").mimeType("plain/text").data(FILE_BASE64);
  }

  /** A conversation with every required field and one customer thread. */
  static CreateConversationRequest.Builder conversation() {
    return CreateConversationRequest.builder()
        .subject("Subject")
        .customer(vernonBear())
        .mailboxId(85L)
        .type(ConversationType.EMAIL)
        .status(ConversationStatus.ACTIVE)
        .addThread(CustomerThread.builder().customer(vernonBear()).text("Hello, Help Scout. How are you?"));
  }
}
