package io.mailwright.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mailwright.sandbox.Records.ConversationRecord;
import io.mailwright.sandbox.Records.CustomerRecord;
import io.mailwright.sandbox.Records.ThreadRecord;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The read endpoints: List Conversations with its filters and search query, List Threads, List
 * Customers, the account's mailboxes, folders, custom fields and users. Each answers Help Scout's
 * HAL shape ({@link Paging}); a filter the sandbox cannot read is a {@code 400} naming it.
 */
final class Reads {
  private static final Set<String> STATUSES = Set.of("active", "all", "closed", "open", "pending", "spam");

  /**
   * A conversation's state at the start of a request, read once under its lock, so that filters and
   * sorting see one consistent value however many threads arrive meanwhile.
   */
  private record Row(ConversationRecord c, String status, Instant modifiedAt, Account.Folder folder) {}

  private static final Map<String, Comparator<Row>> CONVERSATION_SORTS = Map.of(
      "createdat", Comparator.comparing(r -> r.c().createdAt),
      "score", Comparator.comparing(r -> r.c().createdAt),
      "modifiedat", Comparator.comparing(Row::modifiedAt),
      "waitingsince", Comparator.comparing(Row::modifiedAt),
      "number", Comparator.comparingLong(r -> r.c().number),
      "subject", Comparator.comparing(r -> r.c().subject.toLowerCase(Locale.ROOT)),
      "status", Comparator.comparing(Row::status),
      "mailboxid", Comparator.comparingLong(r -> r.c().mailboxId));

  private final Store store;
  private final Representations representations;
  private final SandboxOptions options;
  private final Instant started;

  Reads(Store store, Representations representations, SandboxOptions options) {
    this.store = store;
    this.representations = representations;
    this.options = options;
    this.started = options.clock().instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
  }

  /** {@code true} when {@code embed} names {@code threads} (a comma list). */
  static boolean embedsThreads(Map<String, String> query) {
    String embed = query.get("embed");
    if (embed == null) {
      return false;
    }
    for (String part : embed.split(",")) {
      if (part.trim().equals("threads")) {
        return true;
      }
    }
    return false;
  }

  ObjectNode listConversations(Map<String, String> q, String base) {
    Predicate<Row> filter = r -> true;
    String status = q.getOrDefault("status", "active").trim().toLowerCase(Locale.ROOT);
    if (!STATUSES.contains(status)) {
      throw invalid("status", q.get("status"), "must be one of active, all, closed, open, pending, spam");
    }
    if (!status.equals("all")) {
      filter = filter.and(r -> matchesStatus(status, r.status()));
    }
    if (present(q, "mailbox")) {
      Set<Long> ids = new HashSet<>(numbers(q, "mailbox"));
      filter = filter.and(r -> ids.contains(r.c().mailboxId));
    }
    if (present(q, "folder")) {
      long folder = number(q, "folder");
      filter = filter.and(r -> r.folder() != null && r.folder().id() == folder);
    }
    if (present(q, "tag")) {
      Set<String> tags = new HashSet<>();
      for (String t : q.get("tag").split(",")) {
        if (!t.isBlank()) {
          tags.add(t.trim().toLowerCase(Locale.ROOT));
        }
      }
      filter = filter.and(r -> r.c().tags.stream().anyMatch(t -> tags.contains(t.toLowerCase(Locale.ROOT))));
    }
    if (present(q, "assigned_to")) {
      long user = number(q, "assigned_to");
      filter = filter.and(r -> r.c().assigned && r.c().assignee != null && r.c().assignee == user);
    }
    if (present(q, "modifiedSince")) {
      Instant since = instant(q, "modifiedSince");
      filter = filter.and(r -> !r.modifiedAt().isBefore(since));
    }
    if (present(q, "number")) {
      long number = number(q, "number");
      filter = filter.and(r -> r.c().number == number);
    }
    if (present(q, "query")) {
      try {
        Predicate<Row> query = SearchQuery.parse(q.get("query"), new ConversationFields());
        filter = filter.and(query);
      } catch (IllegalArgumentException e) {
        throw invalid("query", q.get("query"), e.getMessage());
      }
    }
    String sortField = q.getOrDefault("sortField", "createdAt");
    Comparator<Row> sort = CONVERSATION_SORTS.get(sortField.trim().toLowerCase(Locale.ROOT));
    if (sortField.equalsIgnoreCase("customerEmail")) {
      sort = Comparator.comparing(r -> String.valueOf(customer(r.c().primaryCustomerId).email()).toLowerCase(Locale.ROOT));
    } else if (sortField.equalsIgnoreCase("customerName")) {
      sort = Comparator.comparing(r -> name(customer(r.c().primaryCustomerId)));
    }
    if (sort == null) {
      throw invalid("sortField", sortField, "must be one of createdAt, customerEmail, customerName, mailboxid,"
          + " modifiedAt, number, score, status, subject, waitingSince");
    }
    sort = sort.thenComparingLong(r -> r.c().id);
    if (descending(q)) {
      sort = sort.reversed();
    }
    List<ConversationRecord> found = store.conversations().stream().map(this::row).filter(filter).sorted(sort)
        .map(Row::c).toList();
    boolean embed = embedsThreads(q);
    return Paging.page("conversations", found, q, Paging.CONVERSATIONS, base, "v2/conversations",
        c -> representations.conversation(c, base, embed));
  }

