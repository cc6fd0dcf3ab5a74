package io.mailwright.model.helpscout;

import static io.mailwright.model.HttpMethod.GET;

import io.mailwright.model.Doc;
import io.mailwright.model.Endpoint;
import io.mailwright.model.ErrorResponse;
import io.mailwright.model.Paged;
import io.mailwright.model.PathParam;
import io.mailwright.model.Query;
import io.mailwright.model.Shape;
import java.time.Instant;

/**
 * List Mailbox Folders (public documentation: mailboxes/mailbox-folders). Reading taken: the
 * folder {@code type} list of the page grows (team folders, ...): unknown types are kept.
 */
@Endpoint(method = GET, path = "/v2/mailboxes/{mailboxId}/folders", status = 200, resource = "mailboxes", operation = "listFolders")
@Paged(item = ListMailboxFolders.Folder.class, embedded = "folders")
@Doc("Lists the folders of an inbox.")
@ErrorResponse(status = 404, doc = "There is no such inbox, or the user cannot access it.")
interface ListMailboxFolders {
  @PathParam long mailboxId();
  @Query(defaultValue = "1") @Doc("Page number") Integer page();

  @Shape
  @Doc("A folder of an inbox.")
  interface Folder {
    @Doc("Folder ID: the folder filter of List Conversations") Long id();
    @Doc("Folder name") String name();
    @Doc("The type this folder represents") FolderType type();
    @Doc("For a mine folder, the user it belongs to; otherwise 0") Long userId();
    @Doc("Total number of conversations in this folder") Long totalCount();
    @Doc("Number of active conversations in this folder") Long activeCount();
    @Doc("When the folder was last updated - ISO 8601 date time") Instant updatedAt();
  }

  /** {@code type}. */
  @Doc("The kind of a folder.")
  enum FolderType { assigned, closed, drafts, mine, needsattention, open, spam, team, unassigned }
}
