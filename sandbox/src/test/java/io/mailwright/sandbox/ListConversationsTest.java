package io.mailwright.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.mailwright.helpscout.ConversationStatus;
import io.mailwright.helpscout.CreateConversationRequest;
import io.mailwright.helpscout.Customer;
import io.mailwright.helpscout.CustomerThread;
import io.mailwright.helpscout.NoteThread;
import io.mailwright.helpscout.ReplyThread;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** List Conversations over real HTTP: every filter the sandbox claims, sorting, paging and {@code embed=threads}. */
class ListConversationsTest {
  private final ManualClock clock = ManualClock.startingAt("2026-01-05T09:00:00Z");
  private final Fixture f = new Fixture(SandboxOptions.builder().clock(clock)
      .addMailbox(Account.Mailbox.of(86, "Sales", "sales@sandbox.invalid"))
      .addMailbox(Account.Mailbox.of(87, "Billing", "billing@sandbox.invalid")), b -> {});

  @AfterEach
  void close() {
    f.close();
  }

  private long create(CreateConversationRequest.Builder request) {
    long id = f.client.conversations().create(request.build()).requireId();
    clock.advance(Duration.ofMinutes(1));
    return id;
  }

  private static CreateConversationRequest.Builder conversation(String email, String subject) {
    return Fixture.conversation(email).subject(subject);
  }

  /** The ids of one page of List Conversations with this query string. */
  private List<Long> ids(String query) {
    return ids(list(query));
  }

  private JsonNode list(String query) {
    return Fixture.ok(f.get("v2/conversations" + (query.isEmpty() ? "" : "?" + query)));
  }

