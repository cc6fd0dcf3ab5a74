package io.mailwright.sandbox;

import java.util.List;

/**
 * Something the real Help Scout would have sent when the sandbox processed a request: an email to a
 * customer, an auto reply, a notification of the mailbox's users. The sandbox sends nothing; it
 * records them so that tests can check, for example, that an import sent none.
 *
 * @param kind what would have gone out
 * @param conversationId the conversation it is about
 * @param threadId the thread that caused it, or {@code null} for the conversation as a whole
 * @param recipients email addresses (to, cc and bcc) for emails; {@code mailbox:<id>} for users' notifications
 * @param summary one line for people reading a log
 */
public record Notification(Kind kind, long conversationId, Long threadId, List<String> recipients, String summary) {
  public Notification {
    recipients = List.copyOf(recipients);
  }

  public enum Kind {
    /** A reply emailed to the customer (not a draft, not imported). */
    EMAIL_TO_CUSTOMER,
    /** The mailbox's auto reply to a new conversation created with {@code autoReply: true}. */
    AUTO_REPLY,
    /** The mailbox's users told of a new conversation or of a customer's new thread. */
    USER_NOTIFICATION
  }
}