  /** List Threads: newest first, as Help Scout sorts them. */
  ObjectNode listThreads(ConversationRecord c, Map<String, String> q, String base) {
    List<ThreadRecord> threads = new ArrayList<>(Store.threadsOf(c));
    threads.sort(Comparator.comparing(ThreadRecord::createdAt).thenComparingLong(ThreadRecord::id).reversed());
    return Paging.page("threads", threads, q, Paging.DEFAULT, base, "v2/conversations/" + c.id + "/threads",
        representations::thread);
  }

  ObjectNode listCustomers(Map<String, String> q, String base) {
    Predicate<CustomerRecord> filter = c -> true;
    if (present(q, "mailbox")) {
      long mailbox = number(q, "mailbox");
      Set<Long> inMailbox = new HashSet<>();
      for (ConversationRecord c : store.conversations()) {
        if (c.mailboxId == mailbox) {
          inMailbox.add(c.primaryCustomerId);
          for (ThreadRecord t : Store.threadsOf(c)) {
            if (t.customerId() != null) {
              inMailbox.add(t.customerId());
            }
          }
        }
      }
      filter = filter.and(c -> inMailbox.contains(c.id()));
    }
    if (present(q, "firstName")) {
      String first = q.get("firstName");
      filter = filter.and(c -> first.equalsIgnoreCase(c.firstName()));
    }
    if (present(q, "lastName")) {
      String last = q.get("lastName");
      filter = filter.and(c -> last.equalsIgnoreCase(c.lastName()));
    }
    if (present(q, "modifiedSince")) {
      Instant since = instant(q, "modifiedSince");
      filter = filter.and(c -> !c.createdAt().isBefore(since));
    }
    if (present(q, "query")) {
      try {
        filter = filter.and(SearchQuery.parse(q.get("query"), new CustomerFields()));
      } catch (IllegalArgumentException e) {
        throw invalid("query", q.get("query"), e.getMessage());
      }
    }
    String sortField = q.getOrDefault("sortField", "score").trim();
    Comparator<CustomerRecord> sort = switch (sortField.toLowerCase(Locale.ROOT)) {
      case "score" -> Comparator.comparingLong(CustomerRecord::id).reversed();
      case "firstname" -> Comparator.comparing(c -> String.valueOf(c.firstName()).toLowerCase(Locale.ROOT));
      case "lastname" -> Comparator.comparing(c -> String.valueOf(c.lastName()).toLowerCase(Locale.ROOT));
      case "modifiedat" -> Comparator.comparing(CustomerRecord::createdAt);
      default -> throw invalid("sortField", sortField, "must be one of firstName, lastName, modifiedAt, score");
    };
    if (!sortField.equalsIgnoreCase("score")) {
      sort = sort.thenComparingLong(CustomerRecord::id);
      if (descending(q)) {
        sort = sort.reversed();
      }
    }
    List<CustomerRecord> found = store.customers().stream().filter(filter).sorted(sort).toList();
    return Paging.page("customers", found, q, Paging.DEFAULT, base, "v2/customers",
        c -> representations.customer(c, base));
  }

