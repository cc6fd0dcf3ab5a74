package io.mailwright.model.helpscout;

import static io.mailwright.model.HttpMethod.POST;

import io.mailwright.model.Body;
import io.mailwright.model.Doc;
import io.mailwright.model.Endpoint;
import io.mailwright.model.Required;
import io.mailwright.model.Shape;

/** Create Chat Thread, seed 001. */
@Endpoint(method = POST, path = "/v2/conversations/{conversationId}/chats", status = 201, resource = "threads", operation = "createChatThread")
@Doc("Adds a chat thread to a conversation. Unless imported field is set to true, it will re-open the updated conversation.")
interface CreateChatThread extends AddsThread {
  @Body ChatThread thread();

  @Shape
  @Doc("A chat with the customer.")
  interface ChatThread extends ImportableThread {
    @Required @Doc("The chat text") String text();
    @Required @Doc("Customer associated with the chat.") Customer customer();
  }
}
