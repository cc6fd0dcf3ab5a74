package io.mailwright.model.helpscout;

import static io.mailwright.model.HttpMethod.POST;

import io.mailwright.model.Body;
import io.mailwright.model.Doc;
import io.mailwright.model.Endpoint;
import io.mailwright.model.Required;
import io.mailwright.model.Shape;
import java.time.Instant;
import java.util.List;

/**
 * Create Phone Thread. Not among the seeds (seed 004 lists the {@code phone} thread type and links
 * to it): every line comes from the public Help Scout documentation of
 * {@code POST /v2/conversations/{id}/phones} ("Create Phone Thread",
 * developer.helpscout.com/mailbox-api/endpoints/conversations/threads/phone), as summarised in
 * {@code shared/API-FACTS.md}: text and customer required, imported, createdAt only with imported,
 * attachments; no cc, bcc, user, status or draft. The descriptions are that page's; its customer
 * and attachment tables are those of the other thread pages ({@link Customer}, {@link Attachment}).
 * The endpoint's second sentence (re-opening unless imported) is the customer and chat pages'
 * (seeds 000, 001); the phone page's request tables say nothing about the conversation's status.
 */
@Endpoint(method = POST, path = "/v2/conversations/{conversationId}/phones", status = 201, resource = "threads", operation = "createPhoneThread")
@Doc("Adds a phone thread to a conversation. Unless imported field is set to true, it will re-open the updated conversation.")
interface CreatePhoneThread extends AddsThread {
  @Body PhoneThread thread();

  /** The phone page's "Request fields", one line per row, in its order. */
  @Shape
  @Doc("A phone call with the customer.")
  interface PhoneThread extends ImportableThread {
    // text | String | Y | The phone conversation text
    @Required @Doc("The phone conversation text") String text();
    // customer | Object | Y | Customer adding the phone thread. Must contain a valid customer id or an email address. ...
    @Required @Doc("Customer adding the phone thread.") Customer customer();
    // imported | Boolean | N | (the same text as the other thread pages; declared in ImportableThread)
    Boolean imported();
    // createdAt | String | N | ... It can only be used with imported field set to true (ImportableThread)
    Instant createdAt();
    // attachments | Array | N | Optional list of attachments to be attached to this thread (ImportableThread)
    List<Attachment> attachments();
  }
}
