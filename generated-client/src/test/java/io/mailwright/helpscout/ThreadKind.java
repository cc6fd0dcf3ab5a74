package io.mailwright.helpscout;

import static io.mailwright.helpscout.Wire.wire;

import java.util.List;

/**
 * The five thread types, to run one test against each. Each builds a thread of its type from the
 * fields every type shares; a note has no customer and ignores it.
 */
enum ThreadKind {
  CUSTOMER("customer"),
  CHAT("chat"),
  PHONE("phone"),
  REPLY("reply"),
  NOTE("note");

  /** The thread's {@code type} in a conversation. */
  final String wire;

  ThreadKind(String wire) {
    this.wire = wire;
  }

  boolean hasCustomer() {
    return this != NOTE;
  }

  static List<ThreadKind> withCustomer() {
    return List.of(CUSTOMER, CHAT, PHONE, REPLY);
  }

  /** A valid thread of this type. */
  ConversationThread.Builder valid() {
    return builder("Buy more pens", Fixtures.vernonBear(), null, null);
  }

  /**
   * A thread of this type; {@code null} leaves a field out. The customer is given as a builder, read
   * now and checked by the thread's {@code build()} with its path, as a user nests them.
   */
  ConversationThread.Builder builder(String text, Customer.Builder customer, Boolean imported, String createdAt) {
    return switch (this) {
      case CUSTOMER -> wire(CustomerThread.builder().text(text).customer(customer).imported(imported), "createdAt", createdAt);
      case CHAT -> wire(ChatThread.builder().text(text).customer(customer).imported(imported), "createdAt", createdAt);
      case PHONE -> wire(PhoneThread.builder().text(text).customer(customer).imported(imported), "createdAt", createdAt);
      case REPLY -> wire(ReplyThread.builder().text(text).customer(customer).imported(imported), "createdAt", createdAt);
      case NOTE -> wire(NoteThread.builder().text(text).imported(imported), "createdAt", createdAt);
    };
  }

  /** The thread with these attachments appended, each a builder (checked with its path) or null. */
  static ConversationThread.Builder addAttachments(ConversationThread.Builder thread, Attachment.Builder... attachments) {
    for (Attachment.Builder a : attachments) {
      if (thread instanceof CustomerThread.Builder b) {
        b.addAttachment(a);
      } else if (thread instanceof ChatThread.Builder b) {
        b.addAttachment(a);
      } else if (thread instanceof PhoneThread.Builder b) {
        b.addAttachment(a);
      } else if (thread instanceof ReplyThread.Builder b) {
        b.addAttachment(a);
      } else if (thread instanceof NoteThread.Builder b) {
        b.addAttachment(a);
      } else {
        throw new AssertionError("a thread type this test does not know: " + thread.getClass());
      }
    }
    return thread;
  }
}
