package io.mailwright.model.helpscout;

import static io.mailwright.model.HttpMethod.GET;

import io.mailwright.model.Doc;
import io.mailwright.model.Endpoint;
import io.mailwright.model.Paged;
import io.mailwright.model.Query;
import java.time.Instant;
import java.util.List;

/**
 * List Conversations (public documentation: conversations/list). Every documented URL parameter.
 *
 * <p>Readings taken: {@code mailbox} and {@code tag} take several values joined by commas (the page
 * says so for {@code mailbox}, and shows {@code tag=red,blue}); the page size is the API's (25 in the
 * documentation, 50 in recorded traffic), so it is read from each page, never assumed.
 */
@Endpoint(method = GET, path = "/v2/conversations", status = 200, resource = "conversations", operation = "list")
@Paged(item = GetConversation.Conversation.class, embedded = "conversations")
@Doc("List and filter conversations. All parameters are joined by the AND operator. By default only active conversations are listed, sorted by createdAt from newest to oldest.")
interface ListConversations {
  @Query @Doc("Allows embedding/loading of sub-entities, allowed values are: threads") List<GetConversation.ConversationEmbed> embed();
  @Query @Doc("Filters conversations from a specific inbox id. Use comma separated values for more inboxes") List<Long> mailbox();
  @Query @Doc("Filters conversations from a specific folder id") Long folder();
  @Query(defaultValue = "active") @Doc("Filter conversation by status") ConversationStatusFilter status();
  @Query @Doc("Filter conversation by tags; several tags are joined by commas") List<String> tag();
  @Query("assigned_to") @Doc("Filters conversations by assignee id") Long assignedTo();
  @Query @Doc("Returns only conversations that were modified after this date") Instant modifiedSince();
  @Query @Doc("Looks up conversation by conversation number") Long number();
  @Query(defaultValue = "createdAt") @Doc("Sorts the result by specified field") ConversationSortField sortField();
  @Query(defaultValue = "desc") @Doc("Sort order") SortOrder sortOrder();
  @Query @Doc("Advanced search query, e.g. (email:\"bear@acme.com\" AND subject:\"order\")") String query();
  @Query(defaultValue = "1") @Doc("Page number") Integer page();

  /** {@code status}: "active (default), all, closed, open, pending, spam". */
  @Doc("Which conversations to list by status.")
  enum ConversationStatusFilter { active, all, closed, open, pending, spam }

  /** {@code sortField}. */
  @Doc("The field a list of conversations is sorted by.")
  enum ConversationSortField { createdAt, customerEmail, customerName, mailboxid, modifiedAt, number, score, status, subject }

  /** {@code sortOrder}. */
  @Doc("Sort order.")
  enum SortOrder { asc, desc }
}
