package io.mailwright.model.helpscout;

import static io.mailwright.model.HttpMethod.GET;

import io.mailwright.model.Doc;
import io.mailwright.model.Embedded;
import io.mailwright.model.Endpoint;
import io.mailwright.model.ErrorResponse;
import io.mailwright.model.Json;
import io.mailwright.model.Link;
import io.mailwright.model.PathParam;
import io.mailwright.model.Query;
import io.mailwright.model.ResolvesMoved;
import io.mailwright.model.Returns;
import io.mailwright.model.Shape;
import java.time.Instant;
import java.util.List;

/**
 * Get Conversation (public documentation: conversations/get; the create pages' "Moved or merged
 * conversations", seeds 000 to 003). {@code get} follows the 301 of a merged conversation once and
 * returns the conversation it was merged into (its {@code id()} tells); {@code resolveMerged} returns
 * only that id, as the create pages' advice needs.
 *
 * <p>Readings taken where the page is ambiguous: the conversation's {@code threads} is the thread
 * count (a number), and the threads themselves are {@code _embedded.threads}, present only with
 * {@code embed=threads}; {@code closedBy} is the closing user's id and {@code closedByUser} that
 * user; {@code source.type} is kept as text (the page lists about 25 values and they grow).
 */
@Endpoint(method = GET, path = "/v2/conversations/{conversationId}", status = 200, resource = "conversations", operation = "get")
@Returns(GetConversation.Conversation.class)
@ResolvesMoved(resolver = "resolveMerged")
@Doc("Gets a conversation. When a conversation is merged with another conversation, it is no longer accessible using the old ID: the API answers 301 Moved Permanently with a Location header holding the URI of the new conversation.")
@ErrorResponse(status = 301, doc = "The conversation was merged: Location holds the URI of the new conversation (for 60 days).")
@ErrorResponse(status = 404, doc = "There is no such conversation, or it was merged longer ago than the API remembers.")
interface GetConversation {
  @PathParam long conversationId();
  @Query @Doc("Allows embedding/loading of sub-entities, allowed values are: threads") List<ConversationEmbed> embed();

  /** {@code embed}: "allowed values are: threads". */
  @Doc("A sub-entity a conversation read can embed.")
  enum ConversationEmbed { threads }

  /** The conversation object of Get Conversation's response fields, also an item of List Conversations. */
  @Shape
  @Doc("A conversation as the API answers it.")
  interface Conversation {
    @Doc("The conversation ID") Long id();
    @Doc("The conversation number displayed in the UI. This number can be used in combination with the id to construct a URL to the conversation on the Help Scout website") Long number();
    @Json("threads") @Doc("Number of threads in the conversation") Integer threadCount();
    @Doc("Conversation type") CreateConversation.ConversationType type();
    @Doc("ID of the folder the conversation is in") Long folderId();
    @Doc("Status of the conversation") ConversationReadStatus status();
    @Doc("State of the conversation") ConversationState state();
    @Doc("Subject of the conversation") String subject();
    @Doc("Preview of the conversation content") String preview();
    @Doc("ID of the inbox the conversation is in") Long mailboxId();
    @Doc("The user the conversation is assigned to") Person assignee();
    @Doc("Who created the conversation: a user or a customer (see its type)") Person createdBy();
    @Doc("When the conversation was created - ISO 8601 date time") Instant createdAt();
    @Doc("ID of the user who closed the conversation") Long closedBy();
    @Doc("The user who closed the conversation") Person closedByUser();
    @Doc("When the conversation was closed - ISO 8601 date time") Instant closedAt();
    @Doc("When the conversation was last updated by a user - ISO 8601 date time") Instant userUpdatedAt();
    @Doc("Since when the customer has been waiting for a reply") WaitingSince customerWaitingSince();
    @Doc("How the conversation was created") Source source();
    @Doc("Tags of the conversation") List<Tag> tags();
    @Doc("List of emails on CC") List<String> cc();
    @Doc("List of emails on BCC") List<String> bcc();
    @Doc("The primary customer of the conversation") Person primaryCustomer();
    @Doc("Custom fields of the conversation and their values") List<CustomFieldValue> customFields();
    @Embedded("threads") @Doc("The threads of the conversation, with embed=threads; empty otherwise") List<ListThreads.ThreadDetails> threads();
    @Link("web") @Doc("The conversation in the Help Scout web application") String webLink();
  }

  /** {@code status} as a conversation reads back: wider than the create side's list. */
  @Doc("Status of a conversation as the API answers it.")
  enum ConversationReadStatus { active, closed, open, pending, spam }

  /** {@code state}. */
  @Doc("State of a conversation.")
  enum ConversationState { draft, published, deleted }

  /** A user or customer as responses name them ({@code assignee}, {@code createdBy}, {@code primaryCustomer}, ...). */
  @Shape
  @Doc("A person: a Help Scout user, a team or a customer.")
  interface Person {
    @Doc("The person's ID") Long id();
    @Doc("What the person is: user, customer or team") PersonType type();
    @Doc("First name") String first();
    @Doc("Last name") String last();
    @Doc("Email address") String email();
    @Doc("URL of the person's photo") String photoUrl();
  }

  /** {@code type} of a person. */
  @Doc("What a person is.")
  enum PersonType { user, customer, team }

  /** {@code customerWaitingSince}. */
  @Shape
  @Doc("Since when a customer has been waiting.")
  interface WaitingSince {
    @Doc("When the customer started waiting - ISO 8601 date time") Instant time();
    @Doc("The same, as the UI says it (\"20 hours ago\")") String friendly();
    @Doc("Who wrote the latest reply") String latestReplyFrom();
  }

  /** {@code source} of a conversation or thread. */
  @Shape
  @Doc("How a conversation or thread was created.")
  interface Source {
    @Doc("The channel: email, web, notification, emailfwd, api, chat, ... (about 25 documented values, kept as text)") String type();
    @Doc("Who created it: customer or user") String via();
  }

  /** {@code tags[]}. */
  @Shape
  @Doc("A tag of a conversation.")
  interface Tag {
    @Doc("Tag ID") Long id();
    @Doc("Tag color") String color();
    @Doc("Tag name") String tag();
  }

  /** {@code customFields[]}. */
  @Shape
  @Doc("A custom field of a conversation and its value.")
  interface CustomFieldValue {
    @Doc("Custom field ID") Long id();
    @Doc("Custom field name") String name();
    @Doc("The value as stored (for a dropdown, the option's id)") String value();
    @Doc("The value as displayed (for a dropdown, the option's label)") String text();
  }
}
