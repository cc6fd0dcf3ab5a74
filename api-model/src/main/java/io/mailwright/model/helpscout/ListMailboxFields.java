package io.mailwright.model.helpscout;

import static io.mailwright.model.HttpMethod.GET;

import io.mailwright.model.Doc;
import io.mailwright.model.Endpoint;
import io.mailwright.model.ErrorResponse;
import io.mailwright.model.Paged;
import io.mailwright.model.PathParam;
import io.mailwright.model.Query;
import io.mailwright.model.Shape;
import java.util.List;

/**
 * List Mailbox Custom Fields (public documentation: mailboxes/mailbox-fields): where a caller finds
 * the ids of {@code CustomField.id} and of dropdown options. Reading taken: the page's {@code type}
 * examples are lower case ({@code dropdown}) where the older API wrote {@code DROPDOWN}: the type is
 * kept as text.
 */
@Endpoint(method = GET, path = "/v2/mailboxes/{mailboxId}/fields", status = 200, resource = "mailboxes", operation = "listFields")
@Paged(item = ListMailboxFields.MailboxField.class, embedded = "fields")
@Doc("Lists the custom fields of an inbox.")
@ErrorResponse(status = 404, doc = "There is no such inbox, or the user cannot access it.")
interface ListMailboxFields {
  @PathParam long mailboxId();
  @Query(defaultValue = "1") @Doc("Page number") Integer page();

  @Shape
  @Doc("A custom field of an inbox.")
  interface MailboxField {
    @Doc("Unique identifier") Long id();
    @Doc("Specifies if the custom fields has to be set") Boolean required();
    @Doc("Order when displayed in the Help Scout application") Integer order();
    @Doc("Type of the custom field (single line, multi line, date, number, dropdown)") String type();
    @Doc("Name of the custom field, as seen in the Help Scout application") String name();
    @Doc("The options of a dropdown") List<FieldOption> options();
  }

  @Shape
  @Doc("An option of a dropdown custom field.")
  interface FieldOption {
    @Doc("Unique identifier: the value of the custom field") Long id();
    @Doc("Order when displayed in the Help Scout application") Integer order();
    @Doc("Name of the dropdown option, as seen in the Help Scout application") String label();
  }
}
