package io.mailwright.benchmarks;

import io.mailwright.benchmarks.beanvalidation.BvAttachment;
import io.mailwright.benchmarks.beanvalidation.BvCreateConversation;
import io.mailwright.benchmarks.beanvalidation.BvCustomField;
import io.mailwright.benchmarks.beanvalidation.BvCustomer;
import io.mailwright.benchmarks.beanvalidation.BvCustomerThread;
import io.mailwright.benchmarks.beanvalidation.BvNoteThread;
import io.mailwright.benchmarks.beanvalidation.BvReplyThread;
import io.mailwright.benchmarks.beanvalidation.BvThreadStatus;
import io.mailwright.benchmarks.pojo.PojoAttachment;
import io.mailwright.benchmarks.pojo.PojoCreateConversation;
import io.mailwright.benchmarks.pojo.PojoCustomField;
import io.mailwright.benchmarks.pojo.PojoCustomer;
import io.mailwright.benchmarks.pojo.PojoThread;
import io.mailwright.helpscout.Attachment;
import io.mailwright.helpscout.ConversationStatus;
import io.mailwright.helpscout.ConversationType;
import io.mailwright.helpscout.CreateConversationRequest;
import io.mailwright.helpscout.Customer;
import io.mailwright.helpscout.CustomField;
import io.mailwright.helpscout.CustomerThread;
import io.mailwright.helpscout.Gender;
import io.mailwright.helpscout.NoteThread;
import io.mailwright.helpscout.PhotoType;
import io.mailwright.helpscout.ReplyThread;
import io.mailwright.helpscout.ThreadStatus;
import java.util.ArrayList;
import java.util.List;

/**
 * The request of benchmarks 1 and 2, made three ways with the same values: the generated request
 * (builders, {@code build()}), the Bean Validation classes and the plain POJO. A Create Conversation
 * with a customer (nine fields set), three threads (a customer thread with one 1 KiB attachment, a
 * reply with a cc, a note), two tags and one custom field. No instants: every side would just carry
 * them.
 */
public final class Conversation {
  static final String SUBJECT = "Order #1042 arrived damaged";
  static final long MAILBOX = 8501L;
  static final long USER = 17L;
  static final String EMAIL = "jane.doe@example.com";
  static final String FIRST = "Jane";
  static final String LAST = "Doe";
  static final String PHONE = "+1 555 0100";
  static final String JOB = "Purchasing manager";
  static final String LOCATION = "Portland, OR";
  static final String ORG = "Doe Hardware";
  static final String CUSTOMER_TEXT = "The box was crushed and the lamp inside is broken. Photo attached.";
  static final String REPLY_TEXT = "Sorry to hear that, Jane. A replacement is on its way.";
  static final String NOTE_TEXT = "Refund approved by the warehouse lead; carrier claim filed.";
  static final String CC = "warehouse@example.com";
  static final String FILE = "photo.jpg";
  static final String MIME = "image/jpeg";
  static final byte[] CONTENT = content(1024);
  static final long FIELD_ID = 531L;
  static final String FIELD_VALUE = "ORD-1042";

  private Conversation() {}

  static byte[] content(int size) {
    byte[] b = new byte[size];
    for (int i = 0; i < size; i++) {
      b[i] = (byte) (i * 31 + 7);
    }
    return b;
  }

  /** The generated request, through its builders; {@code build()} validates the whole graph. */
  public static CreateConversationRequest generated() {
    Customer customer = Customer.builder()
        .email(EMAIL).firstName(FIRST).lastName(LAST).phone(PHONE).jobTitle(JOB)
        .photoType(PhotoType.GRAVATAR).location(LOCATION).organization(ORG).gender(Gender.FEMALE)
        .build();
    return CreateConversationRequest.builder()
        .subject(SUBJECT)
        .type(ConversationType.EMAIL)
        .mailboxId(MAILBOX)
        .status(ConversationStatus.ACTIVE)
        .customer(customer)
        .addThread(CustomerThread.builder()
            .text(CUSTOMER_TEXT)
            .customer(customer)
            .addAttachment(Attachment.builder().fileName(FILE).mimeType(MIME).data(CONTENT)))
        .addThread(ReplyThread.builder()
            .text(REPLY_TEXT)
            .customer(customer)
            .addCc(CC)
            .status(ThreadStatus.PENDING))
        .addThread(NoteThread.builder().text(NOTE_TEXT).user(USER))
        .addTag("damaged")
        .addTag("shipping")
        .addField(CustomField.builder().id(FIELD_ID).value(FIELD_VALUE))
        .user(USER)
        .build();
  }

