package io.mailwright.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mailwright.sandbox.Records.AttachmentRecord;
import io.mailwright.sandbox.Records.Author;
import io.mailwright.sandbox.Records.ConversationRecord;
import io.mailwright.sandbox.Records.CustomFieldValue;
import io.mailwright.sandbox.Records.CustomerRecord;
import io.mailwright.sandbox.Records.ThreadRecord;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON of Get Conversation and Get Customer, in the shape of Help Scout's public documentation
 * (a subset of its fields), with Help Scout's names: {@code threads} is the count, the threads
 * themselves are under {@code _embedded.threads} (newest first), an attachment has
 * {@code filename}, a person reference {@code first}/{@code last}, a reply reads back as a
 * {@code message}. Also the mailboxes, folders, custom fields and users of the account. Beyond Help
 * Scout: a thread's {@code imported} flag.
 */
final class Representations {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final Store store;
  private final Map<Long, Account.User> users = new HashMap<>();

  Representations(Store store, SandboxOptions options) {
    this.store = store;
    options.users().forEach(u -> users.put(u.id(), u));
  }

  /** Get Conversation's JSON; the threads under {@code _embedded.threads} only when asked for ({@code embed=threads}). */
  ObjectNode conversation(ConversationRecord c, String base, boolean embedThreads) {
    ObjectNode json = NODES.objectNode();
    synchronized (c) {
      json.put("id", c.id);
      json.put("number", c.number);
      json.put("threads", c.threads.size());
      json.put("type", c.type);
      json.put("status", c.status);
      json.put("state", c.draft ? "draft" : "published");
      json.put("subject", c.subject);
      List<ThreadRecord> newestFirst = c.threads.stream()
          .sorted(Comparator.comparing(ThreadRecord::createdAt).thenComparing(ThreadRecord::id).reversed())
          .toList();
      if (!newestFirst.isEmpty()) {
        json.put("preview", preview(newestFirst.get(0).text()));
      }
      json.put("mailboxId", c.mailboxId);
      Account.Folder folder = store.folderOf(c);
      if (folder != null) {
        json.put("folderId", folder.id());
      }
      if (c.assigned && c.assignee != null) {
        json.set("assignee", user(c.assignee));
      }
      json.set("createdBy", author(c.createdBy));
      json.put("createdAt", instant(c.createdAt));
      if (c.closedAt != null) {
        json.put("closedAt", instant(c.closedAt));
      }
      if (c.closedBy != null) {
        json.put("closedBy", c.closedBy);
        json.set("closedByUser", user(c.closedBy));
      }
      json.put("userUpdatedAt", instant(c.modifiedAt));
      ThreadRecord latest = newestFirst.stream().filter(t -> !t.draft() && !t.type().equals("note")).findFirst()
          .orElse(null);
      if (latest != null) {
        json.putObject("customerWaitingSince").put("time", instant(latest.createdAt()))
            .put("latestReplyFrom", latest.createdBy().type());
      }
      json.put("imported", c.imported);
      json.putObject("source").put("type", "api").put("via", c.createdBy.type());
      ArrayNode tags = json.putArray("tags");
      // Help Scout's tags have ids and colours; the sandbox derives a stable id from the name.
      c.tags.forEach(t -> tags.addObject().put("id", tagId(t)).put("color", "#929499").put("tag", t));
      ArrayNode cc = json.putArray("cc");
      ArrayNode bcc = json.putArray("bcc");
      newestFirst.stream().filter(t -> !t.draft()).findFirst().ifPresent(t -> {
        t.cc().forEach(cc::add);
        t.bcc().forEach(bcc::add);
      });
      json.set("primaryCustomer", customerRef(c.primaryCustomerId, true));
      ArrayNode fields = json.putArray("customFields");
      for (CustomFieldValue f : c.fields) {
        ObjectNode field = fields.addObject().put("id", f.id());
        Account.Field known = fieldOf(c.mailboxId, f.id());
        if (known != null) {
          field.put("name", known.name());
        }
        field.put("value", f.value()).put("text", f.value());
      }
      if (embedThreads) {
        ArrayNode threads = json.putObject("_embedded").putArray("threads");
        newestFirst.forEach(t -> threads.add(thread(t)));
      }
      ObjectNode links = json.putObject("_links");
      links.putObject("self").put("href", base + "v2/conversations/" + c.id);
      links.putObject("mailbox").put("href", base + "v2/mailboxes/" + c.mailboxId);
      links.putObject("threads").put("href", base + "v2/conversations/" + c.id + "/threads");
      links.putObject("primaryCustomer").put("href", base + "v2/customers/" + c.primaryCustomerId);
      links.putObject("web").put("href", webLocation(base, c));
    }
    return json;
  }

