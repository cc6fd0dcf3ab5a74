package io.mailwright.model.helpscout;

import static io.mailwright.model.HttpMethod.POST;
import static io.mailwright.model.ResponseHeader.Meaning.RESOURCE_ID;
import static io.mailwright.model.ResponseHeader.Meaning.WEB_LOCATION;

import io.mailwright.model.Doc;
import io.mailwright.model.Endpoint;
import io.mailwright.model.ErrorResponse;
import io.mailwright.model.ExplicitNull;
import io.mailwright.model.OnlyWhen;
import io.mailwright.model.Required;
import io.mailwright.model.ResponseHeader;
import io.mailwright.model.Shape;
import io.mailwright.model.Size;
import io.mailwright.model.Union;
import io.mailwright.model.Variant;
import java.time.Instant;
import java.util.List;

/** Create Conversation, seed 004. */
@Endpoint(method = POST, path = "/v2/conversations", status = 201, resource = "conversations", operation = "create")
@Doc("Creates a conversation in an inbox with at least one thread. To create a draft conversation,"
    + " use the reply thread type with draft set to true.")
@ResponseHeader(name = "Resource-ID", doc = "Internal ID of the newly created conversation", meaning = RESOURCE_ID)
@ResponseHeader(name = "Location", doc = "URL of the newly created conversation")
@ResponseHeader(name = "Web-Location", doc = "URL of the newly created conversation in the Help Scout web application", meaning = WEB_LOCATION)
@ErrorResponse(status = 412, doc = "A single conversation can contain up to 100 threads. Creating a conversation with more than 100 threads fails with HTTP 412 Precondition failed.")
interface CreateConversation {
  @Required @Doc("Conversation’s subject") String subject();
  @Doc("The autoReply request parameter enables auto replies to be sent when a conversation is created via the API. When autoReply is set to true, an auto reply will be sent as long as there is at least one customer thread in the conversation.") Boolean autoReply();
  @Doc("The imported field enables conversation to be created for historical purposes (i.e. if moving from a different platform, you can import your history). When imported is set to true, no outgoing emails or notifications will be generated.") Boolean imported();
  @Required @Doc("Conversation type") ConversationType type();
  @ExplicitNull @Doc("The Help Scout user assigned to the conversation. Absent: the inbox settings decide; explicit null: the conversation stays unassigned.") Long assignTo();
  @Required @Doc("ID of a inbox where the conversation is being created") Long mailboxId();
  @Required @Doc("Conversation status") ConversationStatus status();
  @Doc("When this conversation was created - ISO 8601 date time") Instant createdAt();
  @Required @Doc("Customer associated with the conversation.") Customer customer();
  @Required @Size(min = 1, max = 100) @Doc("Conversation threads. There has to be least one thread in a conversation") List<ConversationThread> threads();
  @Doc("List of tags to be be added to the conversation") List<String> tags();
  @Doc("List of custom fields and values to be set for the conversation, see Update Custom Fields for details") List<CustomField> fields();
  @Doc("ID of the user who is adding the conversation and threads. The resource owner is used when not set. The value can be also overridden for some thread types.") Long user();
  @OnlyWhen(field = "imported", value = "true") @Doc("When the conversation was closed, only applicable for imported conversations - ISO 8601 date time") Instant closedAt();

  /** {@code type}: "Conversation type, one of:" */
  @Doc("Type of a conversation.")
  enum ConversationType { chat, email, phone }

  /** {@code status}: "Conversation status, one of" */
  @Doc("Status of a new conversation.")
  enum ConversationStatus { active, closed, pending }

  /**
   * The "Threads" table: every thread has a {@code type}; the rest is its own page's table, rules
   * included. Reading taken: a thread's {@code createdAt} needs the thread's own {@code imported}
   * (its page's "It can only be used with imported field set to true"), whatever the conversation's.
   */
  @Union(discriminator = "type")
  @Variant(value = "note", shape = CreateNote.NoteThread.class)
  @Variant(value = "chat", shape = CreateChatThread.ChatThread.class)
  @Variant(value = "phone", shape = CreatePhoneThread.PhoneThread.class)
  @Variant(value = "reply", shape = CreateReplyThread.ReplyThread.class)
  @Variant(value = "customer", shape = CreateCustomerThread.CustomerThread.class)
  @Doc("A thread of a new conversation; its type decides its fields.")
  interface ConversationThread {}

  /**
   * {@code fields[]}: the seed names only {@code id} and {@code value}; their table is on the Update
   * Custom Fields page of the public documentation ({@code fields[0].id} Number Y,
   * {@code fields[0].value} String Y). The value's length limit depends on the field's kind (255 or
   * 15,000 characters), which the request does not carry, so it is left to the API.
   */
  @Shape
  @Doc("A custom field and its value.")
  interface CustomField {
    @Required @Doc("Id of the custom field") Long id();
    @Required @Doc("The value of the custom field") String value();
  }
}
