package io.mailwright.sandbox;

import io.mailwright.helpscout.Attachment;
import io.mailwright.helpscout.ConversationThread;
import io.mailwright.helpscout.CreateConversationRequest;
import io.mailwright.helpscout.CustomField;
import io.mailwright.helpscout.Customer;
import io.mailwright.helpscout.ThreadStatus;
import io.mailwright.sandbox.Records.AttachmentRecord;
import io.mailwright.sandbox.Records.Author;
import io.mailwright.sandbox.Records.ConversationRecord;
import io.mailwright.sandbox.Records.CustomFieldValue;
import io.mailwright.sandbox.Records.CustomerRecord;
import io.mailwright.sandbox.Records.ThreadInput;
import io.mailwright.sandbox.Records.ThreadRecord;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The sandbox's data and Help Scout's rules for it: customers matched by id or email, the thread
 * limit, the "too old" lock, merged conversations, the status a new thread gives its conversation,
 * and the notifications Help Scout would send. Requests arrive here parsed and validated by the
 * generated types.
 *
 * <p>Thread-safe. Each conversation is changed under its own lock, so that checking the thread
 * limit and adding a thread are one step however many requests arrive at once.
 */
final class Store {
  /** A conversation holds at most this many threads. */
  static final int MAX_THREADS = 100;

  /** A thread cannot be added to a conversation with this many threads or more (the seeds: "99 threads or more"). */
  static final int LOCKED_AT = 99;

  private final Clock clock;
  private final long userId;
  private final Duration lockOlderThan;
  private final Map<Long, Account.Mailbox> mailboxes = new LinkedHashMap<>();
  private final AtomicLong conversationIds = new AtomicLong(1000);
  private final AtomicLong conversationNumbers = new AtomicLong();
  private final AtomicLong threadIds = new AtomicLong(5000);
  private final AtomicLong customerIds = new AtomicLong(200);
  private final AtomicLong attachmentIds = new AtomicLong(9000);
  private final Map<Long, ConversationRecord> conversations = new ConcurrentHashMap<>();
  private final Map<Long, CustomerRecord> customers = new ConcurrentHashMap<>();
  private final Map<String, CustomerRecord> customersByEmail = new ConcurrentHashMap<>();
  private final List<Notification> notifications = new CopyOnWriteArrayList<>();

  Store(SandboxOptions options) {
    this.clock = options.clock();
    this.userId = options.userId();
    this.lockOlderThan = options.lockConversationsOlderThan();
    options.mailboxes().forEach(m -> mailboxes.put(m.id(), m));
  }

  /**
   * The folder a conversation is filed in, in its mailbox: drafts, spam, closed, the owner's
   * ("mine"), assigned to another user, else unassigned; {@code null} when the mailbox has no folder
   * of that type. The caller holds the conversation's lock or accepts a racy answer.
   */
  Account.Folder folderOf(ConversationRecord c) {
    Account.Mailbox m = mailboxes.get(c.mailboxId);
    if (m == null) {
      return null;
    }
    String type;
    if (c.draft) {
      type = Account.DRAFTS;
    } else if (c.status.equals("spam")) {
      type = Account.SPAM;
    } else if (c.status.equals("closed")) {
      type = Account.CLOSED;
    } else if (c.assigned && c.assignee != null) {
      type = c.assignee == userId ? Account.MINE : Account.ASSIGNED;
    } else {
      type = Account.UNASSIGNED;
    }
    return m.folder(type);
  }

  /** The mailbox with this id, or {@code null}. */
  Account.Mailbox mailbox(long id) {
    return mailboxes.get(id);
  }

  /** {@code 412} for a conversation created with more than {@value #MAX_THREADS} threads. */
  static void checkThreadCount(CreateConversationRequest request) {
    int n = request.threads().size();
    if (n > MAX_THREADS) {
      throw HttpError.vnd(412, "A conversation can hold at most " + MAX_THREADS + " threads; the request has " + n);
    }
  }