  private static List<Long> ids(JsonNode page) {
    List<Long> ids = new ArrayList<>();
    page.get("_embedded").get("conversations").forEach(c -> ids.add(c.get("id").asLong()));
    return ids;
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void byDefaultListsActiveConversationsNewestFirst() {
    long a = create(conversation("a@acme.com", "one"));
    long b = create(conversation("b@acme.com", "two"));
    long closed = create(conversation("c@acme.com", "three").status(ConversationStatus.CLOSED));
    long pending = create(conversation("d@acme.com", "four").status(ConversationStatus.PENDING));

    assertEquals(List.of(b, a), ids(""));
    assertEquals(List.of(pending, closed, b, a), ids("status=all"));
    assertEquals(List.of(closed), ids("status=closed"));
    assertEquals(List.of(pending), ids("status=pending"));
    assertEquals(List.of(pending, b, a), ids("status=open"), "open: active or pending");
    assertEquals(List.of(), ids("status=spam"));
  }

  @Test
  void filtersByMailboxIncludingACommaList() {
    long in85 = create(conversation("a@acme.com", "one"));
    long in86 = create(conversation("a@acme.com", "two").mailboxId(86L));
    long in87 = create(conversation("a@acme.com", "three").mailboxId(87L));

    assertEquals(List.of(in85), ids("mailbox=85"));
    assertEquals(List.of(in87, in86), ids("mailbox=86,87"));
    assertEquals(List.of(in87, in86, in85), ids("mailbox=85,86,87"));
    assertEquals(List.of(), ids("mailbox=99"));
  }

  @Test
  void filtersByTagAnyOfACommaList() {
    long vip = create(conversation("a@acme.com", "one").tags("vip", "pens"));
    long pens = create(conversation("a@acme.com", "two").tags("pens"));
    create(conversation("a@acme.com", "three"));

    assertEquals(List.of(vip), ids("tag=vip"));
    assertEquals(List.of(pens, vip), ids("tag=pens"));
    assertEquals(List.of(pens, vip), ids("tag=VIP,pens"));
    assertEquals(List.of(), ids("tag=ink"));
  }

  @Test
  void filtersByNumberAssigneeAndFolder() {
    long mine = create(conversation("a@acme.com", "one").assignTo(SandboxOptions.DEFAULT_USER_ID));
    long theirs = create(conversation("a@acme.com", "two").assignTo(77L));
    long nobody = create(conversation("a@acme.com", "three").assignTo(null));
    long closed = create(conversation("a@acme.com", "four").status(ConversationStatus.CLOSED));

    long number = f.readConversation(theirs).get("number").asLong();
    assertEquals(List.of(theirs), ids("number=" + number));
    assertEquals(List.of(theirs), ids("assigned_to=77"));
    assertEquals(List.of(mine), ids("assigned_to=" + SandboxOptions.DEFAULT_USER_ID));

    assertEquals(8501, f.readConversation(nobody).get("folderId").asLong(), "unassigned");
    assertEquals(8502, f.readConversation(mine).get("folderId").asLong(), "mine");
    assertEquals(8504, f.readConversation(theirs).get("folderId").asLong(), "assigned");
    assertEquals(8505, f.readConversation(closed).get("folderId").asLong(), "closed");
    assertEquals(List.of(nobody), ids("folder=8501"));
    assertEquals(List.of(closed), ids("folder=8505&status=all"));
  }

  @Test
  void filtersByModifiedSinceAThreadAddedLaterCounts() {
    long old = create(conversation("a@acme.com", "old"));
    long touched = create(conversation("a@acme.com", "touched"));
    clock.advance(Duration.ofHours(1));
    String since = clock.instant().toString();
    long fresh = create(conversation("a@acme.com", "fresh"));
    f.client.threads().createNote(touched, NoteThread.builder().text("later").build());

    assertEquals(List.of(fresh, touched), ids("modifiedSince=" + since));
    assertEquals(List.of(fresh, touched, old), ids("modifiedSince=2026-01-05T09:00:00Z"), "inclusive");
    assertEquals(List.of(fresh, touched), ids("modifiedSince=" + encode(clock.instant().minus(Duration.ofMinutes(1))
        .atOffset(java.time.ZoneOffset.ofHours(2)).toString())), "any ISO-8601 offset");
    assertEquals(clock.instant().toString(), f.readConversation(touched).get("userUpdatedAt").asText());
  }

  @Test
  void sortsByTheDocumentedFields() {
    long b = create(conversation("b@acme.com", "Banana"));
    long a = create(conversation("a@acme.com", "apple"));
    long c = create(conversation("c@acme.com", "Cherry"));

    assertEquals(List.of(c, a, b), ids("sortField=createdAt"));
    assertEquals(List.of(b, a, c), ids("sortField=createdAt&sortOrder=asc"));
    assertEquals(List.of(a, b, c), ids("sortField=subject&sortOrder=asc"));
    assertEquals(List.of(c, b, a), ids("sortField=customerEmail&sortOrder=desc"));
    assertEquals(List.of(b, a, c), ids("sortField=number&sortOrder=asc"));
    f.client.threads().createNote(b, NoteThread.builder().text("touch").build());
    assertEquals(List.of(b, c, a), ids("sortField=modifiedAt"));
  }

  @Test
  void sortsByCustomerNameMailboxAndTheDocumentedAliasesOfTheDates() {
    long zed = create(named("z@acme.com", "Zed", "Adams").mailboxId(86L));
    long amy = create(named("a@acme.com", "Amy", "Young").mailboxId(87L));
    long bob = create(named("b@acme.com", "Bob", "Marsh").mailboxId(85L));

    assertEquals(List.of(amy, bob, zed), ids("sortField=customerName&sortOrder=asc"), "first name, then last");
    assertEquals(List.of(bob, zed, amy), ids("sortField=mailboxid&sortOrder=asc"));
    assertEquals(List.of(amy, zed, bob), ids("sortField=mailboxid&sortOrder=desc"));
    assertEquals(List.of(bob, amy, zed), ids("sortField=score"), "a list without a query: score is creation, newest first");
    f.client.threads().createNote(zed, NoteThread.builder().text("touch").build());
    assertEquals(List.of(zed, bob, amy), ids("sortField=waitingSince"), "the last change, newest first");
  }

  private static CreateConversationRequest.Builder named(String email, String first, String last) {
    Customer.Builder customer = Customer.builder().email(email).firstName(first).lastName(last);
    return Fixture.conversation(email).customer(customer)
        .threads(CustomerThread.builder().text("Buy more pens").customer(customer).build());
  }

  @Test
  void pagesOf25WithNextOnlyWhenThereIsANextPageKeepingTheQuery() {
    List<Long> created = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      created.add(create(conversation("a@acme.com", "pens " + i).tags("bulk")));
    }
    List<Long> newestFirst = new ArrayList<>(created);
    java.util.Collections.reverse(newestFirst);

    JsonNode first = list("tag=bulk&query=" + encode("(subject:\"pens\")"));
    assertEquals(25, first.get("page").get("size").asInt());
    assertEquals(60, first.get("page").get("totalElements").asInt());
    assertEquals(3, first.get("page").get("totalPages").asInt());
    assertEquals(1, first.get("page").get("number").asInt());
    assertEquals(newestFirst.subList(0, 25), ids(first));

    List<Long> all = new ArrayList<>(ids(first));
    JsonNode page = first;
    int pages = 1;
    while (page.get("_links").has("next")) {
      String next = page.get("_links").get("next").get("href").asText();
      assertTrue(next.startsWith(f.sandbox.baseUrl() + "v2/conversations?"), next);
      assertTrue(next.contains("tag=bulk"), next);
      assertTrue(next.contains("query=%28subject%3A%22pens%22%29"), next);
      page = Fixture.ok(f.get(next.substring(f.sandbox.baseUrl().length())));
      all.addAll(ids(page));
      pages++;
    }
    assertEquals(3, pages);
    assertEquals(newestFirst, all);
    assertEquals(10, ids(page).size());
    assertEquals(3, page.get("page").get("number").asInt());
    assertTrue(page.get("_links").get("last").get("href").asText().endsWith("page=3"));
    assertTrue(page.get("_links").get("first").get("href").asText().endsWith("page=1"));
    assertTrue(page.get("_links").get("self").get("href").asText().endsWith("page=3"));
    assertTrue(page.get("_links").get("page").get("templated").asBoolean());

    JsonNode beyond = list("tag=bulk&page=4");
    assertEquals(List.of(), ids(beyond), "a page past the last is empty");
    assertEquals(4, beyond.get("page").get("number").asInt());
    assertEquals(60, beyond.get("page").get("totalElements").asInt());
    assertFalse(beyond.get("_links").has("next"));
  }

