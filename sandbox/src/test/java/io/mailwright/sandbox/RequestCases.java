package io.mailwright.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Generated create requests, valid and invalid, as the JSON a caller means to send: every endpoint,
 * every documented rule near its edge (lengths around each limit, missing required fields, bad
 * emails, Base64 and instants, 0, 1, 100 and 101 threads, each member of the thread union,
 * {@code createdAt} with and without {@code imported}). A field left out is absent from the object.
 * {@link ClientBuilders} turns the same JSON into builder calls.
 */
final class RequestCases {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final JsonNode ABSENT = MissingNode.getInstance();

  /** A request body for one endpoint. */
  record Case(Endpoint endpoint, ObjectNode json) {
    @Override
    public String toString() {
      return endpoint + " " + json;
    }
  }

  /** The create endpoints; {@code path} is the last segment of a thread endpoint's path. */
  enum Endpoint {
    CONVERSATION(null, null),
    CUSTOMER_THREAD("customer", "customer"),
    CHAT_THREAD("chats", "chat"),
    PHONE_THREAD("phones", "phone"),
    REPLY_THREAD("reply", "reply"),
    NOTE("notes", "note");

    final String path;
    /** The member of the thread union of Create Conversation with the same fields. */
    final String unionType;

    Endpoint(String path, String unionType) {
      this.path = path;
      this.unionType = unionType;
    }
  }

  private final long knownCustomerId;
  private final List<Long> mailboxIds;

  /**
   * {@code knownCustomerId}: a customer the sandbox has; {@code mailboxIds}: the account's mailboxes
   * (an unknown id is refused by the API, which knows the account, not by the client).
   */
  RequestCases(long knownCustomerId, List<Long> mailboxIds) {
    this.knownCustomerId = knownCustomerId;
    this.mailboxIds = List.copyOf(mailboxIds);
  }

  Arbitrary<Case> cases() {
    return Arbitraries.frequencyOf(
        Tuple.of(3, conversation().map(json -> new Case(Endpoint.CONVERSATION, json))),
        Tuple.of(1, thread("customer").map(json -> new Case(Endpoint.CUSTOMER_THREAD, json))),
        Tuple.of(1, thread("chat").map(json -> new Case(Endpoint.CHAT_THREAD, json))),
        Tuple.of(1, thread("phone").map(json -> new Case(Endpoint.PHONE_THREAD, json))),
        Tuple.of(1, thread("reply").map(json -> new Case(Endpoint.REPLY_THREAD, json))),
        Tuple.of(1, thread("note").map(json -> new Case(Endpoint.NOTE, json))));
  }

  // --- Shapes, field by field, in the order of the documentation's tables.

