package io.mailwright.model.helpscout;

import static io.mailwright.model.Format.Kind.EMAIL;
import static io.mailwright.model.HttpMethod.POST;

import io.mailwright.model.Body;
import io.mailwright.model.Doc;
import io.mailwright.model.Endpoint;
import io.mailwright.model.Format;
import io.mailwright.model.Required;
import io.mailwright.model.Shape;
import java.util.List;

/** Create Customer Thread, seed 000. */
@Endpoint(method = POST, path = "/v2/conversations/{conversationId}/customer", status = 201, resource = "threads", operation = "createCustomerThread")
@Doc("Adds a customer thread to a conversation. Unless imported field is set to true, it will re-open the updated conversation.")
interface CreateCustomerThread extends AddsThread {
  @Body CustomerThread thread();

  @Shape
  @Doc("A thread written by the customer.")
  interface CustomerThread extends ImportableThread {
    @Required @Doc("The message text") String text();
    @Required @Doc("Customer adding the thread.") Customer customer();
    Boolean imported(); // placed as on the page; declared in ImportableThread
    @Format(EMAIL) @Doc("Collection of strings representing email addresses.") List<String> cc();
    @Format(EMAIL) @Doc("Collection of strings representing email addresses.") List<String> bcc();
  }
}
