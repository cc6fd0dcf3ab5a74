package io.mailwright.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.mailwright.helpscout.NoteThread;
import io.mailwright.helpscout.ThreadStatus;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The account's mailboxes, folders, custom fields and users, as configured and as listed; and the 301s of reads. */
class AccountTest {
  private final Fixture f = new Fixture(SandboxOptions.builder()
      .userId(7)
      .addMailbox(Account.Mailbox.of(86, "Sales Team", "sales@acme.com")
          .withFields(new Account.Field(600, "Region", "DROPDOWN", true, List.of("EU", "US")),
              new Account.Field(601, "Order", "NUMBER", false, List.of())))
      .addUser(Account.User.of(8, "Vernon", "Bear", "vbear@acme.com"))
      .addUser(new Account.User(9, "Jack", "Sprout", "jack@acme.com", "admin", "Europe/Paris")), b -> {});

  @AfterEach
  void close() {
    f.close();
  }

  private static List<String> values(JsonNode list, String field) {
    List<String> values = new ArrayList<>();
    list.forEach(item -> values.add(item.get(field).asText()));
    return values;
  }

  @Test
  void listsAndGetsTheConfiguredMailboxes() {
    JsonNode page = Fixture.ok(f.get("v2/mailboxes"));
    JsonNode mailboxes = page.get("_embedded").get("mailboxes");
    assertEquals(List.of("85", "86"), values(mailboxes, "id"));
    assertEquals(List.of("Support", "Sales Team"), values(mailboxes, "name"));
    assertEquals("sales-team", mailboxes.get(1).get("slug").asText());
    assertEquals("sales@acme.com", mailboxes.get(1).get("email").asText());
    assertEquals(f.sandbox.baseUrl() + "v2/mailboxes/86/folders",
        mailboxes.get(1).get("_links").get("folders").get("href").asText());
    assertEquals(50, page.get("page").get("size").asInt());
    assertEquals(2, page.get("page").get("totalElements").asInt());

    JsonNode one = Fixture.ok(f.get("v2/mailboxes/86"));
    assertEquals("Sales Team", one.get("name").asText());
    assertTrue(one.has("createdAt") && one.has("updatedAt"));
    assertEquals(404, f.get("v2/mailboxes/4242").statusCode());
    assertEquals(404, f.get("v2/mailboxes/4242/folders").statusCode());
  }

  @Test
  void foldersCountTheConversationsFiledInThem() {
    long a = f.createConversation("bear@acme.com");
    f.createConversation("fox@acme.com");
    f.client.threads().createNote(a, NoteThread.builder().text("done").status(ThreadStatus.CLOSED).build());

    JsonNode folders = Fixture.ok(f.get("v2/mailboxes/85/folders")).get("_embedded").get("folders");
    assertEquals(List.of("Unassigned", "Mine", "Drafts", "Assigned", "Closed", "Spam"), values(folders, "name"));
    assertEquals(List.of("open", "mytickets", "drafts", "assigned", "closed", "spam"), values(folders, "type"));
    assertEquals(List.of("1", "0", "0", "0", "1", "0"), values(folders, "totalCount"));
    assertEquals(List.of("1", "0", "0", "0", "0", "0"), values(folders, "activeCount"));
    assertEquals(8505, Fixture.ok(f.get("v2/conversations/" + a)).get("folderId").asLong());
  }

  @Test
  void listsTheCustomFieldsOfAMailbox() {
    JsonNode fields = Fixture.ok(f.get("v2/mailboxes/86/fields")).get("_embedded").get("fields");
    assertEquals(List.of("600", "601"), values(fields, "id"));
    JsonNode region = fields.get(0);
    assertEquals("Region", region.get("name").asText());
    assertEquals("DROPDOWN", region.get("type").asText());
    assertTrue(region.get("required").asBoolean());
    assertEquals(1, region.get("order").asInt());
    assertEquals(List.of("EU", "US"), values(region.get("options"), "label"));
    assertEquals(List.of("60001", "60002"), values(region.get("options"), "id"));
    assertEquals(List.of("1", "2"), values(region.get("options"), "order"));
    assertEquals(List.of("531"), values(Fixture.ok(f.get("v2/mailboxes/85/fields")).get("_embedded").get("fields"),
        "id"), "the default mailbox's field");
  }