  /** A thread as Help Scout reads it back: a reply is a {@code message}. */
  ObjectNode thread(ThreadRecord t) {
    ObjectNode json = NODES.objectNode();
    json.put("id", t.id());
    json.put("type", t.type().equals("reply") ? "message" : t.type());
    json.put("status", t.status());
    json.put("state", t.draft() ? "draft" : "published");
    json.put("body", t.text());
    json.putObject("source").put("type", "api").put("via", t.createdBy().type());
    if (t.customerId() != null) {
      json.set("customer", customerRef(t.customerId(), false));
    }
    json.set("createdBy", author(t.createdBy()));
    strings(json, "to", t.to());
    strings(json, "cc", t.cc());
    strings(json, "bcc", t.bcc());
    json.put("createdAt", instant(t.createdAt()));
    json.put("imported", t.imported());
    ArrayNode attachments = json.putObject("_embedded").putArray("attachments");
    for (AttachmentRecord a : t.attachments()) {
      attachments.addObject().put("id", a.id()).put("filename", a.fileName()).put("mimeType", a.mimeType())
          .put("size", a.size());
    }
    return json;
  }

  ObjectNode customer(CustomerRecord c, String base) {
    ObjectNode json = NODES.objectNode();
    json.put("id", c.id());
    putIf(json, "firstName", c.firstName());
    putIf(json, "lastName", c.lastName());
    putIf(json, "gender", c.gender());
    putIf(json, "jobTitle", c.jobTitle());
    putIf(json, "location", c.location());
    putIf(json, "organization", c.organization());
    putIf(json, "photoType", c.photoType());
    putIf(json, "photoUrl", c.photoUrl());
    putIf(json, "age", c.age());
    putIf(json, "background", c.background());
    json.put("createdAt", instant(c.createdAt()));
    ObjectNode embedded = json.putObject("_embedded");
    ArrayNode emails = embedded.putArray("emails");
    if (c.email() != null) {
      emails.addObject().put("id", c.id()).put("value", c.email()).put("type", "work");
    }
    ArrayNode phones = embedded.putArray("phones");
    if (c.phone() != null) {
      phones.addObject().put("id", c.id()).put("value", c.phone()).put("type", "work");
    }
    json.putObject("_links").putObject("self").put("href", base + "v2/customers/" + c.id());
    return json;
  }

  ObjectNode mailbox(Account.Mailbox m, String base) {
    ObjectNode json = NODES.objectNode();
    json.put("id", m.id());
    json.put("name", m.name());
    json.put("slug", m.slug());
    json.put("email", m.email());
    json.put("createdAt", instant(m.createdAt()));
    json.put("updatedAt", instant(m.createdAt()));
    ObjectNode links = json.putObject("_links");
    links.putObject("fields").put("href", base + "v2/mailboxes/" + m.id() + "/fields");
    links.putObject("folders").put("href", base + "v2/mailboxes/" + m.id() + "/folders");
    links.putObject("self").put("href", base + "v2/mailboxes/" + m.id());
    return json;
  }

