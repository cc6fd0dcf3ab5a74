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
import java.util.List;

/**
 * The JSON of Get Conversation and Get Customer, in the shape of Help Scout's public documentation
 * (a subset of its fields), with Help Scout's names: {@code threads} is the count, the threads
 * themselves are under {@code _embedded.threads} (newest first), an attachment has
 * {@code filename}, a person reference {@code first}/{@code last}. Beyond Help Scout: a thread's
 * {@code imported} flag.
 */
final class Representations {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final Store store;
  private final long ownerId;

  Representations(Store store, long ownerId) {
    this.store = store;
    this.ownerId = ownerId;
  }

  ObjectNode conversation(ConversationRecord c, String base) {
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
      if (c.assigned && c.assignee != null) {
        json.set("assignee", user(c.assignee));
      }
      json.set("createdBy", author(c.createdBy));
      json.put("createdAt", instant(c.createdAt));
      if (c.closedAt != null) {
        json.put("closedAt", instant(c.closedAt));
      }
      json.put("imported", c.imported);
      json.putObject("source").put("type", "api").put("via", c.createdBy.type());
      ArrayNode tags = json.putArray("tags");
      c.tags.forEach(t -> tags.addObject().put("tag", t));
      json.set("primaryCustomer", customerRef(c.primaryCustomerId, true));
      ArrayNode fields = json.putArray("customFields");
      for (CustomFieldValue f : c.fields) {
        fields.addObject().put("id", f.id()).put("value", f.value()).put("text", f.value());
      }
      ArrayNode threads = json.putObject("_embedded").putArray("threads");
      newestFirst.forEach(t -> threads.add(thread(t)));
      ObjectNode links = json.putObject("_links");
      links.putObject("self").put("href", base + "v2/conversations/" + c.id);
      links.putObject("primaryCustomer").put("href", base + "v2/customers/" + c.primaryCustomerId);
      links.putObject("web").put("href", webLocation(base, c));
    }
    return json;
  }

  private ObjectNode thread(ThreadRecord t) {
    ObjectNode json = NODES.objectNode();
    json.put("id", t.id());
    json.put("type", t.type());
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

  static String webLocation(String base, ConversationRecord c) {
    return base + "conversation/" + c.id + "/" + c.number;
  }

  private ObjectNode author(Author a) {
    return a.type().equals("customer") ? customerRef(a.id(), true) : user(a.id());
  }

  private ObjectNode user(long id) {
    ObjectNode json = NODES.objectNode().put("id", id).put("type", "user");
    if (id == ownerId) {
      json.put("first", "Sandbox").put("last", "User").put("email", "user@sandbox.invalid");
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