  /** Creates a conversation from a valid request; {@code 400} when a customer id is unknown. */
  ConversationRecord createConversation(CreateConversationRequest request) {
    List<ThreadInput> inputs = request.threads().stream().map(ThreadInput::of).toList();
    // Every unknown id at once, as the API reports every violation at once; nothing is created.
    List<HttpError.FieldError> unknown = new ArrayList<>();
    if (!mailboxes.containsKey(request.mailboxId())) {
      unknown.add(new HttpError.FieldError("mailboxId", "no mailbox has this id", request.mailboxId().toString(),
          "NotFound"));
    }
    unknownCustomerId(request.customer(), "customer", unknown);
    for (int i = 0; i < inputs.size(); i++) {
      unknownCustomerId(inputs.get(i).customer(), "threads[" + i + "].customer", unknown);
    }
    if (!unknown.isEmpty()) {
      throw HttpError.badRequest(unknown);
    }
    Instant now = now();
    boolean imported = Boolean.TRUE.equals(request.imported());
    Instant createdAt = request.createdAt() != null ? request.createdAt() : now;
    String status = request.status().wireValue();
    CustomerRecord primary = customer(request.customer());
    long user = request.user() != null ? request.user() : userId;

    List<ThreadRecord> records = new ArrayList<>();
    for (ThreadInput in : inputs) {
      records.add(thread(in, in.customer() == null ? null : customer(in.customer()), user, status,
          imported || in.imported(), in.createdAt() != null ? in.createdAt() : createdAt));
    }
    List<CustomFieldValue> fields = new ArrayList<>();
    for (CustomField f : request.fields()) {
      fields.add(new CustomFieldValue(f.id(), f.value()));
    }
    Instant closedAt = request.closedAt() != null ? request.closedAt() : status.equals("closed") ? now : null;
    ThreadRecord first = records.get(0);
    ConversationRecord c = new ConversationRecord(conversationIds.incrementAndGet(),
        conversationNumbers.incrementAndGet(), request.subject(), request.type().wireValue(), request.mailboxId(),
        createdAt, first.createdBy(), primary.id(), request.hasAssignTo(), request.assignTo(), request.tags(), fields,
        imported, status, closedAt);
    c.threads.addAll(records);
    c.closedBy = status.equals("closed") ? user : null;
    c.draft = records.stream().allMatch(ThreadRecord::draft);
    c.modifiedAt = records.stream().map(ThreadRecord::createdAt).max(Instant::compareTo).orElse(createdAt);
    if (c.modifiedAt.isBefore(createdAt)) {
      c.modifiedAt = createdAt;
    }

    if (!imported) {
      notify(Notification.Kind.USER_NOTIFICATION, c, null, List.of("mailbox:" + c.mailboxId),
          "new conversation #" + c.number + ": " + c.subject);
      if (Boolean.TRUE.equals(request.autoReply()) && inputs.stream().anyMatch(in -> in.type().equals("customer"))) {
        notify(Notification.Kind.AUTO_REPLY, c, null, List.of(primary.email()), "auto reply to " + primary.email());
      }
      for (ThreadRecord t : records) {
        emailReply(c, t);
      }
    }
    conversations.put(c.id, c);
    return c;
  }