  /** A folder with its counts now: every conversation filed there, and the active ones. */
  ObjectNode folder(Account.Folder f, List<ConversationRecord> filed, Instant updatedAt) {
    ObjectNode json = NODES.objectNode();
    json.put("id", f.id());
    json.put("name", f.name());
    json.put("type", f.type());
    json.put("userId", f.userId() == null ? 0 : f.userId());
    json.put("totalCount", filed.size());
    json.put("activeCount", filed.stream().filter(c -> {
      synchronized (c) {
        return c.status.equals("active");
      }
    }).count());
    json.put("updatedAt", instant(updatedAt));
    return json;
  }

  ObjectNode field(Account.Field f, int order) {
    ObjectNode json = NODES.objectNode();
    json.put("id", f.id());
    json.put("name", f.name());
    json.put("type", f.type());
    json.put("order", order);
    json.put("required", f.required());
    ArrayNode options = json.putArray("options");
    for (int i = 0; i < f.options().size(); i++) {
      options.addObject().put("id", f.id() * 100 + i + 1).put("order", i + 1).put("label", f.options().get(i));
    }
    return json;
  }

  ObjectNode user(Account.User u, String base, Instant createdAt) {
    ObjectNode json = NODES.objectNode();
    json.put("id", u.id());
    json.put("firstName", u.firstName());
    json.put("lastName", u.lastName());
    json.put("email", u.email());
    json.put("role", u.role());
    json.put("timezone", u.timezone());
    json.put("createdAt", instant(createdAt));
    json.put("updatedAt", instant(createdAt));
    json.put("type", "user");
    json.put("mention", (u.firstName() + u.lastName()).toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", ""));
    json.put("initials", initial(u.firstName()) + initial(u.lastName()));
    json.putArray("alternateEmails");
    json.putObject("_links").putObject("self").put("href", base + "v2/users/" + u.id());
    return json;
  }

  private static String initial(String name) {
    return name.isEmpty() ? "" : name.substring(0, 1).toUpperCase(java.util.Locale.ROOT);
  }

  private Account.Field fieldOf(long mailboxId, long fieldId) {
    Account.Mailbox m = store.mailbox(mailboxId);
    if (m != null) {
      for (Account.Field f : m.fields()) {
        if (f.id() == fieldId) {
          return f;
        }
      }
    }
    return null;
  }

  private static long tagId(String tag) {
    return (tag.toLowerCase(java.util.Locale.ROOT).hashCode() & 0x7fffffffL) + 1;
  }

  static String webLocation(String base, ConversationRecord c) {
    return base + "conversation/" + c.id + "/" + c.number;
  }

  private ObjectNode author(Author a) {
    return a.type().equals("customer") ? customerRef(a.id(), true) : user(a.id());
  }

  private ObjectNode user(long id) {
    ObjectNode json = NODES.objectNode().put("id", id).put("type", "user");
    Account.User u = users.get(id);
    if (u != null) {
      json.put("first", u.firstName()).put("last", u.lastName()).put("email", u.email());
    }
    return json;
  }

  private ObjectNode customerRef(long id, boolean withType) {
    CustomerRecord c = store.customerById(id);
    ObjectNode json = NODES.objectNode().put("id", id);
    if (withType) {
      json.put("type", "customer");
    }
    if (c != null) {
      putIf(json, "first", c.firstName());
      putIf(json, "last", c.lastName());
      putIf(json, "photoUrl", c.photoUrl());
      putIf(json, "email", c.email());
    }
    return json;
  }

  private static void strings(ObjectNode json, String name, List<String> values) {
    ArrayNode array = json.putArray(name);
    values.forEach(array::add);
  }

  private static void putIf(ObjectNode json, String name, String value) {
    if (value != null) {
      json.put(name, value);
    }
  }

  private static String preview(String text) {
    return text.length() <= 185 ? text : text.substring(0, 185);
  }

  private static String instant(Instant i) {
    return i.toString();
  }
}
