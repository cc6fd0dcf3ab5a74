package io.mailwright.samples;

import io.mailwright.helpscout.Attachment;
import io.mailwright.helpscout.ContactEntry;
import io.mailwright.helpscout.Conversation;
import io.mailwright.helpscout.ConversationStatus;
import io.mailwright.helpscout.ConversationType;
import io.mailwright.helpscout.CreateConversationRequest;
import io.mailwright.helpscout.CustomField;
import io.mailwright.helpscout.CustomFieldValue;
import io.mailwright.helpscout.Customer;
import io.mailwright.helpscout.CustomerDetails;
import io.mailwright.helpscout.CustomerThread;
import io.mailwright.runtime.Created;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A conversation with a new customer, tags, a custom field, and a customer thread with a file attached. */
public final class CreateConversation implements Sample {
  public static void main(String[] args) {
    Samples.runOnly(new CreateConversation());
  }

  @Override
  public String title() {
    return "Create a conversation: a new customer, tags, a custom field, a thread with an attachment from a file";
  }

  @Override
  public void run(SampleContext ctx) throws Exception {
    Path dir = Files.createTempDirectory("helpscout-samples");
    Path file = dir.resolve("order-1234.txt");
    Files.writeString(file, "Order 1234\n12 blue pens\nOrdered 2026-01-05\n", StandardCharsets.UTF_8);
    try {
      ctx.say("attaching " + file.getFileName() + " (" + Files.size(file) + " bytes): Attachment.fromFile(path)"
          + " guesses its type and streams it into the request");
      CreateConversationRequest.Builder request = CreateConversationRequest.builder()
          .subject("Where are my pens?")
          .mailboxId(ctx.mailboxId)
          .type(ConversationType.EMAIL)
          .status(ConversationStatus.ACTIVE)
          // A new email: Help Scout creates the customer from these fields.
          .customer(Customer.builder().email(SampleContext.CUSTOMER_EMAIL).firstName("Vernon").lastName("Bear")
              .organization("Acme"))
          .tags("pens", "vip")
          .addThread(CustomerThread.builder()
              .text("I ordered 12 pens a week ago and they have not arrived. My order is attached.")
              .customer(SampleContext.customer())
              .addAttachment(Attachment.fromFile(file)));
      if (ctx.customFieldId != null) {
        request.addField(CustomField.builder().id(ctx.customFieldId).value("trial"));
      } else {
        ctx.say("no custom field: set " + SampleContext.CUSTOM_FIELD_ID + " to the id of one of your mailbox's fields");
      }

      Created created = ctx.client.conversations().create(request.build());
      ctx.say("201 Created: id " + created.requireId());
      ctx.say("  Location:     " + created.location());
      ctx.say("  Web-Location: " + created.webLocation());

      Conversation conversation = ctx.readBack(created.requireId());
      ctx.say("read back with conversations().get(" + created.requireId() + ", embed threads):");
      ctx.showSummary(conversation);
      for (CustomFieldValue field : conversation.customFields()) {
        ctx.say("  custom field " + field.id() + " " + field.name() + " = " + field.value());
      }
      long customerId = conversation.primaryCustomer().id();
      CustomerDetails customer = ctx.client.customers().get(customerId);
      ctx.say("the new customer, customers().get(" + customerId + "): " + customer.firstName() + " "
          + customer.lastName() + ", " + customer.emails().stream().map(ContactEntry::value).toList()
          + ", created " + customer.createdAt());
    } finally {
      Files.deleteIfExists(file);
      Files.deleteIfExists(dir);
    }
  }
}