  @Test
  void theResourceOwnerAndTheUsers() {
    JsonNode me = Fixture.ok(f.get("v2/users/me"));
    assertEquals(7, me.get("id").asLong(), "the resource owner is always a user");
    assertEquals("user@sandbox.invalid", me.get("email").asText());
    assertEquals("owner", me.get("role").asText());

    JsonNode users = Fixture.ok(f.get("v2/users")).get("_embedded").get("users");
    assertEquals(List.of("7", "8", "9"), values(users, "id"));
    JsonNode jack = Fixture.ok(f.get("v2/users/9"));
    assertEquals("Jack", jack.get("firstName").asText());
    assertEquals("Sprout", jack.get("lastName").asText());
    assertEquals("admin", jack.get("role").asText());
    assertEquals("Europe/Paris", jack.get("timezone").asText());
    assertEquals("JS", jack.get("initials").asText());
    assertEquals(404, f.get("v2/users/4242").statusCode());

    assertEquals(List.of("8"), values(Fixture.ok(f.get("v2/users?email=VBEAR@acme.com")).get("_embedded").get("users"),
        "id"));
    assertEquals(List.of(), values(Fixture.ok(f.get("v2/users?mailbox=4242")).get("_embedded").get("users"), "id"));
  }

  @Test
  void aConversationAssignedToAnotherUserReadsBackWithTheirName() {
    long id = f.client.conversations().create(Fixture.conversation("bear@acme.com").assignTo(9L).build()).requireId();
    JsonNode assignee = Fixture.ok(f.get("v2/conversations/" + id)).get("assignee");
    assertEquals("Jack", assignee.get("first").asText());
    assertEquals(8504, Fixture.ok(f.get("v2/conversations/" + id)).get("folderId").asLong());
  }

  @Test
  void getConversationShowsWhoClosedItWhoWaitsTagsAndFieldNames() {
    long id = f.client.conversations().create(Fixture.conversation("bear@acme.com").tags("vip")
        .addField(io.mailwright.helpscout.CustomField.builder().id(531L).value("trial"))
        .addField(io.mailwright.helpscout.CustomField.builder().id(999L).value("x")).build()).requireId();
    JsonNode open = Fixture.ok(f.get("v2/conversations/" + id));
    assertEquals("customer", open.get("customerWaitingSince").get("latestReplyFrom").asText());
    assertEquals(open.get("createdAt").asText(), open.get("customerWaitingSince").get("time").asText());
    assertFalse(open.has("closedBy"));
    JsonNode tag = open.get("tags").get(0);
    assertEquals("vip", tag.get("tag").asText());
    assertTrue(tag.get("id").asLong() > 0);
    assertEquals("Plan", open.get("customFields").get(0).get("name").asText(), "named by the mailbox's field");
    assertFalse(open.get("customFields").get(1).has("name"), "an unknown field id has no name");

    f.client.threads().createReplyThread(id, io.mailwright.helpscout.ReplyThread.builder().text("Done")
        .customer(io.mailwright.helpscout.Customer.builder().email("bear@acme.com")).user(9L).status(ThreadStatus.CLOSED)
        .cc("boss@acme.com").build());
    JsonNode closed = Fixture.ok(f.get("v2/conversations/" + id));
    assertEquals("closed", closed.get("status").asText());
    assertEquals(9, closed.get("closedBy").asLong());
    assertEquals("Jack", closed.get("closedByUser").get("first").asText());
    assertEquals("user", closed.get("customerWaitingSince").get("latestReplyFrom").asText());
    assertEquals("boss@acme.com", closed.get("cc").get(0).asText());
  }

  @Test
  void listCustomersFilters() {
    f.client.conversations().create(Fixture.conversation("bear@acme.com")
        .customer(io.mailwright.helpscout.Customer.builder().email("bear@acme.com").firstName("Vernon")).build());
    f.client.conversations().create(Fixture.conversation("fox@acme.com").mailboxId(86L).build());

    JsonNode all = Fixture.ok(f.get("v2/customers"));
    assertEquals(2, all.get("page").get("totalElements").asInt());
    assertEquals(50, all.get("page").get("size").asInt());
    JsonNode in86 = Fixture.ok(f.get("v2/customers?mailbox=86")).get("_embedded").get("customers");
    assertEquals(1, in86.size());
    assertEquals("fox@acme.com", in86.get(0).get("_embedded").get("emails").get(0).get("value").asText());
    assertEquals(1, Fixture.ok(f.get("v2/customers?firstName=vernon")).get("page").get("totalElements").asInt());
    assertEquals(400, f.get("v2/customers?sortField=colour").statusCode());
  }