  ObjectNode listMailboxes(Map<String, String> q, String base) {
    return Paging.page("mailboxes", options.mailboxes(), q, Paging.DEFAULT, base, "v2/mailboxes",
        m -> representations.mailbox(m, base));
  }

  ObjectNode mailbox(long id, String base) {
    return representations.mailbox(requireMailbox(id), base);
  }

  ObjectNode folders(long mailboxId, Map<String, String> q, String base) {
    Account.Mailbox m = requireMailbox(mailboxId);
    List<ConversationRecord> all = store.conversations();
    return Paging.page("folders", m.folders(), q, Paging.DEFAULT, base, "v2/mailboxes/" + m.id() + "/folders", f -> {
      List<ConversationRecord> filed = all.stream().filter(c -> {
        Account.Folder in = folderOf(c);
        return in != null && in.id() == f.id();
      }).toList();
      Instant updated = filed.stream().map(this::modifiedAt).max(Instant::compareTo).orElse(m.createdAt());
      return representations.folder(f, filed, updated);
    });
  }

  ObjectNode fields(long mailboxId, Map<String, String> q, String base) {
    Account.Mailbox m = requireMailbox(mailboxId);
    List<Account.Field> fields = m.fields();
    return Paging.page("fields", fields, q, Paging.DEFAULT, base, "v2/mailboxes/" + m.id() + "/fields",
        f -> representations.field(f, fields.indexOf(f) + 1));
  }

  ObjectNode me(String base) {
    return user(options.userId(), base);
  }

  ObjectNode user(long id, String base) {
    for (Account.User u : options.users()) {
      if (u.id() == id) {
        return representations.user(u, base, started);
      }
    }
    throw HttpError.vnd(404, "User not found");
  }

  /** List Users: {@code email} (exact, case-insensitive); every user sees every mailbox, so {@code mailbox} only needs to exist. */
  ObjectNode listUsers(Map<String, String> q, String base) {
    Predicate<Account.User> filter = u -> true;
    if (present(q, "email")) {
      String email = q.get("email").trim();
      filter = filter.and(u -> u.email().equalsIgnoreCase(email));
    }
    if (present(q, "mailbox")) {
      long mailbox = number(q, "mailbox");
      filter = filter.and(u -> store.mailbox(mailbox) != null);
    }
    List<Account.User> found = options.users().stream().filter(filter).toList();
    return Paging.page("users", found, q, Paging.DEFAULT, base, "v2/users",
        u -> representations.user(u, base, started));
  }

  private Account.Mailbox requireMailbox(long id) {
    Account.Mailbox m = store.mailbox(id);
    if (m == null) {
      throw HttpError.vnd(404, "Mailbox not found");
    }
    return m;
  }

  private Row row(ConversationRecord c) {
    synchronized (c) {
      return new Row(c, c.status, c.modifiedAt, store.folderOf(c));
    }
  }

  private static boolean matchesStatus(String filter, String status) {
    return filter.equals("open") ? status.equals("active") || status.equals("pending") : filter.equals(status);
  }

  private Account.Folder folderOf(ConversationRecord c) {
    synchronized (c) {
      return store.folderOf(c);
    }
  }

  private Instant modifiedAt(ConversationRecord c) {
    synchronized (c) {
      return c.modifiedAt;
    }
  }

  private CustomerRecord customer(long id) {
    CustomerRecord c = store.customerById(id);
    if (c == null) {
      throw new IllegalStateException("no customer " + id);
    }
    return c;
  }

  private static String name(CustomerRecord c) {
    return (String.valueOf(c.firstName()) + " " + String.valueOf(c.lastName())).toLowerCase(Locale.ROOT);
  }

