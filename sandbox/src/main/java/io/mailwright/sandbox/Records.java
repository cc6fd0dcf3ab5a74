package io.mailwright.sandbox;

import io.mailwright.helpscout.Attachment;
import io.mailwright.helpscout.ChatThread;
import io.mailwright.helpscout.ConversationThread;
import io.mailwright.helpscout.Customer;
import io.mailwright.helpscout.CustomerThread;
import io.mailwright.helpscout.NoteThread;
import io.mailwright.helpscout.PhoneThread;
import io.mailwright.helpscout.ReplyThread;
import io.mailwright.helpscout.ThreadStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** What the sandbox stores, and the one view of the five thread types its rules work on. */
final class Records {
  private Records() {}

  record CustomerRecord(long id, String email, String firstName, String lastName, String phone, String photoUrl,
      String jobTitle, String photoType, String background, String location, String organization, String gender,
      String age, Instant createdAt) {

    /** A new customer from the optional fields of a request's customer object. */
    static CustomerRecord create(long id, Customer c, Instant now) {
      return new CustomerRecord(id, c.email(), c.firstName(), c.lastName(), c.phone(), c.photoUrl(), c.jobTitle(),
          c.photoType() == null ? null : c.photoType().wireValue(), c.background(), c.location(), c.organization(),
          c.gender() == null ? null : c.gender().wireValue(), c.age(), now);
    }
  }

  record AttachmentRecord(long id, String fileName, String mimeType, long size) {}

  /** Who wrote a thread or started a conversation: {@code customer} or {@code user}. */
  record Author(String type, long id) {
    static Author user(long id) {
      return new Author("user", id);
    }

    static Author customer(CustomerRecord c) {
      return new Author("customer", c.id());
    }
  }

  /**
   * A stored thread. {@code status} is the conversation status this thread set, or {@code nochange}
   * (Help Scout's thread status); {@code draft} is its state.
   */
  record ThreadRecord(long id, String type, String text, Long customerId, Author createdBy, String status,
      boolean draft, boolean imported, Instant createdAt, List<String> to, List<String> cc, List<String> bcc,
      List<AttachmentRecord> attachments) {}

  record CustomFieldValue(long id, String value) {}

  /** A conversation; its mutable state is guarded by the record's own monitor. */
  static final class ConversationRecord {
    final long id;
    final long number;
    final String subject;
    final String type;
    final long mailboxId;
    final Instant createdAt;
    final Author createdBy;
    final long primaryCustomerId;
    final boolean assigned;
    final Long assignee;
    final List<String> tags;
    final List<CustomFieldValue> fields;
    final boolean imported;
    final List<ThreadRecord> threads = new ArrayList<>();
    String status;
    boolean draft;
    Instant closedAt;
    Long mergedInto;
    /** When a thread was last added or the conversation last changed (Help Scout's {@code userUpdatedAt}). */
    Instant modifiedAt;
    /** The user who closed it, while it is closed. */
    Long closedBy;

    ConversationRecord(long id, long number, String subject, String type, long mailboxId, Instant createdAt,
        Author createdBy, long primaryCustomerId, boolean assigned, Long assignee, List<String> tags,
        List<CustomFieldValue> fields, boolean imported, String status, Instant closedAt) {
      this.id = id;
      this.number = number;
      this.subject = subject;
      this.type = type;
      this.mailboxId = mailboxId;
      this.createdAt = createdAt;
      this.createdBy = createdBy;
      this.primaryCustomerId = primaryCustomerId;
      this.assigned = assigned;
      this.assignee = assignee;
      this.tags = List.copyOf(tags);
      this.fields = List.copyOf(fields);
      this.imported = imported;
      this.status = status;
      this.closedAt = closedAt;
      this.modifiedAt = createdAt;
    }
  }

  /**
   * The fields of any of the generated thread types, under one shape: the sandbox's rules are per
   * thread type, not per Java class. Only reads getters; every check was the generated validation's.
   */
  record ThreadInput(String type, String text, Customer customer, boolean imported, Instant createdAt,
      List<String> cc, List<String> bcc, List<Attachment> attachments, Long user, ThreadStatus status,
      boolean draft) {

    static ThreadInput of(ConversationThread thread) {
      if (thread instanceof CustomerThread t) {
        return new ThreadInput("customer", t.text(), t.customer(), yes(t.imported()), t.createdAt(), t.cc(), t.bcc(),
            t.attachments(), null, null, false);
      }
      if (thread instanceof ChatThread t) {
        return new ThreadInput("chat", t.text(), t.customer(), yes(t.imported()), t.createdAt(), List.of(), List.of(),
            t.attachments(), null, null, false);
      }
      if (thread instanceof PhoneThread t) {
        return new ThreadInput("phone", t.text(), t.customer(), yes(t.imported()), t.createdAt(), List.of(), List.of(),
            t.attachments(), null, null, false);
      }
      if (thread instanceof ReplyThread t) {
        return new ThreadInput("reply", t.text(), t.customer(), yes(t.imported()), t.createdAt(), t.cc(), t.bcc(),
            t.attachments(), t.user(), t.status(), yes(t.draft()));
      }
      if (thread instanceof NoteThread t) {
        return new ThreadInput("note", t.text(), null, yes(t.imported()), t.createdAt(), List.of(), List.of(),
            t.attachments(), t.user(), t.status(), false);
      }
      throw new IllegalArgumentException("unknown thread type " + thread.getClass());
    }

    /** Customer, chat and phone threads are the customer's; replies and notes are a user's. */
    boolean fromCustomer() {
      return type.equals("customer") || type.equals("chat") || type.equals("phone");
    }

    private static boolean yes(Boolean b) {
      return Boolean.TRUE.equals(b);
    }
  }
}