  @Test
  void anEmptyListIsAPageWithAnEmptyListAndNoNext() {
    JsonNode empty = list("");
    assertEquals(List.of(), ids(empty));
    assertEquals(0, empty.get("page").get("totalElements").asInt());
    assertEquals(0, empty.get("page").get("totalPages").asInt());
    assertEquals(1, empty.get("page").get("number").asInt());
    assertFalse(empty.get("_links").has("next"));
  }

  @Test
  void embedsThreadsOnlyWhenAsked() {
    long id = create(conversation("a@acme.com", "one"));
    f.client.threads().createReplyThread(id, ReplyThread.builder().text("We ship today")
        .customer(Customer.builder().email("a@acme.com")).build());

    JsonNode plain = list("").get("_embedded").get("conversations").get(0);
    assertEquals(2, plain.get("threads").asInt(), "the count");
    assertFalse(plain.has("_embedded"));
    JsonNode embedded = list("embed=threads").get("_embedded").get("conversations").get(0);
    JsonNode threads = embedded.get("_embedded").get("threads");
    assertEquals(2, threads.size());
    assertEquals("message", threads.get(0).get("type").asText(), "a reply reads back as a message");
    assertEquals("customer", threads.get(1).get("type").asText());
    assertFalse(Fixture.ok(f.get("v2/conversations/" + id)).has("_embedded"), "Get Conversation without embed");
    assertFalse(list("embed=tags").get("_embedded").get("conversations").get(0).has("_embedded"), "another embed");
    assertEquals(2, list("embed=tags,%20threads").get("_embedded").get("conversations").get(0).get("_embedded")
        .get("threads").size(), "threads in a comma list");
  }

  @Test
  void unreadableFiltersAre400NamingTheParameter() {
    for (String[] bad : new String[][] {{"status=done", "status"}, {"mailbox=85,x", "mailbox"},
        {"modifiedSince=yesterday", "modifiedSince"}, {"number=abc", "number"}, {"sortField=colour", "sortField"},
        {"sortOrder=up", "sortOrder"}, {"page=0", "page"}, {"page=x", "page"}, {"folder=x", "folder"}}) {
      var r = f.get("v2/conversations?" + bad[0]);
      assertEquals(400, r.statusCode(), bad[0]);
      assertEquals(bad[1], Fixture.json(r).get("_embedded").get("errors").get(0).get("path").asText(), bad[0]);
    }
  }

  @Test
  void aConversationCreatedInAnUnknownMailboxIs400() {
    var r = f.postJson("v2/conversations", """
        {"subject": "Pens", "mailboxId": 4242, "type": "email", "status": "active",
         "customer": {"email": "a@acme.com"},
         "threads": [{"type": "customer", "text": "Hi", "customer": {"email": "a@acme.com"}}]}""");
    assertEquals(400, r.statusCode(), r.body());
    JsonNode error = Fixture.json(r).get("_embedded").get("errors").get(0);
    assertEquals("mailboxId", error.get("path").asText());
    assertEquals("4242", error.get("rejectedValue").asText());
    assertEquals(List.of(), ids("status=all"), "nothing was created");
  }

  @Test
  void listThreadsIsPagedNewestFirst() {
    CreateConversationRequest.Builder request = conversation("a@acme.com", "many");
    List<CustomerThread> threads = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      threads.add(CustomerThread.builder().text("t" + i).customer(Customer.builder().email("a@acme.com"))
          .imported(true).createdAt(clock.instant().plusSeconds(i)).build());
    }
    long id = create(request.threads(threads).imported(true));

    JsonNode first = Fixture.ok(f.get("v2/conversations/" + id + "/threads"));
    assertEquals(50, first.get("page").get("size").asInt());
    assertEquals(60, first.get("page").get("totalElements").asInt());
    assertEquals(2, first.get("page").get("totalPages").asInt());
    JsonNode list = first.get("_embedded").get("threads");
    assertEquals(50, list.size());
    assertEquals("t59", list.get(0).get("body").asText());
    String next = first.get("_links").get("next").get("href").asText();
    assertEquals(f.sandbox.baseUrl() + "v2/conversations/" + id + "/threads?page=2", next);
    JsonNode second = Fixture.ok(f.get(next.substring(f.sandbox.baseUrl().length())));
    assertEquals(10, second.get("_embedded").get("threads").size());
    assertEquals("t0", second.get("_embedded").get("threads").get(9).get("body").asText());
    assertFalse(second.get("_links").has("next"));
    assertEquals(404, f.get("v2/conversations/4242/threads").statusCode());
  }
}
