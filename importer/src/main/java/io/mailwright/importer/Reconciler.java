package io.mailwright.importer;

import java.time.Instant;
import java.util.List;

/**
 * Reads back from Help Scout whether a conversation whose create request may have been processed
 * exists: the ids of the conversations that match exactly what the import set (mailbox, subject,
 * customer, {@code createdAt}, thread count). Used for every conversation left in {@code sending}
 * before anything is sent again.
 */
interface Reconciler {
  /**
   * @param fingerprint what the import set on the conversation
   * @param sentNotBefore when the request first went out (when {@code createdAt} was not set, Help Scout
   *     set it at about that time)
   * @return the matching conversations' ids, in ascending order; empty when none matches
   * @throws io.mailwright.runtime.MailwrightException when the reads fail: nothing is decided then
   */
  List<Long> find(Fingerprint fingerprint, Instant sentNotBefore);
}
