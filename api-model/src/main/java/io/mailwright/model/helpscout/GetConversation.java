package io.mailwright.model.helpscout;

import static io.mailwright.model.HttpMethod.GET;

import io.mailwright.model.Doc;
import io.mailwright.model.Endpoint;
import io.mailwright.model.ErrorResponse;
import io.mailwright.model.PathParam;
import io.mailwright.model.ResolvesMoved;

/**
 * Get Conversation, as the create pages use it ("Moved or merged conversations", seeds 000 to 003):
 * to find where a merged conversation went. Only its redirect is modelled, not the conversation it
 * returns.
 */
@Endpoint(method = GET, path = "/v2/conversations/{conversationId}", status = 200, resource = "conversations", operation = "resolveMerged")
@ResolvesMoved
@Doc("When a conversation is merged with another conversation, it is no longer accessible using the old ID. Get Conversation endpoint will return a HTTP 301 Moved Permanently status code and the response will contain a Location header with the URI of the new conversation. Returns the id the conversation has now.")
@ErrorResponse(status = 301, doc = "The conversation was merged: Location holds the URI of the new conversation (for 60 days).")
@ErrorResponse(status = 404, doc = "There is no such conversation, or it was merged longer ago than the API remembers.")
interface GetConversation {
  @PathParam long conversationId();
}
