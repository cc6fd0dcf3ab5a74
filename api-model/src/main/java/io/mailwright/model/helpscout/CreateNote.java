package io.mailwright.model.helpscout;

import static io.mailwright.model.HttpMethod.POST;

import io.mailwright.model.Body;
import io.mailwright.model.Doc;
import io.mailwright.model.Endpoint;
import io.mailwright.model.Required;
import io.mailwright.model.Shape;

/**
 * Create Note, seed 003. The page copies the reply page's sentence about reactivating the
 * conversation into {@code status}, and has no "Conversation status change" section: a note changes
 * the status only when {@code status} is given.
 */
@Endpoint(method = POST, path = "/v2/conversations/{conversationId}/notes", status = 201, resource = "threads", operation = "createNote")
@Doc("Adds a note to a conversation. A note is visible to Help Scout users only.")
interface CreateNote extends AddsThread {
  @Body NoteThread note();

  @Shape
  @Doc("A note for Help Scout users.")
  interface NoteThread extends ImportableThread {
    @Required @Doc("The note text") String text();
    @Doc("ID of the user who is adding the thread. The resource owner is the default when not set.") Long user();
    @Doc("Use this field to change conversation status when adding a thread.") ThreadStatus status();
  }
}