  /**
   * Adds a valid thread to a conversation: {@code 404} for an unknown or merged conversation,
   * {@code 412} for a locked one, {@code 400} for an unknown customer id.
   */
  ThreadRecord addThread(long conversationId, ConversationThread thread) {
    ConversationRecord c = conversations.get(conversationId);
    if (c == null) {
      throw notFound();
    }
    ThreadInput in = ThreadInput.of(thread);
    checkCustomerIds(in.customer(), "customer");
    synchronized (c) {
      if (c.mergedInto != null) {
        throw notFound();
      }
      if (c.threads.size() >= LOCKED_AT) {
        throw HttpError.vnd(412, "Conversation " + c.id + " is locked: it has " + c.threads.size()
            + " threads, and a thread can only be added to a conversation with fewer than " + LOCKED_AT);
      }
      Instant now = now();
      if (lockOlderThan != null && c.createdAt.isBefore(now.minus(lockOlderThan))) {
        throw HttpError.vnd(412, "Conversation " + c.id + " is locked: company policy prevents updating"
            + " conversations older than " + lockOlderThan.toDays() + " days (created " + c.createdAt + ")");
      }
      String before = c.status;
      String after = statusAfter(in, before);
      ThreadRecord t = thread(in, in.customer() == null ? null : customer(in.customer()), userId,
          after.equals(before) ? "nochange" : after, in.imported(), in.createdAt() != null ? in.createdAt() : now);
      c.threads.add(t);
      if (t.createdAt().isAfter(c.modifiedAt)) {
        c.modifiedAt = t.createdAt();
      }
      if (!after.equals(before)) {
        c.status = after;
        c.closedAt = after.equals("closed") ? now : null;
        c.closedBy = after.equals("closed") ? (t.createdBy().type().equals("user") ? t.createdBy().id() : userId) : null;
      }
      if (!t.draft()) {
        c.draft = false;
      }
      if (!in.imported()) {
        if (in.fromCustomer()) {
          notify(Notification.Kind.USER_NOTIFICATION, c, t.id(), List.of("mailbox:" + c.mailboxId),
              "new " + t.type() + " thread on conversation #" + c.number);
        }
        emailReply(c, t);
      }
      return t;
    }
  }

  /**
   * The conversation status after a thread: the customer's threads reopen it, a reply reactivates it
   * unless its {@code status} says otherwise, a note changes it only when it says so; an imported
   * thread changes nothing it does not say, and a draft changes nothing.
   */
  private static String statusAfter(ThreadInput in, String before) {
    if (in.draft()) {
      return before;
    }
    if (in.status() != null) {
      return conversationStatus(in.status(), before);
    }
    if (in.imported() || in.type().equals("note")) {
      return before;
    }
    return "active";
  }

  /** A thread's status (active, all, closed, open, pending, spam) as the conversation's. */
  private static String conversationStatus(ThreadStatus status, String before) {
    return switch (status) {
      case ACTIVE, OPEN -> "active";
      case PENDING -> "pending";
      case CLOSED -> "closed";
      case SPAM -> "spam";
      case ALL -> before;
    };
  }

  private ThreadRecord thread(ThreadInput in, CustomerRecord customer, long defaultUser, String status,
      boolean imported, Instant createdAt) {
    Author author = in.fromCustomer() ? Author.customer(customer)
        : Author.user(in.user() != null ? in.user() : defaultUser);
    List<AttachmentRecord> attachments = new ArrayList<>();
    for (Attachment a : in.attachments()) {
      attachments.add(new AttachmentRecord(attachmentIds.incrementAndGet(), a.fileName(), a.mimeType(),
          a.data().size()));
    }
    List<String> to = in.type().equals("reply") ? List.of(customer.email()) : List.of();
    return new ThreadRecord(threadIds.incrementAndGet(), in.type(), in.text(), customer == null ? null : customer.id(),
        author, status, in.draft(), imported, createdAt, to, in.cc(), in.bcc(), attachments);
  }

  private void emailReply(ConversationRecord c, ThreadRecord t) {
    if (t.type().equals("reply") && !t.draft() && !t.imported()) {
      List<String> recipients = new ArrayList<>(t.to());
      recipients.addAll(t.cc());
      recipients.addAll(t.bcc());
      notify(Notification.Kind.EMAIL_TO_CUSTOMER, c, t.id(), recipients,
          "reply emailed to " + String.join(", ", recipients));
    }
  }

  private void notify(Notification.Kind kind, ConversationRecord c, Long threadId, List<String> to, String summary) {
    notifications.add(new Notification(kind, c.id, threadId, to, summary));
  }

  /** {@code 400} before anything is created when a customer named by id does not exist. */
  private void checkCustomerIds(Customer c, String path) {
    List<HttpError.FieldError> unknown = new ArrayList<>();
    unknownCustomerId(c, path, unknown);
    if (!unknown.isEmpty()) {
      throw HttpError.badRequest(unknown);
    }
  }

  private void unknownCustomerId(Customer c, String path, List<HttpError.FieldError> unknown) {
    if (c != null && c.id() != null && !customers.containsKey(c.id())) {
      unknown.add(new HttpError.FieldError(path + ".id", "no customer has this id", c.id().toString(), "NotFound"));
    }
  }

