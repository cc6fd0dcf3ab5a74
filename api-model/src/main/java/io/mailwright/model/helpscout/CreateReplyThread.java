package io.mailwright.model.helpscout;

import static io.mailwright.model.Format.Kind.EMAIL;
import static io.mailwright.model.HttpMethod.POST;

import io.mailwright.model.Body;
import io.mailwright.model.Doc;
import io.mailwright.model.Endpoint;
import io.mailwright.model.Format;
import io.mailwright.model.Required;
import io.mailwright.model.Shape;
import java.util.List;

/** Create Reply Thread, seed 002. */
@Endpoint(method = POST, path = "/v2/conversations/{conversationId}/reply", status = 201, resource = "threads", operation = "createReplyThread")
@Doc("Adds a reply to a conversation. It is possible to create a draft reply (AKA draft) by setting draft field to true. If status is not explicitly set, a reply thread will reactivate the conversation.")
interface CreateReplyThread extends AddsThread {
  @Body ReplyThread thread();

  @Shape
  @Doc("A reply from a Help Scout user to the customer; a draft when draft is true.")
  interface ReplyThread extends ImportableThread {
    @Required @Doc("The reply") String text();
    @Doc("If set to true, a draft reply is created") Boolean draft();
    @Required @Doc("Customer being replied to") Customer customer();
    Boolean imported(); // placed as on the page; declared in ImportableThread
    @Doc("Use this field to change conversation status when adding a thread. If not explicitly set, a reply thread will reactivate the conversation.") ThreadStatus status();
    @Doc("ID of the user who is adding the thread. The resource owner is the default when not set.") Long user();
    @Format(EMAIL) @Doc("Collection of strings representing email addresses.") List<String> cc();
    @Format(EMAIL) @Doc("Collection of strings representing email addresses.") List<String> bcc();
  }
}