  @Test
  void listCustomersFindsTheCustomersOfAThreadAndSortsByName() {
    ManualClock clock = ManualClock.startingAt("2026-01-05T09:00:00Z");
    try (Fixture g = new Fixture(SandboxOptions.builder().clock(clock)
        .addMailbox(Account.Mailbox.of(86, "Sales", "sales@acme.com")), b -> {})) {
      long first = g.client.conversations().create(Fixture.conversation("bear@acme.com")
          .customer(io.mailwright.helpscout.Customer.builder().email("bear@acme.com").firstName("Vernon")
              .lastName("Bear"))
          .build()).requireId();
      clock.advance(java.time.Duration.ofMinutes(5));
      g.client.threads().createCustomerThread(first, io.mailwright.helpscout.CustomerThread.builder().text("me too")
          .customer(io.mailwright.helpscout.Customer.builder().email("fox@acme.com").firstName("Ada").lastName("Fox"))
          .build());
      g.client.conversations().create(Fixture.conversation("owl@acme.com").mailboxId(86L)
          .customer(io.mailwright.helpscout.Customer.builder().email("owl@acme.com").firstName("Zoe").lastName("Abel"))
          .build());

      assertEquals(List.of("fox@acme.com", "bear@acme.com"), emails(g, "mailbox=85"),
          "the customer of a later thread is a customer of the mailbox too");
      assertEquals(List.of("fox@acme.com", "bear@acme.com", "owl@acme.com"), emails(g, "sortField=firstName&sortOrder=asc"));
      assertEquals(List.of("owl@acme.com", "bear@acme.com", "fox@acme.com"), emails(g, "sortField=firstName"),
          "descending unless asked");
      assertEquals(List.of("owl@acme.com", "bear@acme.com", "fox@acme.com"), emails(g, "sortField=lastName&sortOrder=asc"));
      assertEquals(List.of("owl@acme.com", "fox@acme.com", "bear@acme.com"), emails(g, "sortField=score"),
          "score: the newest first");
      assertEquals(List.of("fox@acme.com"), emails(g, "lastName=FOX"));
      assertEquals(List.of("fox@acme.com", "owl@acme.com"), emails(g, "modifiedSince=2026-01-05T09:05:00Z&sortField=modifiedAt&sortOrder=asc"),
          "created at the instant asked counts");
    }
  }

  private static List<String> emails(Fixture g, String query) {
    List<String> emails = new java.util.ArrayList<>();
    Fixture.ok(g.get("v2/customers?" + query)).get("_embedded").get("customers")
        .forEach(c -> emails.add(c.get("_embedded").get("emails").get(0).get("value").asText()));
    return emails;
  }

  @Test
  void readsOfAMergedConversationAre301KeepingTheQuery() {
    long a = f.createConversation("bear@acme.com");
    long b = f.createConversation("bear@acme.com");
    f.sandbox.merge(a, b);

    HttpResponse<String> get = f.get("v2/conversations/" + a + "?embed=threads");
    assertEquals(301, get.statusCode());
    assertEquals(f.sandbox.baseUrl() + "v2/conversations/" + b + "?embed=threads",
        get.headers().firstValue("Location").orElseThrow());
    HttpResponse<String> threads = f.get("v2/conversations/" + a + "/threads");
    assertEquals(301, threads.statusCode());
    assertEquals(f.sandbox.baseUrl() + "v2/conversations/" + b + "/threads",
        threads.headers().firstValue("Location").orElseThrow());
    JsonNode list = Fixture.ok(f.get("v2/conversations"));
    assertEquals(List.of(Long.toString(b)), values(list.get("_embedded").get("conversations"), "id"),
        "a merged conversation is not listed");
    assertFalse(Fixture.ok(f.get("v2/conversations/" + b + "/threads")).get("_embedded").get("threads").isEmpty());
  }
}
