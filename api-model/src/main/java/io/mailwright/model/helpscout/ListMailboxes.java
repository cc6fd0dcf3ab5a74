package io.mailwright.model.helpscout;

import static io.mailwright.model.HttpMethod.GET;

import io.mailwright.model.Doc;
import io.mailwright.model.Endpoint;
import io.mailwright.model.Link;
import io.mailwright.model.Paged;
import io.mailwright.model.Query;
import io.mailwright.model.Shape;
import java.time.Instant;

/** List Mailboxes (public documentation: mailboxes/list): where a caller finds its {@code mailboxId}. */
@Endpoint(method = GET, path = "/v2/mailboxes", status = 200, resource = "mailboxes", operation = "list")
@Paged(item = ListMailboxes.Mailbox.class, embedded = "mailboxes")
@Doc("Lists the inboxes the user can access.")
interface ListMailboxes {
  @Query(defaultValue = "1") @Doc("Page number") Integer page();

  @Shape
  @Doc("An inbox (a mailbox).")
  interface Mailbox {
    @Doc("Inbox ID: the mailboxId of a new conversation") Long id();
    @Doc("Name of the inbox") String name();
    @Doc("Key used to represent this inbox") String slug();
    @Doc("Email address of the inbox") String email();
    @Doc("When the inbox was created - ISO 8601 date time") Instant createdAt();
    @Doc("When the inbox was last updated - ISO 8601 date time") Instant updatedAt();
    @Link("self") @Doc("The inbox in the API") String selfLink();
  }
}
