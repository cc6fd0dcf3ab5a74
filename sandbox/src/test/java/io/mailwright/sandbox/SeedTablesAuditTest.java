package io.mailwright.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mailwright.helpscout.Attachment;
import io.mailwright.helpscout.ChatThread;
import io.mailwright.helpscout.ConversationStatus;
import io.mailwright.helpscout.ConversationThread;
import io.mailwright.helpscout.ConversationType;
import io.mailwright.helpscout.CreateConversationRequest;
import io.mailwright.helpscout.CustomField;
import io.mailwright.helpscout.Customer;
import io.mailwright.helpscout.CustomerThread;
import io.mailwright.helpscout.Gender;
import io.mailwright.helpscout.NoteThread;
import io.mailwright.helpscout.PhoneThread;
import io.mailwright.helpscout.PhotoType;
import io.mailwright.helpscout.ReplyThread;
import io.mailwright.helpscout.ThreadStatus;
import io.mailwright.runtime.Created;
import io.mailwright.runtime.RequestValidationException;
import io.mailwright.runtime.Rule;
import io.mailwright.runtime.Validatable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The audit of the seed pages against the model, as a test: every field table of the five seed
 * pages (and of Create Phone Thread, from the public documentation, and the custom field, from
 * Update Custom Fields) written out here from the pages themselves, not from the model, and held
 * against the generated client and the sandbox.
 *
 * <ul>
 *   <li>each request type has exactly the documented fields, in the table's order, and each value
 *       list exactly the documented values;
 *   <li>each documented rule, broken alone in an otherwise valid request, is refused by the client
 *       before sending (one violation, at its path, of its rule) and by the sandbox, sent raw, with
 *       a {@code 400} of the same path and Help Scout's code for the rule;
 *   <li>each value at a documented edge (a limit, each listed value, the seeds' own examples) is
 *       accepted by the client and created by the sandbox: the client enforces nothing the pages
 *       do not say.
 * </ul>
 *
 * The documented error statuses (404 for a merged conversation, 412 at 99 threads, 301 on a read)
 * are pinned by {@code MergedConversationTest} and {@code LockedConversationTest}.
 */
class SeedTablesAuditTest {
  /** Help Scout's code in a field error's {@code about} link, per rule (as {@code ValidationParityTest}). */
  private static final Map<Rule, String> CODES = Map.of(
      Rule.REQUIRED, "NotEmpty",
      Rule.ONE_OF, "EnumValue",
      Rule.LENGTH, "Length",
      Rule.SIZE, "Size",
      Rule.EMAIL, "Email",
      Rule.BASE64, "Base64",
      Rule.INSTANT, "DateFormat",
      Rule.ONLY_WHEN, "OnlyWhen",
      Rule.AT_LEAST_ONE, "AtLeastOne");

  /** A field's value that removes it from the request. */
  private static final String ABSENT = "(absent)";

  /** The create pages: the seed each comes from, the endpoint's last path segment, the body's type. */
  enum Page {
    CONVERSATION("004 Create Conversation", null, CreateConversationRequest.class, null),
    CUSTOMER_THREAD("000 Create Customer Thread", "customer", CustomerThread.class, "customer"),
    CHAT_THREAD("001 Create Chat Thread", "chats", ChatThread.class, "chat"),
    PHONE_THREAD("Create Phone Thread (public documentation)", "phones", PhoneThread.class, "phone"),
    REPLY_THREAD("002 Create Reply Thread", "reply", ReplyThread.class, "reply"),
    NOTE("003 Create Note", "notes", NoteThread.class, "note");

    final String seed;
    final String segment;
    final Class<? extends Validatable> type;
    /** Its {@code type} in Create Conversation's threads ("Threads" table of 004). */
    final String threadType;

    Page(String seed, String segment, Class<? extends Validatable> type, String threadType) {
      this.seed = seed;
      this.segment = segment;
      this.type = type;
      this.threadType = threadType;
    }

    boolean hasCustomer() {
      return this != NOTE && this != CONVERSATION;
    }

    boolean hasCcAndBcc() {
      return this == CUSTOMER_THREAD || this == REPLY_THREAD;
    }

    boolean hasStatus() {
      return this == REPLY_THREAD || this == NOTE;
    }
  }

  /** Some hundred writes per test: no rate limit, so that no row waits for a minute to pass. */
  private final Fixture f = new Fixture(SandboxOptions.builder().rateLimitPerMinute(Integer.MAX_VALUE), b -> {});

  @AfterEach
  void close() {
    f.close();
  }

  // --- The tables: names, order, value lists.

  @Test
  void everyRequestTypeHasExactlyTheFieldsOfItsTableInTheTablesOrder() {
    // 004 "Request fields"
    assertFields(CreateConversationRequest.class, "subject", "autoReply", "imported", "type", "assignTo", "mailboxId",
        "status", "createdAt", "customer", "threads", "tags", "fields", "user", "closedAt");
    // 000, 001, 004: the customer's "Request fields"
    assertFields(Customer.class, "id", "email", "firstName", "lastName", "phone", "photoUrl", "jobTitle", "photoType",
        "background", "location", "organization", "gender", "age");
    // 000 to 003: the attachment's "Request fields"
    assertFields(Attachment.class, "fileName", "mimeType", "data");
    // Update Custom Fields, which 004 points to: fields[0].id, fields[0].value
    assertFields(CustomField.class, "id", "value");
    assertFields(CustomerThread.class, "text", "customer", "imported", "cc", "bcc", "createdAt", "attachments");
    assertFields(ChatThread.class, "text", "customer", "imported", "createdAt", "attachments");
    assertFields(PhoneThread.class, "text", "customer", "imported", "createdAt", "attachments");
    assertFields(ReplyThread.class, "text", "draft", "customer", "imported", "status", "user", "cc", "bcc", "createdAt",
        "attachments");
    assertFields(NoteThread.class, "text", "user", "status", "imported", "createdAt", "attachments");
  }

  private static void assertFields(Class<?> type, String... documented) {
    JsonPropertyOrder order = type.getAnnotation(JsonPropertyOrder.class);
    assertNotNull(order, type.getSimpleName() + " names its JSON fields in order (@JsonPropertyOrder)");
    assertEquals(List.of(documented), List.of(order.value()), type.getSimpleName());
  }

  @Test
  void everyValueListIsTheDocumentedList() {
    assertEquals(List.of("chat", "email", "phone"),
        Arrays.stream(ConversationType.values()).map(ConversationType::wireValue).toList(), "004 type");
    assertEquals(List.of("active", "closed", "pending"),
        Arrays.stream(ConversationStatus.values()).map(ConversationStatus::wireValue).toList(), "004 status");
    assertEquals(List.of("active", "all", "closed", "open", "pending", "spam"),
        Arrays.stream(ThreadStatus.values()).map(ThreadStatus::wireValue).toList(), "002, 003 status");
    assertEquals(List.of("unknown", "gravatar", "twitter", "facebook", "googleprofile", "googleplus", "linkedin",
            "instagram"),
        Arrays.stream(PhotoType.values()).map(PhotoType::wireValue).toList(), "001, 004 photoType");
    assertEquals(List.of("male", "female", "unknown"),
        Arrays.stream(Gender.values()).map(Gender::wireValue).toList(), "001, 004 gender");
    assertEquals(List.of("note", "chat", "phone", "reply", "customer"),
        Arrays.stream(ConversationThread.class.getAnnotation(JsonSubTypes.class).value())
            .map(JsonSubTypes.Type::name).toList(), "004 Threads table");
  }

  // --- Every rule broken alone: refused by both, at the same path, for the same rule.

  /**
   * A documented rule broken alone: the change to a valid body, and the violation it must give.
   * {@code inConversation}: the page's thread as a member of Create Conversation's threads;
   * {@code imported}: the value of {@code imported} of the object that holds the changed field
   * ({@code null}: absent).
   */
  private record Broken(Page page, String rule, String pointer, String value, String path, Rule expected,
      boolean inConversation, Boolean imported) {
    Broken(Page page, String rule, String pointer, String value, String path, Rule expected) {
      this(page, rule, pointer, value, path, expected, false, null);
    }

    Broken withImported(boolean value) {
      return new Broken(page, rule, pointer, this.value, path, expected, inConversation, value);
    }

    Broken asConversationThread() {
      return new Broken(page, rule, pointer, value, path, expected, true, imported);
    }

    String name() {
      return page.seed + (inConversation ? ", in Create Conversation's threads" : "") + ": " + rule + " [" + pointer
          + " = " + abbreviate(value) + (imported == null ? "" : ", imported " + imported) + "] -> " + path + " "
          + expected;
    }
  }

  @TestFactory
  Stream<DynamicTest> everyDocumentedRuleBrokenAloneIsRefusedByTheClientAndTheSandboxAlike() {
    long conversation = f.createConversation("bear@acme.com");
    return broken().stream().map(b -> dynamicTest(b.name(), () -> assertRefusedByBoth(b, conversation)));
  }

  private static List<Broken> broken() {
    List<Broken> rows = new ArrayList<>();
    Page c = Page.CONVERSATION;
    rows.add(new Broken(c, "subject Required", "/subject", ABSENT, "subject", Rule.REQUIRED));
    rows.add(new Broken(c, "subject Required (not empty)", "/subject", "\"\"", "subject", Rule.REQUIRED));
    rows.add(new Broken(c, "type Required", "/type", ABSENT, "type", Rule.REQUIRED));
    rows.add(new Broken(c, "type one of chat email phone", "/type", "\"ticket\"", "type", Rule.ONE_OF));
    rows.add(new Broken(c, "mailboxId Required", "/mailboxId", ABSENT, "mailboxId", Rule.REQUIRED));
    rows.add(new Broken(c, "status Required", "/status", ABSENT, "status", Rule.REQUIRED));
    rows.add(new Broken(c, "status one of active closed pending (not a thread's open)", "/status", "\"open\"", "status",
        Rule.ONE_OF));
    rows.add(new Broken(c, "status one of active closed pending (not a thread's spam)", "/status", "\"spam\"", "status",
        Rule.ONE_OF));
    rows.add(new Broken(c, "createdAt ISO 8601 date time", "/createdAt", "\"2012-10-10 12:00:00\"", "createdAt",
        Rule.INSTANT));
    rows.add(new Broken(c, "customer Required", "/customer", ABSENT, "customer", Rule.REQUIRED));
    rows.add(new Broken(c, "threads Required", "/threads", ABSENT, "threads", Rule.REQUIRED));
    rows.add(new Broken(c, "threads: at least one thread", "/threads", "[]", "threads", Rule.SIZE));
    rows.add(new Broken(c, "tags: an array of strings", "/tags", "[null]", "tags[0]", Rule.REQUIRED));
    rows.add(new Broken(c, "fields[0].id Required (Update Custom Fields)", "/fields", "[{\"value\": \"trial\"}]",
        "fields[0].id", Rule.REQUIRED));
    rows.add(new Broken(c, "fields[0].value Required (Update Custom Fields)", "/fields", "[{\"id\": 531}]",
        "fields[0].value", Rule.REQUIRED));
    rows.add(new Broken(c, "closedAt only for imported conversations (imported absent)", "/closedAt",
        "\"2012-10-11T12:00:00Z\"", "closedAt", Rule.ONLY_WHEN));
    rows.add(new Broken(c, "closedAt only for imported conversations (imported false)", "/closedAt",
        "\"2012-10-11T12:00:00Z\"", "closedAt", Rule.ONLY_WHEN).withImported(false));
    rows.add(new Broken(c, "closedAt ISO 8601 date time", "/closedAt", "\"2012-10-11T12:00:00.250Z\"", "closedAt",
        Rule.INSTANT).withImported(true));

    for (Page p : List.of(Page.CONVERSATION, Page.CUSTOMER_THREAD, Page.CHAT_THREAD, Page.PHONE_THREAD,
        Page.REPLY_THREAD)) {
      rows.addAll(customerRules(p, "/customer", "customer"));
    }
    for (Page p : List.of(Page.CUSTOMER_THREAD, Page.CHAT_THREAD, Page.PHONE_THREAD, Page.REPLY_THREAD, Page.NOTE)) {
      rows.addAll(threadRules(p, "", ""));
      // The same page's table, as a member of Create Conversation's threads.
      for (Broken b : threadRules(p, "/threads/0", "threads[0].")) {
        rows.add(b.asConversationThread());
      }
    }
    return rows;
  }

  private static List<Broken> customerRules(Page p, String at, String path) {
    List<Broken> rows = new ArrayList<>();
    rows.add(new Broken(p, "customer: a valid customer id or an email address", at, "{\"firstName\": \"Vernon\"}", path,
        Rule.AT_LEAST_ONE));
    rows.add(new Broken(p, "customer.email: an email address", at + "/email", "\"bear at acme.com\"", path + ".email",
        Rule.EMAIL));
    rows.add(new Broken(p, "firstName between 1 and 40 characters", at + "/firstName", "\"\"", path + ".firstName",
        Rule.LENGTH));
    rows.add(new Broken(p, "firstName between 1 and 40 characters", at + "/firstName", text(41), path + ".firstName",
        Rule.LENGTH));
    rows.add(new Broken(p, "lastName between 1 and 40 characters", at + "/lastName", "\"\"", path + ".lastName",
        Rule.LENGTH));
    rows.add(new Broken(p, "lastName between 1 and 40 characters", at + "/lastName", text(41), path + ".lastName",
        Rule.LENGTH));
    rows.add(new Broken(p, "photoUrl max length 200", at + "/photoUrl", text(201), path + ".photoUrl", Rule.LENGTH));
    rows.add(new Broken(p, "jobTitle max length 60", at + "/jobTitle", text(61), path + ".jobTitle", Rule.LENGTH));
    rows.add(new Broken(p, "photoType accepted values", at + "/photoType", "\"flickr\"", path + ".photoType",
        Rule.ONE_OF));
    rows.add(new Broken(p, "background max length 200", at + "/background", text(201), path + ".background",
        Rule.LENGTH));
    rows.add(new Broken(p, "location max length 60", at + "/location", text(61), path + ".location", Rule.LENGTH));
    rows.add(new Broken(p, "organization max length 60", at + "/organization", text(61), path + ".organization",
        Rule.LENGTH));
    rows.add(new Broken(p, "gender accepted values", at + "/gender", "\"other\"", path + ".gender", Rule.ONE_OF));
    return rows;
  }

  private static List<Broken> threadRules(Page p, String at, String path) {
    List<Broken> rows = new ArrayList<>();
    rows.add(new Broken(p, "text Required", at + "/text", ABSENT, path + "text", Rule.REQUIRED));
    rows.add(new Broken(p, "text Required (not empty)", at + "/text", "\"\"", path + "text", Rule.REQUIRED));
    if (p.hasCustomer()) {
      rows.add(new Broken(p, "customer Required", at + "/customer", ABSENT, path + "customer", Rule.REQUIRED));
    }
    rows.add(new Broken(p, "createdAt only with imported set to true (imported absent)", at + "/createdAt",
        "\"2012-10-10T12:00:00Z\"", path + "createdAt", Rule.ONLY_WHEN));
    rows.add(new Broken(p, "createdAt only with imported set to true (imported false)", at + "/createdAt",
        "\"2012-10-10T12:00:00Z\"", path + "createdAt", Rule.ONLY_WHEN).withImported(false));
    rows.add(new Broken(p, "createdAt a date time (yyyy-MM-dd'T'HH:mm:ss'Z')", at + "/createdAt",
        "\"2012-10-10T12:00:00+02:00\"", path + "createdAt", Rule.INSTANT).withImported(true));
    if (p.hasCcAndBcc()) {
      rows.add(new Broken(p, "cc: strings representing email addresses", at + "/cc", "[\"bear@acme.com\", \"bear\"]",
          path + "cc[1]", Rule.EMAIL));
      rows.add(new Broken(p, "bcc: strings representing email addresses", at + "/bcc", "[\"@acme.com\"]",
          path + "bcc[0]", Rule.EMAIL));
    }
    if (p.hasStatus()) {
      rows.add(new Broken(p, "status valid statuses (not the conversation's list only)", at + "/status", "\"done\"",
          path + "status", Rule.ONE_OF));
    }
    String attachment = path + "attachments[0].";
    rows.add(new Broken(p, "attachments[0].fileName Required", at + "/attachments",
        "[{\"mimeType\": \"plain/text\", \"data\": \"ZmlsZQ==\"}]", attachment + "fileName", Rule.REQUIRED));
    rows.add(new Broken(p, "attachments[0].mimeType Required", at + "/attachments",
        "[{\"fileName\": \"file.txt\", \"data\": \"ZmlsZQ==\"}]", attachment + "mimeType", Rule.REQUIRED));
    rows.add(new Broken(p, "attachments[0].data Required", at + "/attachments",
        "[{\"fileName\": \"file.txt\", \"mimeType\": \"plain/text\"}]", attachment + "data", Rule.REQUIRED));
    rows.add(new Broken(p, "attachments[0].data Base64-encoded", at + "/attachments",
        "[{\"fileName\": \"file.txt\", \"mimeType\": \"plain/text\", \"data\": \"file\\n\"}]", attachment + "data",
        Rule.BASE64));
    return rows;
  }

  private static String text(int length) {
    return "\"" + "x".repeat(length) + "\"";
  }

  private void assertRefusedByBoth(Broken b, long conversation) {
    Page target = b.page().segment == null || b.inConversation() ? Page.CONVERSATION : b.page();
    String json = body(b, target);
    Validatable request = read(json, target.type);

    String row = b.name() + "\n" + json;
    long received = f.sandbox.requestsReceived();
    RequestValidationException refused = assertThrows(RequestValidationException.class, () -> send(target, conversation,
        request), row);
    assertEquals(List.of(b.path() + " " + b.expected()),
        refused.violations().stream().map(v -> v.path() + " " + v.rule()).toList(), row);
    assertEquals(received, f.sandbox.requestsReceived(), "the client sent nothing: " + row);

    HttpResponse<String> r = f.postJson(path(target, conversation), json);
    assertEquals(400, r.statusCode(), row + "\n" + r.body());
    List<String> errors = new ArrayList<>();
    for (JsonNode e : Fixture.json(r).path("_embedded").path("errors")) {
      String href = e.path("_links").path("about").path("href").asText();
      errors.add(e.path("path").asText() + " " + href.substring(href.indexOf('#') + 1));
    }
    assertEquals(List.of(b.path() + " " + CODES.get(b.expected())), errors, row);
  }

  // --- Edges: what the pages allow, the client accepts and the sandbox creates.

  /** A value the pages allow: the change to a valid body ({@code imported}: with {@code "imported": true}). */
  private record Allowed(Page page, String rule, String pointer, String value, boolean imported) {
    Allowed(Page page, String rule, String pointer, String value) {
      this(page, rule, pointer, value, false);
    }

    Allowed whenImported() {
      return new Allowed(page, rule, pointer, value, true);
    }

    String name() {
      return page.seed + ": " + rule + " [" + pointer + " = " + abbreviate(value) + (imported ? ", imported true" : "")
          + "]";
    }
  }

  @TestFactory
  Stream<DynamicTest> everyValueAtADocumentedEdgeIsAcceptedByTheClientAndCreatedByTheSandbox() {
    long knownCustomer = f.readConversation(f.createConversation("bear@acme.com")).get("primaryCustomer").get("id")
        .asLong();
    return allowed(knownCustomer).stream().map(a -> dynamicTest(a.name(), () -> assertAcceptedByBoth(a)));
  }

  private static List<Allowed> allowed(long knownCustomer) {
    List<Allowed> rows = new ArrayList<>();
    Page c = Page.CONVERSATION;
    for (ConversationType t : ConversationType.values()) {
      rows.add(new Allowed(c, "type one of chat email phone", "/type", "\"" + t.wireValue() + "\""));
    }
    for (ConversationStatus s : ConversationStatus.values()) {
      rows.add(new Allowed(c, "status one of active closed pending", "/status", "\"" + s.wireValue() + "\""));
    }
    rows.add(new Allowed(c, "createdAt without imported (seed 004's own example)", "/createdAt",
        "\"2012-10-10T12:00:00Z\""));
    rows.add(new Allowed(c, "assignTo explicitly null: stays unassigned (API-FACTS)", "/assignTo", "null"));
    rows.add(new Allowed(c, "mailboxId sent as a string (recorded traffic, API-FACTS)", "/mailboxId", "\"85\""));
    rows.add(new Allowed(c, "at most 100 threads (100 is allowed)", "/threads", threads(100)));
    rows.add(new Allowed(c, "tags and fields (seed 004's example)", "/tags", "[\"vip\"]"));
    rows.add(new Allowed(c, "fields (seed 004's example)", "/fields", "[{\"id\": 531, \"value\": \"trial\"}]"));
    rows.add(new Allowed(c, "closedAt of an imported conversation", "/closedAt", "\"2012-10-11T12:00:00Z\"")
        .whenImported());
    for (ThreadStatus s : ThreadStatus.values()) {
      rows.add(new Allowed(Page.REPLY_THREAD, "status valid statuses", "/status", "\"" + s.wireValue() + "\""));
      rows.add(new Allowed(Page.NOTE, "status valid statuses", "/status", "\"" + s.wireValue() + "\""));
    }
    rows.add(new Allowed(Page.REPLY_THREAD, "draft", "/draft", "true"));

    for (Page p : List.of(Page.CONVERSATION, Page.CUSTOMER_THREAD, Page.CHAT_THREAD, Page.PHONE_THREAD,
        Page.REPLY_THREAD)) {
      rows.add(new Allowed(p, "customer by id only", "/customer", "{\"id\": " + knownCustomer + "}"));
      rows.add(new Allowed(p, "customer by id and an email (the email is ignored)", "/customer",
          "{\"id\": " + knownCustomer + ", \"email\": \"someone.else@acme.com\"}"));
      rows.add(new Allowed(p, "customer: every optional field at its maximum", "/customer",
          "{\"email\": \"vernon.bear+" + p.ordinal() + "@acme.co.uk\", \"firstName\": " + text(40)
              + ", \"lastName\": " + text(40) + ", \"phone\": \"+1 555 0100\", \"photoUrl\": " + text(200)
              + ", \"jobTitle\": " + text(60) + ", \"background\": " + text(200) + ", \"location\": " + text(60)
              + ", \"organization\": " + text(60) + ", \"age\": \"42\"}"));
      rows.add(new Allowed(p, "firstName and lastName of 1 character", "/customer",
          "{\"email\": \"v@acme.com\", \"firstName\": \"V\", \"lastName\": \"B\"}"));
      rows.add(new Allowed(p, "customer: the fields with a maximum only may be empty", "/customer",
          "{\"email\": \"v@acme.com\", \"photoUrl\": \"\", \"jobTitle\": \"\", \"background\": \"\", \"location\": \"\","
              + " \"organization\": \"\"}"));
      for (PhotoType t : PhotoType.values()) {
        rows.add(new Allowed(p, "photoType accepted values", "/customer/photoType", "\"" + t.wireValue() + "\""));
      }
      for (Gender g : Gender.values()) {
        rows.add(new Allowed(p, "gender accepted values", "/customer/gender", "\"" + g.wireValue() + "\""));
      }
    }
    for (Page p : List.of(Page.CUSTOMER_THREAD, Page.CHAT_THREAD, Page.PHONE_THREAD, Page.REPLY_THREAD, Page.NOTE)) {
      rows.add(new Allowed(p, "createdAt with imported set to true", "/createdAt", "\"2012-10-10T12:00:00Z\"")
          .whenImported());
      rows.add(new Allowed(p, "the seeds' attachment (mimeType plain/text)", "/attachments",
          "[{\"fileName\": \"file.txt\", \"mimeType\": \"plain/text\", \"data\": \"ZmlsZQ==\"}]"));
      rows.add(new Allowed(p, "an empty file is empty Base64", "/attachments",
          "[{\"fileName\": \"empty.txt\", \"mimeType\": \"text/plain\", \"data\": \"\"}]"));
      rows.add(new Allowed(p, "imported without createdAt", "/imported", "true"));
      if (p.hasCcAndBcc()) {
        rows.add(new Allowed(p, "cc and bcc of email addresses", "/cc", "[\"a@acme.com\", \"b+c@mail.acme.co.uk\"]"));
        rows.add(new Allowed(p, "bcc of email addresses", "/bcc", "[\"a@acme.com\"]"));
      }
      if (p != Page.CUSTOMER_THREAD && p != Page.CHAT_THREAD && p != Page.PHONE_THREAD) {
        rows.add(new Allowed(p, "user: ID of the user who is adding the thread", "/user", "7"));
      }
    }
    return rows;
  }

  private static String threads(int n) {
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < n; i++) {
      sb.append(i == 0 ? "" : ", ").append("{\"type\": \"note\", \"text\": \"note ").append(i).append("\"}");
    }
    return sb.append(']').toString();
  }

  private void assertAcceptedByBoth(Allowed a) {
    JsonNode body = base(a.page());
    if (a.imported()) {
      ((ObjectNode) body).put("imported", true);
    }
    String json = change(body, a.pointer(), a.value()).toString();
    String row = a.name() + "\n" + json;
    Validatable request = read(json, a.page().type);
    assertEquals(List.of(), request.validate(), row);
    long conversation = a.page().segment == null ? 0 : f.createConversation("bear@acme.com");
    Created created = send(a.page(), conversation, request);
    assertEquals(201, created.status(), row);

    // Sent raw, as written here, too: the client's writing is not what is audited.
    HttpResponse<String> r = f.postJson(path(a.page(), a.page().segment == null ? 0
        : f.createConversation("bear@acme.com")), json);
    assertEquals(201, r.statusCode(), row + "\n" + r.body());
  }

  // --- Bodies, calls and paths.

  /** A valid body of each page, the least the tables require (seeds' example values). */
  private static ObjectNode base(Page page) {
    return switch (page) {
      case CONVERSATION -> parse("""
          {"subject": "Subject", "mailboxId": 85, "type": "email", "status": "active",
           "customer": {"email": "bear@acme.com"},
           "threads": [{"type": "customer", "customer": {"email": "bear@acme.com"}, "text": "Hello, Help Scout."}]}
          """);
      case NOTE -> parse("{\"text\": \"Buy more pens\"}");
      default -> parse("{\"customer\": {\"email\": \"bear@acme.com\"}, \"text\": \"Buy more pens\"}");
    };
  }

  /** The body of the request a broken row sends: on its own page, or its thread inside a conversation. */
  private static String body(Broken b, Page target) {
    ObjectNode body = base(target);
    ObjectNode holder = body;
    if (b.inConversation()) {
      holder = body.objectNode().put("type", b.page().threadType);
      holder.setAll(base(b.page()));
      ((ArrayNode) body.get("threads")).set(0, holder);
    }
    if (b.imported() != null) {
      holder.put("imported", b.imported());
    }
    return change(body, b.pointer(), b.value()).toString();
  }

  private static JsonNode change(JsonNode body, String pointer, String value) {
    int slash = pointer.lastIndexOf('/');
    ObjectNode parent = slash == 0 ? (ObjectNode) body : (ObjectNode) body.at(pointer.substring(0, slash));
    String field = pointer.substring(slash + 1);
    if (value.equals(ABSENT)) {
      parent.remove(field);
    } else {
      parent.set(field, parse(value));
    }
    return body;
  }

  private static <T extends JsonNode> T parse(String json) {
    try {
      @SuppressWarnings("unchecked")
      T node = (T) Fixture.JSON.readTree(json);
      return node;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Validatable read(String json, Class<? extends Validatable> type) {
    try {
      return Fixture.JSON.readValue(json, type);
    } catch (IOException e) {
      throw new UncheckedIOException(json, e);
    }
  }

  private Created send(Page page, long conversation, Validatable request) {
    Map<Page, Function<Validatable, Created>> calls = Map.of(
        Page.CONVERSATION, r -> f.client.conversations().create((CreateConversationRequest) r),
        Page.CUSTOMER_THREAD, r -> f.client.threads().createCustomerThread(conversation, (CustomerThread) r),
        Page.CHAT_THREAD, r -> f.client.threads().createChatThread(conversation, (ChatThread) r),
        Page.PHONE_THREAD, r -> f.client.threads().createPhoneThread(conversation, (PhoneThread) r),
        Page.REPLY_THREAD, r -> f.client.threads().createReplyThread(conversation, (ReplyThread) r),
        Page.NOTE, r -> f.client.threads().createNote(conversation, (NoteThread) r));
    return calls.get(page).apply(request);
  }

  private static String path(Page page, long conversation) {
    return page.segment == null ? "v2/conversations" : "v2/conversations/" + conversation + "/" + page.segment;
  }

  private static String abbreviate(String value) {
    return value.length() <= 60 ? value : value.substring(0, 57) + "...";
  }
}
