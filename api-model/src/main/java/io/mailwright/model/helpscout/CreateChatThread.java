package io.mailwright.model.helpscout;

import static io.mailwright.model.HttpMethod.POST;

import io.mailwright.model.Body;
import io.mailwright.model.Doc;
import io.mailwright.model.Endpoint;
import io.mailwright.model.ErrorResponse;
import io.mailwright.model.OnlyWhen;
import io.mailwright.model.PathParam;
import io.mailwright.model.Required;
import io.mailwright.model.ResponseHeader;
import io.mailwright.model.Shape;
import java.time.Instant;
import java.util.List;

/** Create Chat Thread, seed 001. */
@Endpoint(method = POST, path = "/v2/conversations/{conversationId}/chats", status = 201, resource = "threads", operation = "createChatThread")
@Doc("Adds a chat thread to a conversation. Unless imported field is set to true, it will re-open the updated conversation.")
@ResponseHeader(name = "Resource-ID", doc = "Internal ID of the newly created thread")
@ErrorResponse(status = 404, doc = "The conversation does not exist, or was merged into another one (a write to a merged conversation answers 404): conversations().resolveMerged(conversationId) returns the id of the conversation it was merged into; send the thread there.")
@ErrorResponse(status = 412, doc = "The conversation is locked: it has 99 threads or more, or company policy prevents old conversations from being updated.")
interface CreateChatThread {
  @PathParam long conversationId();
  @Body ChatThread thread();

  @Shape
  @Doc("A chat with the customer.")
  interface ChatThread {
    @Required @Doc("The chat text") String text();
    @Required @Doc("Customer associated with the chat.") Customer customer();
    @Doc("The imported field enables thread to be created for historical purposes (i.e. if moving from a different platform, you can import your history). When imported is set to true, no outgoing emails or notifications will be generated.") Boolean imported();
    @OnlyWhen(field = "imported", value = "true") @Doc("Optional creation date to be used when importing conversations and threads. It can only be used with imported field set to true") Instant createdAt();
    @Doc("Optional list of attachments to be attached to this thread") List<Attachment> attachments();
  }
}
