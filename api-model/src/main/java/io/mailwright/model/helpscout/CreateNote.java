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

/**
 * Create Note, seed 003. The page copies the reply page's sentence about reactivating the
 * conversation into {@code status}, and has no "Conversation status change" section: a note changes
 * the status only when {@code status} is given.
 */
@Endpoint(method = POST, path = "/v2/conversations/{conversationId}/notes", status = 201, resource = "threads", operation = "createNote")
@Doc("Adds a note to a conversation. A note is visible to Help Scout users only.")
@ResponseHeader(name = "Resource-ID", doc = "Internal ID of the newly created thread")
@ErrorResponse(status = 404, doc = "The conversation does not exist, or was merged into another one (a write to a merged conversation answers 404): conversations().resolveMerged(conversationId) returns the id of the conversation it was merged into; send the thread there.")
@ErrorResponse(status = 412, doc = "The conversation is locked: it has 99 threads or more, or company policy prevents old conversations from being updated.")
interface CreateNote {
  @PathParam long conversationId();
  @Body NoteThread note();

  @Shape
  @Doc("A note for Help Scout users.")
  interface NoteThread {
    @Required @Doc("The note text") String text();
    @Doc("ID of the user who is adding the thread. The resource owner is the default when not set.") Long user();
    @Doc("Use this field to change conversation status when adding a thread.") ThreadStatus status();
    @Doc("The imported field enables thread to be created for historical purposes (i.e. if moving from a different platform, you can import your history). When imported is set to true, no outgoing emails or notifications will be generated.") Boolean imported();
    @OnlyWhen(field = "imported", value = "true") @Doc("Optional creation date to be used when importing conversations and threads. It can only be used with imported field set to true") Instant createdAt();
    @Doc("Optional list of attachments to be attached to this thread") List<Attachment> attachments();
  }
}