  private static boolean descending(Map<String, String> q) {
    String order = q.getOrDefault("sortOrder", "desc").trim();
    if (order.equalsIgnoreCase("desc")) {
      return true;
    }
    if (order.equalsIgnoreCase("asc")) {
      return false;
    }
    throw invalid("sortOrder", order, "must be asc or desc");
  }

  private static boolean present(Map<String, String> q, String name) {
    String v = q.get(name);
    return v != null && !v.isBlank();
  }

  private static long number(Map<String, String> q, String name) {
    try {
      return Long.parseLong(q.get(name).trim());
    } catch (NumberFormatException e) {
      throw invalid(name, q.get(name), "must be a number");
    }
  }

  private static List<Long> numbers(Map<String, String> q, String name) {
    List<Long> list = new ArrayList<>();
    for (String part : q.get(name).split(",")) {
      try {
        list.add(Long.parseLong(part.trim()));
      } catch (NumberFormatException e) {
        throw invalid(name, q.get(name), "must be a number or a comma-separated list of numbers");
      }
    }
    return list;
  }

  private static Instant instant(Map<String, String> q, String name) {
    try {
      return OffsetDateTime.parse(q.get(name).trim()).toInstant();
    } catch (DateTimeParseException e) {
      throw invalid(name, q.get(name), "must be an ISO-8601 date and time, such as 2019-01-01T00:00:00Z");
    }
  }

  private static HttpError invalid(String parameter, String value, String message) {
    return HttpError.badRequest(List.of(new HttpError.FieldError(parameter, message, value, "Invalid")));
  }

  /** The query fields of conversations: a customer's {@code email}, {@code subject}, and a few more. */
  private final class ConversationFields implements SearchQuery.Fields<Row> {
    @Override
    public Set<String> names() {
      return Set.of("email", "subject", "createdat", "modifiedat", "tag", "number", "mailboxid", "status");
    }

    @Override
    public boolean isRange(String field) {
      return field.equals("createdat") || field.equals("modifiedat");
    }

    @Override
    public boolean matches(SearchQuery.Term t, Row r) {
      ConversationRecord c = r.c();
      String v = t.value() == null ? null : t.value().toLowerCase(Locale.ROOT);
      return switch (t.field()) {
        case "email" -> emails(c).contains(v);
        case "subject" -> c.subject.toLowerCase(Locale.ROOT).contains(v);
        case "createdat" -> t.contains(c.createdAt);
        case "modifiedat" -> t.contains(r.modifiedAt());
        case "tag" -> c.tags.stream().anyMatch(tag -> tag.equalsIgnoreCase(v));
        case "number" -> Long.toString(c.number).equals(v);
        case "mailboxid" -> Long.toString(c.mailboxId).equals(v);
        case "status" -> matchesStatus(v, r.status());
        default -> false;
      };
    }

    /** The emails of the conversation's customers: the primary one and those of its threads. */
    private Set<String> emails(ConversationRecord c) {
      Set<String> emails = new HashSet<>();
      Set<Long> ids = new HashSet<>();
      ids.add(c.primaryCustomerId);
      for (ThreadRecord t : Store.threadsOf(c)) {
        if (t.customerId() != null) {
          ids.add(t.customerId());
        }
      }
      for (long id : ids) {
        CustomerRecord customer = store.customerById(id);
        if (customer != null && customer.email() != null) {
          emails.add(customer.email().toLowerCase(Locale.ROOT));
        }
      }
      return emails;
    }
  }

  /** The query fields of customers: {@code email}, {@code firstName}, {@code lastName}. */
  private static final class CustomerFields implements SearchQuery.Fields<CustomerRecord> {
    @Override
    public Set<String> names() {
      return Set.of("email", "firstname", "lastname");
    }

    @Override
    public boolean isRange(String field) {
      return false;
    }

    @Override
    public boolean matches(SearchQuery.Term t, CustomerRecord c) {
      return switch (t.field()) {
        case "email" -> t.value().equalsIgnoreCase(c.email());
        case "firstname" -> t.value().equalsIgnoreCase(c.firstName());
        case "lastname" -> t.value().equalsIgnoreCase(c.lastName());
        default -> false;
      };
    }
  }
}
