package io.mailwright.model.helpscout;

import static io.mailwright.model.HttpMethod.GET;

import io.mailwright.model.Doc;
import io.mailwright.model.Embedded;
import io.mailwright.model.Endpoint;
import io.mailwright.model.ErrorResponse;
import io.mailwright.model.Paged;
import io.mailwright.model.PathParam;
import io.mailwright.model.Query;
import io.mailwright.model.Shape;
import java.time.Instant;
import java.util.List;

/**
 * List Threads (public documentation: conversations/threads/list), also the threads Get
 * Conversation embeds. Readings taken: a thread's {@code type} reads back wider than the create
 * side (a reply reads back as {@code message}; line items, forwards, beacon chats): unknown values
 * are kept; attachments are under the thread's own {@code _embedded.attachments}.
 */
@Endpoint(method = GET, path = "/v2/conversations/{conversationId}/threads", status = 200, resource = "threads", operation = "list")
@Paged(item = ListThreads.ThreadDetails.class, embedded = "threads")
@Doc("Lists the threads of a conversation, by default sorted by createdAt from newest to oldest.")
@ErrorResponse(status = 404, doc = "There is no such conversation.")
interface ListThreads {
  @PathParam long conversationId();
  @Query(defaultValue = "1") @Doc("Page number") Integer page();

  @Shape
  @Doc("A thread as the API answers it.")
  interface ThreadDetails {
    @Doc("The thread ID") Long id();
    @Doc("Thread type") ThreadType type();
    @Doc("Status of the conversation set by this thread") String status();
    @Doc("State of the thread") ThreadState state();
    @Doc("The action of a line item") ThreadAction action();
    @Doc("The thread's text (HTML)") String body();
    @Doc("How the thread was created") GetConversation.Source source();
    @Doc("The customer of the thread") GetConversation.Person customer();
    @Doc("Who created the thread: a user or a customer (see its type)") GetConversation.Person createdBy();
    @Doc("The user the conversation was assigned to with this thread") GetConversation.Person assignedTo();
    @Doc("ID of the saved reply used") Long savedReplyId();
    @Doc("List of emails in To") List<String> to();
    @Doc("List of emails on CC") List<String> cc();
    @Doc("List of emails on BCC") List<String> bcc();
    @Doc("When the thread was created - ISO 8601 date time") Instant createdAt();
    @Doc("When the customer viewed the thread - ISO 8601 date time") Instant openedAt();
    @Embedded("attachments") @Doc("The thread's attachments") List<AttachmentDetails> attachments();
  }

  /** {@code type}: "lineitem, note, message, chat, customer, forwardparent, forwardchild, phone" (and more over time). */
  @Doc("Type of a thread as the API answers it.")
  enum ThreadType { beaconchat, chat, customer, forwardchild, forwardparent, lineitem, message, note, phone }

  /** {@code state}. */
  @Doc("State of a thread.")
  enum ThreadState { draft, hidden, published, review }

  /** {@code action}. */
  @Shape
  @Doc("What a line item records.")
  interface ThreadAction {
    @Doc("Type of the action") String type();
    @Doc("The action as the UI says it") String text();
  }

  /** {@code _embedded.attachments[]}. */
  @Shape
  @Doc("An attachment of a thread.")
  interface AttachmentDetails {
    @Doc("Attachment ID") Long id();
    @Doc("File name") String filename();
    @Doc("Mime type") String mimeType();
    @Doc("Size in bytes") Long size();
    @Doc("Width of an image, in pixels") Integer width();
    @Doc("Height of an image, in pixels") Integer height();
    @io.mailwright.model.Link("data") @Doc("Where the content can be downloaded") String dataLink();
  }
}
