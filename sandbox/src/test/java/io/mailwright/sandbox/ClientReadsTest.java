package io.mailwright.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mailwright.helpscout.Conversation;
import io.mailwright.helpscout.ConversationEmbed;
import io.mailwright.helpscout.ConversationReadStatus;
import io.mailwright.helpscout.ConversationStatusFilter;
import io.mailwright.helpscout.CustomerDetails;
import io.mailwright.helpscout.GetConversationQuery;
import io.mailwright.helpscout.ListConversationsQuery;
import io.mailwright.helpscout.Mailbox;
import io.mailwright.helpscout.MailboxField;
import io.mailwright.helpscout.NoteThread;
import io.mailwright.helpscout.ThreadDetails;
import io.mailwright.helpscout.ThreadType;
import io.mailwright.helpscout.User;
import io.mailwright.runtime.Page;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The generated client's read calls against the sandbox's read endpoints: the model's response
 * shapes, query types and paging meet the sandbox's JSON on real HTTP.
 */
class ClientReadsTest {
  @Test
  void whatTheClientWroteItReadsBack() {
    try (Fixture f = new Fixture()) {
      long id = f.createConversation("reader@acme.com");
      f.client.threads().createNote(id, NoteThread.builder().text("Looked into it").build());

      Conversation c = f.client.conversations().get(id, GetConversationQuery.builder()
          .embed(ConversationEmbed.THREADS).build());
      CustomerDetails customer = f.client.customers().get(c.primaryCustomer().id());

      assertEquals(id, c.id());
      assertEquals("Pens", c.subject());
      assertEquals(85L, c.mailboxId());
      assertEquals(ConversationReadStatus.ACTIVE, c.status());
      assertNotNull(c.createdAt());
      assertEquals("reader@acme.com", c.primaryCustomer().email());
      assertEquals(List.of(ThreadType.NOTE, ThreadType.CUSTOMER), c.threads().stream().map(ThreadDetails::type).toList());
      assertEquals("Looked into it", c.threads().get(0).body());
      assertEquals(List.of("reader@acme.com"), customer.emails().stream().map(e -> e.value()).toList());
      assertEquals(2, f.client.threads().listAll(id).count());
    }
  }

  @Test
  void listConversationsFindsOneByTheCustomersEmailAndWalksEveryPage() {
    try (Fixture f = new Fixture()) {
      for (int i = 0; i < 60; i++) {
        f.createConversation(i == 42 ? "needle@acme.com" : "hay" + i + "@acme.com");
      }

      Page<Conversation> found = f.client.conversations().list(ListConversationsQuery.builder()
          .query("(email:\"needle@acme.com\")").status(ConversationStatusFilter.ALL).build());
      Page<Conversation> first = f.client.conversations().list(ListConversationsQuery.builder().mailbox(85).build());
      long all = f.client.conversations().listAll(ListConversationsQuery.builder().mailbox(85).build()).count();

      assertEquals(1, found.items().size());
      assertEquals("needle@acme.com", found.items().get(0).primaryCustomer().email());
      assertTrue(first.hasNext());
      assertEquals(60, first.totalElements());
      assertEquals(60, all);
    }
  }

  @Test
  void theAccountIsListed() {
    try (Fixture f = new Fixture()) {
      List<Mailbox> mailboxes = f.client.mailboxes().listAll().toList();
      List<MailboxField> fields = f.client.mailboxes().listFields(85).items();
      User me = f.client.users().me();

      assertEquals(85L, mailboxes.get(0).id());
      assertEquals(mailboxes.get(0).name(), f.client.mailboxes().get(85).name());
      assertFalse(f.client.mailboxes().listFolders(85).items().isEmpty());
      assertEquals(531L, fields.get(0).id());
      assertNotNull(me.id());
      assertEquals(me.email(), f.client.users().get(me.id()).email());
      assertTrue(f.client.users().list().items().stream().anyMatch(u -> u.id().equals(me.id())));
    }
  }
}
