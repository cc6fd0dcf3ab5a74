package io.mailwright.model.helpscout;

import static io.mailwright.model.Format.Kind.EMAIL;
import static io.mailwright.model.HttpMethod.POST;

import io.mailwright.model.Body;
import io.mailwright.model.Doc;
import io.mailwright.model.Endpoint;
import io.mailwright.model.ErrorResponse;
import io.mailwright.model.Format;
import io.mailwright.model.OnlyWhen;
import io.mailwright.model.PathParam;
import io.mailwright.model.Required;
import io.mailwright.model.ResponseHeader;
import io.mailwright.model.Shape;
import java.time.Instant;
import java.util.List;

/** Create Reply Thread, seed 002. */
@Endpoint(method = POST, path = "/v2/conversations/{conversationId}/reply", status = 201, resource = "threads", operation = "createReplyThread")
@Doc("Adds a reply to a conversation. It is possible to create a draft reply (AKA draft) by setting draft field to true. If status is not explicitly set, a reply thread will reactivate the conversation.")
@ResponseHeader(name = "Resource-ID", doc = "Internal ID of the newly created thread")
@ErrorResponse(status = 404, doc = "The conversation does not exist, or was merged into another one (a write to a merged conversation answers 404): conversations().resolveMerged(conversationId) returns the id of the conversation it was merged into; send the thread there.")
@ErrorResponse(status = 412, doc = "The conversation is locked: it has 99 threads or more, or company policy prevents old conversations from being updated.")
interface CreateReplyThread {
  @PathParam long conversationId();
  @Body ReplyThread thread();

  @Shape
  @Doc("A reply from a Help Scout user to the customer; a draft when draft is true.")
  interface ReplyThread {
    @Required @Doc("The reply") String text();
    @Doc("If set to true, a draft reply is created") Boolean draft();
    @Required @Doc("Customer being replied to") Customer customer();
    @Doc("The imported field enables thread to be created for historical purposes (i.e. if moving from a different platform, you can import your history). When imported is set to true, no outgoing emails or notifications will be generated.") Boolean imported();
    @Doc("Use this field to change conversation status when adding a thread. If not explicitly set, a reply thread will reactivate the conversation.") ThreadStatus status();
    @Doc("ID of the user who is adding the thread. The resource owner is the default when not set.") Long user();
    @Format(EMAIL) @Doc("Collection of strings representing email addresses.") List<String> cc();
    @Format(EMAIL) @Doc("Collection of strings representing email addresses.") List<String> bcc();
    @OnlyWhen(field = "imported", value = "true") @Doc("Optional creation date to be used when importing conversations and threads. It can only be used with imported field set to true") Instant createdAt();
    @Doc("Optional list of attachments to be attached to this thread") List<Attachment> attachments();
  }
}