  /** The same request as OpenAPI Generator's Bean Validation classes hold it. */
  public static BvCreateConversation beanValidation() {
    BvCustomer customer = new BvCustomer()
        .email(EMAIL).firstName(FIRST).lastName(LAST).phone(PHONE).jobTitle(JOB)
        .photoType(BvCustomer.PhotoTypeEnum.GRAVATAR).location(LOCATION).organization(ORG)
        .gender(BvCustomer.GenderEnum.FEMALE);
    List<BvAttachment> attachments = new ArrayList<>();
    attachments.add(new BvAttachment().fileName(FILE).mimeType(MIME).data(CONTENT));
    BvCreateConversation c = new BvCreateConversation()
        .subject(SUBJECT)
        .type(BvCreateConversation.TypeEnum.EMAIL)
        .mailboxId(MAILBOX)
        .status(BvCreateConversation.StatusEnum.ACTIVE)
        .customer(customer)
        .user(USER);
    c.addThreadsItem(new BvCustomerThread().text(CUSTOMER_TEXT).customer(customer).attachments(attachments));
    c.addThreadsItem(new BvReplyThread().text(REPLY_TEXT).customer(customer).addCcItem(CC).status(BvThreadStatus.PENDING));
    c.addThreadsItem(new BvNoteThread().text(NOTE_TEXT).user(USER));
    c.addTagsItem("damaged");
    c.addTagsItem("shipping");
    c.addFieldsItem(new BvCustomField().id(FIELD_ID).value(FIELD_VALUE));
    return c;
  }

  /** The same request as a plain, unvalidated POJO that mirrors the JSON. */
  public static PojoCreateConversation pojo() {
    PojoCustomer customer = new PojoCustomer();
    customer.email = EMAIL;
    customer.firstName = FIRST;
    customer.lastName = LAST;
    customer.phone = PHONE;
    customer.jobTitle = JOB;
    customer.photoType = "gravatar";
    customer.location = LOCATION;
    customer.organization = ORG;
    customer.gender = "female";

    PojoAttachment attachment = new PojoAttachment();
    attachment.fileName = FILE;
    attachment.mimeType = MIME;
    attachment.data = CONTENT;

    PojoThread customerThread = new PojoThread();
    customerThread.type = "customer";
    customerThread.text = CUSTOMER_TEXT;
    customerThread.customer = customer;
    customerThread.attachments = new ArrayList<>();
    customerThread.attachments.add(attachment);

    PojoThread reply = new PojoThread();
    reply.type = "reply";
    reply.text = REPLY_TEXT;
    reply.customer = customer;
    reply.status = "pending";
    reply.cc = new ArrayList<>();
    reply.cc.add(CC);

    PojoThread note = new PojoThread();
    note.type = "note";
    note.text = NOTE_TEXT;
    note.user = USER;

    PojoCustomField field = new PojoCustomField();
    field.id = FIELD_ID;
    field.value = FIELD_VALUE;

    PojoCreateConversation c = new PojoCreateConversation();
    c.subject = SUBJECT;
    c.type = "email";
    c.mailboxId = MAILBOX;
    c.status = "active";
    c.customer = customer;
    c.threads = new ArrayList<>();
    c.threads.add(customerThread);
    c.threads.add(reply);
    c.threads.add(note);
    c.tags = new ArrayList<>();
    c.tags.add("damaged");
    c.tags.add("shipping");
    c.fields = new ArrayList<>();
    c.fields.add(field);
    c.user = USER;
    return c;
  }
}