  /**
   * The customer a request's customer object names: by id (the email is then ignored), else by
   * email, creating the customer from the optional fields when the email is new. A matched
   * customer's other fields are ignored.
   */
  private CustomerRecord customer(Customer c) {
    if (c.id() != null) {
      CustomerRecord known = customers.get(c.id());
      if (known == null) {
        // checkCustomerIds answers this before anything is created; never a null record, never a 500.
        throw HttpError.badRequest(List.of(new HttpError.FieldError("customer.id", "no customer has this id",
            c.id().toString(), "NotFound")));
      }
      return known;
    }
    return customersByEmail.computeIfAbsent(c.email().toLowerCase(Locale.ROOT), email -> {
      CustomerRecord created = CustomerRecord.create(customerIds.incrementAndGet(), c, now());
      customers.put(created.id(), created);
      return created;
    });
  }

  /** Merges one conversation into another: its threads move, and its id then answers 301 (read) or 404 (write). */
  void merge(long fromId, long intoId) {
    if (fromId == intoId) {
      throw new IllegalArgumentException("a conversation cannot be merged into itself");
    }
    ConversationRecord from = conversations.get(fromId);
    ConversationRecord into = conversations.get(intoId);
    if (from == null || into == null) {
      throw new IllegalArgumentException("no conversation " + (from == null ? fromId : intoId));
    }
    ConversationRecord first = fromId < intoId ? from : into;
    ConversationRecord second = first == from ? into : from;
    synchronized (first) {
      synchronized (second) {
        if (from.mergedInto != null || into.mergedInto != null) {
          throw new IllegalStateException("conversation " + (from.mergedInto != null ? fromId : intoId)
              + " was already merged");
        }
        into.threads.addAll(from.threads);
        from.threads.clear();
        from.mergedInto = intoId;
        Instant now = now();
        if (now.isAfter(into.modifiedAt)) {
          into.modifiedAt = now;
        }
      }
    }
  }

  /** What a read of a conversation id finds. */
  sealed interface Lookup permits Found, Moved, Missing {}

  record Found(ConversationRecord conversation) implements Lookup {}

  record Moved(long to) implements Lookup {}

  record Missing() implements Lookup {}

  /** A conversation, or where it was merged to (following merges of merges), or nothing. */
  Lookup lookup(long id) {
    ConversationRecord c = conversations.get(id);
    if (c == null) {
      return new Missing();
    }
    Long target = null;
    for (int hops = 0; hops <= conversations.size(); hops++) {
      Long next;
      synchronized (c) {
        next = c.mergedInto;
      }
      if (next == null) {
        return target == null ? new Found(c) : new Moved(target);
      }
      target = next;
      c = conversations.get(next);
    }
    throw new IllegalStateException("merge cycle at conversation " + id);
  }

  CustomerRecord customerById(long id) {
    return customers.get(id);
  }

  /** Every conversation not merged into another, in no particular order. */
  List<ConversationRecord> conversations() {
    List<ConversationRecord> list = new ArrayList<>();
    for (ConversationRecord c : conversations.values()) {
      synchronized (c) {
        if (c.mergedInto == null) {
          list.add(c);
        }
      }
    }
    return list;
  }

  /** Every customer, in no particular order. */
  List<CustomerRecord> customers() {
    return new ArrayList<>(customers.values());
  }

  /** The threads of a conversation now (a copy). */
  static List<ThreadRecord> threadsOf(ConversationRecord c) {
    synchronized (c) {
      return new ArrayList<>(c.threads);
    }
  }

  int threadCount(long conversationId) {
    ConversationRecord c = conversations.get(conversationId);
    if (c == null) {
      throw new IllegalArgumentException("no conversation " + conversationId);
    }
    synchronized (c) {
      return c.threads.size();
    }
  }

  List<Notification> notifications() {
    return List.copyOf(notifications);
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.SECONDS);
  }

  private static HttpError notFound() {
    return HttpError.vnd(404, "Conversation not found");
  }
}
