package io.mailwright.importer;

import io.mailwright.helpscout.Conversation;
import io.mailwright.helpscout.ConversationStatusFilter;
import io.mailwright.helpscout.HelpScout;
import io.mailwright.helpscout.ListConversationsQuery;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Reconciliation through Help Scout's List Conversations, with only what Help Scout documents: the
 * {@code mailbox} and {@code status} filters and the search {@code query} ({@code email:},
 * {@code subject:}, {@code createdAt:[A TO B]}). The search narrows; each conversation it returns is
 * then compared exactly with what the import set (subject, customer, {@code createdAt}, at least the
 * imported threads), so a search that matches loosely never claims a conversation.
 */
final class ListConversationsReconciler implements Reconciler {
  private final HelpScout client;

  ListConversationsReconciler(HelpScout client) {
    this.client = client;
  }

  @Override
  public List<Long> find(Fingerprint fp, Instant sentNotBefore) {
    ListConversationsQuery.Builder query = ListConversationsQuery.builder()
        .status(ConversationStatusFilter.ALL)
        .query(query(fp, sentNotBefore));
    if (fp.mailboxId() != null) {
      query.mailbox(fp.mailboxId().longValue());
    }
    List<Long> ids = new ArrayList<>();
    try (Stream<Conversation> found = client.conversations().listAll(query.build())) {
      found.filter(c -> matches(c, fp, sentNotBefore)).forEach(c -> ids.add(java.util.Objects.requireNonNull(c.id())));
    }
    ids.sort(Long::compare);
    return ids;
  }

  /** The search: the customer's email, the subject (when it can be quoted), and when it was created. */
  static String query(Fingerprint fp, Instant sentNotBefore) {
    List<String> terms = new ArrayList<>();
    if (fp.customerEmail() != null && quotable(fp.customerEmail())) {
      terms.add("email:\"" + fp.customerEmail() + "\"");
    }
    if (fp.subject() != null && quotable(fp.subject()) && !fp.subject().isBlank()) {
      terms.add("subject:\"" + fp.subject() + "\"");
    }
    if (fp.createdAt() != null) {
      terms.add("createdAt:[" + fp.createdAt() + " TO " + fp.createdAt() + "]");
    } else {
      terms.add("createdAt:[" + sentNotBefore.truncatedTo(ChronoUnit.SECONDS) + " TO *]");
    }
    return "(" + String.join(" AND ", terms) + ")";
  }

  private static boolean quotable(String value) {
    return value.indexOf('"') < 0 && value.indexOf('\\') < 0 && value.indexOf('\u201c') < 0
        && value.indexOf('\u201d') < 0;
  }

  static boolean matches(Conversation c, Fingerprint fp, Instant sentNotBefore) {
    if (c.id() == null || fp.subject() != null && !fp.subject().equals(c.subject())) {
      return false;
    }
    if (fp.createdAt() != null ? !fp.createdAt().equals(c.createdAt())
        : c.createdAt() == null || c.createdAt().isBefore(sentNotBefore)) {
      return false;
    }
    if (c.threadCount() != null && c.threadCount() < fp.threadCount()) {
      return false; // agents may have added threads since; the import's own are never fewer
    }
    if (c.primaryCustomer() == null) {
      return false;
    }
    if (fp.customerId() != null) {
      return fp.customerId().equals(c.primaryCustomer().id());
    }
    return fp.customerEmail() != null && c.primaryCustomer().email() != null
        && fp.customerEmail().toLowerCase(Locale.ROOT).equals(c.primaryCustomer().email().toLowerCase(Locale.ROOT));
  }
}
