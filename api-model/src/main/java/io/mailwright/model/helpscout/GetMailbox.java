package io.mailwright.model.helpscout;

import static io.mailwright.model.HttpMethod.GET;

import io.mailwright.model.Doc;
import io.mailwright.model.Endpoint;
import io.mailwright.model.ErrorResponse;
import io.mailwright.model.PathParam;
import io.mailwright.model.Returns;

/** Get Mailbox (public documentation: mailboxes/get). */
@Endpoint(method = GET, path = "/v2/mailboxes/{mailboxId}", status = 200, resource = "mailboxes", operation = "get")
@Returns(ListMailboxes.Mailbox.class)
@Doc("Gets an inbox.")
@ErrorResponse(status = 404, doc = "There is no such inbox, or the user cannot access it.")
interface GetMailbox {
  @PathParam long mailboxId();
}
