package io.mailwright.importer;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Settles the conversations left in {@code sending}: each one that Help Scout holds becomes
 * {@code created(id)}, each one it does not hold goes back to {@code pending} (to be sent), and nothing
 * is sent before that is known.
 *
 * <p>Conversations of the input that are identical in everything the search can see (same mailbox,
 * subject, customer, {@code createdAt}, thread count) are settled together: the matching conversations
 * not already recorded for another {@code sourceId} are handed out in input order, and the rest go
 * back to {@code pending}. Since they are identical, which one gets which id does not matter; how many
 * exist does.
 */
final class Reconciliation {
  /** How much earlier than its first send Help Scout may have stamped a conversation without createdAt. */
  static final Duration CLOCK_SKEW = Duration.ofMinutes(10);

  record Result(int found, int notFound, int unsettled) {}

  private final Journal journal;
  private final Reconciler reconciler;

  Reconciliation(Journal journal, Reconciler reconciler) {
    this.journal = journal;
    this.reconciler = reconciler;
  }

  /** Settles {@code entries} (all in {@code sending}); a conversation whose read fails stays in {@code sending}. */
  Result settle(List<Journal.Entry> entries) throws SQLException {
    Map<Fingerprint, List<Journal.Entry>> groups = new LinkedHashMap<>();
    for (Journal.Entry e : entries) {
      groups.computeIfAbsent(e.fingerprint(), k -> new ArrayList<>()).add(e);
    }
    int found = 0;
    int notFound = 0;
    int unsettled = 0;
    for (Map.Entry<Fingerprint, List<Journal.Entry>> group : groups.entrySet()) {
      List<Journal.Entry> waiting = group.getValue();
      Instant since = waiting.stream().map(Journal.Entry::sendingSince).filter(s -> s != null).min(Instant::compareTo)
          .orElse(Instant.EPOCH).minus(CLOCK_SKEW);
      List<Long> candidates;
      try {
        candidates = reconciler.find(group.getKey(), since);
      } catch (RuntimeException e) {
        for (Journal.Entry entry : waiting) {
          journal.inDoubt(entry.sourceId(), "could not be reconciled yet: " + e.getMessage());
        }
        unsettled += waiting.size();
        continue;
      }
      List<Long> free = new ArrayList<>();
      for (long id : candidates) {
        if (!journal.isClaimed(id)) {
          free.add(id);
        }
      }
      for (int i = 0; i < waiting.size(); i++) {
        Journal.Entry entry = waiting.get(i);
        if (i < free.size()) {
          journal.created(entry.sourceId(), free.get(i));
          found++;
        } else {
          journal.notSent(entry.sourceId(), "reconciled: Help Scout does not hold it, to be sent again");
          notFound++;
        }
      }
    }
    return new Result(found, notFound, unsettled);
  }
}
