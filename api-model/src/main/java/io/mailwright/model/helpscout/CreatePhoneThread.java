package io.mailwright.model.helpscout;

import static io.mailwright.model.HttpMethod.POST;

import io.mailwright.model.Body;
import io.mailwright.model.Doc;
import io.mailwright.model.Endpoint;
import io.mailwright.model.Required;
import io.mailwright.model.Shape;

/**
 * Create Phone Thread. Not among the seeds (seed 004 lists the {@code phone} thread type and links
 * to it): every line comes from the public Help Scout documentation of
 * {@code POST /v2/conversations/{id}/phones} ("Create Phone Thread"), as summarised in
 * {@code shared/API-FACTS.md}: text and customer required, imported, createdAt only with imported,
 * attachments; no cc, bcc, user, status or draft. The descriptions are that page's.
 */
@Endpoint(method = POST, path = "/v2/conversations/{conversationId}/phones", status = 201, resource = "threads", operation = "createPhoneThread")
@Doc("Adds a phone thread to a conversation. Unless imported field is set to true, it will re-open the updated conversation.")
interface CreatePhoneThread extends AddsThread {
  @Body PhoneThread thread();

  @Shape
  @Doc("A phone call with the customer.")
  interface PhoneThread extends ImportableThread {
    @Required @Doc("The phone conversation text") String text();
    @Required @Doc("Customer adding the phone thread.") Customer customer();
  }
}