  Arbitrary<ObjectNode> conversation() {
    // Long lists are of short valid threads, so that 99 and 100 threads are accepted and 101 refused
    // for their number alone.
    Arbitrary<JsonNode> threads = Arbitraries.frequencyOf(
            Tuple.of(2, Arbitraries.just(0)),
            Tuple.of(40, Arbitraries.integers().between(1, 4)),
            Tuple.of(1, Arbitraries.of(99, 100)),
            Tuple.of(1, Arbitraries.just(101)))
        .flatMap(n -> (n < 99 ? conversationThread() : shortThread()).list().ofSize(n))
        .map(RequestCases::array);
    return object(Map.ofEntries(
        Map.entry("subject", requiredText()),
        Map.entry("autoReply", optionalBoolean()),
        Map.entry("imported", optionalBoolean()),
        Map.entry("type", oneOf(true, "chat", "email", "phone")),
        Map.entry("assignTo", Arbitraries.frequencyOf(
            Tuple.of(6, Arbitraries.just(ABSENT)), Tuple.of(1, Arbitraries.just(NODES.nullNode())),
            Tuple.of(2, ids()))),
        Map.entry("mailboxId", Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(ABSENT)),
            Tuple.of(15, Arbitraries.of(mailboxIds).map(NODES::numberNode)))),
        Map.entry("status", oneOf(true, "active", "closed", "pending")),
        Map.entry("createdAt", optionalInstant()),
        Map.entry("customer", Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(ABSENT)), Tuple.of(15, customer()))),
        Map.entry("threads", Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(ABSENT)), Tuple.of(30, threads))),
        Map.entry("tags", optionalList(text(0, 30), 3)),
        Map.entry("fields", optionalList(customField(), 2)),
        Map.entry("user", optionalId()),
        Map.entry("closedAt", optionalInstant())),
        List.of("subject", "autoReply", "imported", "type", "assignTo", "mailboxId", "status", "createdAt", "customer",
            "threads", "tags", "fields", "user", "closedAt"))
        .flatMap(RequestCases::mostlyImportedWhenDated);
  }

  /** A thread of Create Conversation: one of the union's members, with its {@code type}. */
  Arbitrary<ObjectNode> conversationThread() {
    return Arbitraries.of("customer", "chat", "phone", "reply", "note")
        .flatMap(type -> thread(type).map(json -> {
          ObjectNode typed = NODES.objectNode().put("type", type);
          typed.setAll(json);
          return typed;
        }));
  }

  /**
   * {@code createdAt} and {@code closedAt} are allowed only with {@code "imported": true}: most
   * requests that have one are imports (else nearly every dated request would be refused for that
   * alone), some are not.
   */
  private static Arbitrary<ObjectNode> mostlyImportedWhenDated(ObjectNode json) {
    if (!json.has("createdAt") && !json.has("closedAt")) {
      return Arbitraries.just(json);
    }
    return Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.just(json)),
        Tuple.of(6, Arbitraries.just(json).map(j -> j.deepCopy().put("imported", true))));
  }

  /** A valid thread of few fields. */
  private static Arbitrary<ObjectNode> shortThread() {
    return Combinators.combine(Arbitraries.of("note", "chat", "customer"), text(1, 20)).as((type, text) -> {
      ObjectNode json = NODES.objectNode().put("type", type).set("text", text);
      if (!type.equals("note")) {
        json.putObject("customer").put("email", "bear@acme.com");
      }
      return json;
    });
  }

  /** The body of a thread endpoint (the same fields as the union's member, without {@code type}). */
  Arbitrary<ObjectNode> thread(String type) {
    Arbitrary<JsonNode> customer = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(ABSENT)), Tuple.of(12, customer()));
    Arbitrary<JsonNode> attachments = optionalList(attachment(), 3);
    Arbitrary<JsonNode> emails = optionalList(email(), 3);
    return threadFields(type, customer, attachments, emails).flatMap(RequestCases::mostlyImportedWhenDated);
  }

  private Arbitrary<ObjectNode> threadFields(String type, Arbitrary<JsonNode> customer, Arbitrary<JsonNode> attachments,
      Arbitrary<JsonNode> emails) {
    return switch (type) {
      case "customer" -> object(Map.of("text", requiredText(), "customer", customer, "imported", optionalBoolean(),
              "cc", emails, "bcc", emails, "createdAt", optionalInstant(), "attachments", attachments),
          List.of("text", "customer", "imported", "cc", "bcc", "createdAt", "attachments"));
      case "chat", "phone" -> object(Map.of("text", requiredText(), "customer", customer, "imported", optionalBoolean(),
              "createdAt", optionalInstant(), "attachments", attachments),
          List.of("text", "customer", "imported", "createdAt", "attachments"));
      case "reply" -> object(Map.of("text", requiredText(), "draft", optionalBoolean(), "customer", customer,
              "imported", optionalBoolean(), "status", threadStatus(), "user", optionalId(), "cc", emails, "bcc", emails,
              "createdAt", optionalInstant(), "attachments", attachments),
          List.of("text", "draft", "customer", "imported", "status", "user", "cc", "bcc", "createdAt", "attachments"));
      case "note" -> object(Map.of("text", requiredText(), "user", optionalId(), "status", threadStatus(),
              "imported", optionalBoolean(), "createdAt", optionalInstant(), "attachments", attachments),
          List.of("text", "user", "status", "imported", "createdAt", "attachments"));
      default -> throw new IllegalArgumentException(type);
    };
  }

  Arbitrary<JsonNode> customer() {
    Arbitrary<JsonNode> id = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(ABSENT)),
        Tuple.of(1, Arbitraries.just(NODES.numberNode(knownCustomerId))));
    Arbitrary<JsonNode> email = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(ABSENT)), Tuple.of(4, email()));
    return object(Map.ofEntries(
        Map.entry("id", id),
        Map.entry("email", email),
        Map.entry("firstName", optionalLength(1, 40)),
        Map.entry("lastName", optionalLength(1, 40)),
        Map.entry("phone", optional(text(0, 20))),
        Map.entry("photoUrl", optionalLength(0, 200)),
        Map.entry("jobTitle", optionalLength(0, 60)),
        Map.entry("photoType", oneOf(false, "unknown", "gravatar", "twitter", "facebook", "googleprofile", "googleplus",
            "linkedin", "instagram")),
        Map.entry("background", optionalLength(0, 200)),
        Map.entry("location", optionalLength(0, 60)),
        Map.entry("organization", optionalLength(0, 60)),
        Map.entry("gender", oneOf(false, "male", "female", "unknown")),
        Map.entry("age", optional(text(0, 5)))),
        List.of("id", "email", "firstName", "lastName", "phone", "photoUrl", "jobTitle", "photoType", "background",
            "location", "organization", "gender", "age")).map(JsonNode.class::cast);
  }

  Arbitrary<JsonNode> attachment() {
    return object(Map.of(
            "fileName", required(text(1, 30)),
            "mimeType", required(Arbitraries.of("text/plain", "plain/text", "application/pdf", "image/png").map(NODES::textNode)),
            "data", required(base64())),
        List.of("fileName", "mimeType", "data")).map(JsonNode.class::cast);
  }

  Arbitrary<JsonNode> customField() {
    return object(Map.of("id", required(ids()), "value", required(text(0, 20))), List.of("id", "value"))
        .map(JsonNode.class::cast);
  }

  // --- Values near the edges of the rules.

  /** Required text without a length limit: absent, empty, or some text. */
  private static Arbitrary<JsonNode> requiredText() {
    return Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.just(ABSENT)),
        Tuple.of(1, Arbitraries.just(NODES.textNode(""))),
        Tuple.of(40, text(1, 80)));
  }

  /** Text of a length limit {@code min..max}: absent mostly, else a length at or around each end. */
  private static Arbitrary<JsonNode> optionalLength(int min, int max) {
    Arbitrary<Integer> lengths = Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.of(Math.max(0, min - 1), min, min + 1, max - 1, max, max + 1)),
        Tuple.of(3, Arbitraries.integers().between(min, max)));
    return Arbitraries.frequencyOf(
        Tuple.of(4, Arbitraries.just(ABSENT)),
        Tuple.of(1, lengths.flatMap(n -> text(n, n))));
  }

  private static Arbitrary<JsonNode> text(int min, int max) {
    // Letters, digits, spaces, punctuation JSON must escape, accented letters and CJK.
    Arbitrary<String> plain = Arbitraries.strings().withCharRange('a', 'z').withChars(" .-'0123456789")
        .ofMinLength(min).ofMaxLength(max);
    Arbitrary<String> escaped = Arbitraries.strings().withCharRange('a', 'z').withChars("\"\\/\n\t<>&éüß中文")
        .ofMinLength(min).ofMaxLength(max);
    return Arbitraries.frequencyOf(Tuple.of(8, plain), Tuple.of(1, escaped)).map(NODES::textNode);
  }

  private static Arbitrary<JsonNode> email() {
    Arbitrary<String> label = Arbitraries.strings().withCharRange('a', 'z').withChars("0123456789").ofMinLength(1).ofMaxLength(10);
    Arbitrary<String> valid = Combinators.combine(label, label, Arbitraries.of("com", "org", "co.uk", "io"))
        .as((local, domain, tld) -> local + "@" + domain + "." + tld);
    Arbitrary<String> invalid = Arbitraries.of("not an email", "bear@", "@acme.com", "bear", "bear@@acme.com",
        "bear smith@acme.com", "bear@acme..com", ".bear@acme.com", "bear.@acme.com", "bear@-acme.com",
        "bear@acme-.com", "Bear <bear@acme.com>", "\"bear\"@acme.com", "bear@acme.com ", "bear@ac_me.com",
        "x".repeat(65) + "@acme.com", "");
    return Arbitraries.frequencyOf(Tuple.of(15, valid), Tuple.of(1, invalid)).map(NODES::textNode);
  }

  private static Arbitrary<JsonNode> base64() {
    Arbitrary<String> valid = Arbitraries.bytes().array(byte[].class).ofMaxSize(48)
        .map(bytes -> Base64.getEncoder().encodeToString(bytes));
    Arbitrary<String> invalid = valid.flatMap(ok -> Arbitraries.of(
        "not base64!", ok + "=", ok + "A", "=" + ok, ok.replace('+', '-').replace('/', '_') + "-_==",
        ok.isEmpty() ? "====" : ok.substring(1), ok + "\n", "ZmlsZQ=" + "=A"));
    return Arbitraries.frequencyOf(Tuple.of(12, valid), Tuple.of(1, invalid)).map(NODES::textNode);
  }

  private static Arbitrary<JsonNode> optionalInstant() {
    Arbitrary<Instant> instants = Arbitraries.longs().between(946_684_800L, 1_900_000_000L).map(Instant::ofEpochSecond);
    Arbitrary<String> valid = instants.map(i -> i.truncatedTo(ChronoUnit.SECONDS).toString());
    Arbitrary<String> invalid = Arbitraries.oneOf(
        instants.map(i -> i.plusMillis(500).toString()),
        instants.map(i -> i.toString().replace("Z", "+00:00")),
        instants.map(i -> i.toString().substring(0, 10)),
        instants.map(i -> i.toString().replace('T', ' ')),
        Arbitraries.of("2021-02-29T00:00:00Z", "2020-13-01T00:00:00Z", "2020-01-01T24:00:00Z", "yesterday", "",
            "2020-01-01T00:00:00z", "+2020-01-01T00:00:00Z"));
    return Arbitraries.frequencyOf(
        Tuple.of(10, Arbitraries.just(ABSENT)),
        Tuple.of(4, valid.map(NODES::textNode)),
        Tuple.of(1, invalid.map(NODES::textNode)));
  }

  private static Arbitrary<JsonNode> optionalBoolean() {
    return Arbitraries.of(ABSENT, ABSENT, NODES.booleanNode(true), NODES.booleanNode(false));
  }

  /** A value of a documented list, or (rarely) not: wrong case, empty, unknown. */
  private static Arbitrary<JsonNode> oneOf(boolean required, String... values) {
    Arbitrary<JsonNode> valid = Arbitraries.of(values).map(NODES::textNode);
    Arbitrary<JsonNode> invalid = Arbitraries.of(values[0].toUpperCase(java.util.Locale.ROOT), "", "open ", "unknown-value")
        .map(NODES::textNode);
    return Arbitraries.frequencyOf(
        Tuple.of(required ? 1 : 8, Arbitraries.just(ABSENT)),
        Tuple.of(30, valid),
        Tuple.of(1, invalid));
  }

  private static Arbitrary<JsonNode> threadStatus() {
    return oneOf(false, "active", "all", "closed", "open", "pending", "spam");
  }

  private static Arbitrary<JsonNode> ids() {
    return Arbitraries.longs().between(1, 999_999).map(NODES::numberNode);
  }

  private static Arbitrary<JsonNode> optionalId() {
    return optional(ids());
  }

  private static Arbitrary<JsonNode> optional(Arbitrary<JsonNode> value) {
    return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(ABSENT)), Tuple.of(1, value));
  }

  private static Arbitrary<JsonNode> required(Arbitrary<JsonNode> value) {
    return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(ABSENT)), Tuple.of(30, value));
  }

  private static Arbitrary<JsonNode> optionalList(Arbitrary<JsonNode> element, int max) {
    return Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.just(ABSENT)),
        Tuple.of(2, element.list().ofMaxSize(max).map(RequestCases::array)));
  }

  private static JsonNode array(List<? extends JsonNode> items) {
    ArrayNode array = NODES.arrayNode();
    array.addAll(items);
    return array;
  }

  /** An object of the fields that are not {@link MissingNode}, in {@code order}. */
  private static Arbitrary<ObjectNode> object(Map<String, Arbitrary<JsonNode>> fields, List<String> order) {
    List<Arbitrary<JsonNode>> values = new ArrayList<>();
    for (String name : order) {
      values.add(fields.get(name));
    }
    return Combinators.combine(values).as(list -> {
      ObjectNode json = NODES.objectNode();
      for (int i = 0; i < order.size(); i++) {
        if (!list.get(i).isMissingNode()) {
          json.set(order.get(i), list.get(i));
        }
      }
      return json;
    });
  }
}
