package io.mailwright.importer;

import io.mailwright.helpscout.CreateConversationRequest;
import java.time.Instant;

/**
 * What the import itself sets on a conversation and Help Scout's List Conversations can find it by:
 * the mailbox, the subject, the customer (email, or id) and {@code createdAt}. Reconciliation searches
 * by these and compares them exactly.
 */
record Fingerprint(Long mailboxId, String subject, String customerEmail, Long customerId, Instant createdAt,
    int threadCount) {

  static Fingerprint of(CreateConversationRequest r) {
    String email = r.customer() == null ? null : r.customer().email();
    Long customerId = r.customer() == null ? null : r.customer().id();
    // Help Scout matches a customer by id first and ignores the email then.
    return new Fingerprint(r.mailboxId(), r.subject(), customerId != null ? null : email, customerId, r.createdAt(),
        r.threads().size());
  }
}
