package io.mailwright.benchmarks;

import io.mailwright.benchmarks.beanvalidation.BvCreateConversation;
import io.mailwright.benchmarks.beanvalidation.BvCustomerThread;
import io.mailwright.benchmarks.beanvalidation.BvNoteThread;
import io.mailwright.benchmarks.beanvalidation.BvReplyThread;
import jakarta.validation.Validator;
import java.time.OffsetDateTime;

/**
 * Guards the fairness of benchmark 1: the Bean Validation classes must reach every nested object
 * the generated code checks (the customer, each thread, the attachment, the custom field, the cc
 * addresses) and apply its rules; a mistake here would make Hibernate Validator look faster by
 * doing less.
 */
final class Checks {
  private Checks() {}

  static boolean beanValidationSeesEveryRule(Validator v) {
    return broken(v, c -> c.subject(""))
        && broken(v, c -> c.getCustomer().firstName(""))
        && broken(v, c -> c.getCustomer().email("not an address"))
        && broken(v, c -> c.getCustomer().email(null))
        && broken(v, c -> ((BvCustomerThread) c.getThreads().get(0)).getAttachments().get(0).fileName(null))
        && broken(v, c -> ((BvCustomerThread) c.getThreads().get(0)).createdAt(OffsetDateTime.now()))
        && broken(v, c -> ((BvReplyThread) c.getThreads().get(1)).addCcItem("nope"))
        && broken(v, c -> ((BvNoteThread) c.getThreads().get(2)).text(null))
        && broken(v, c -> c.getFields().get(0).value(""))
        && broken(v, c -> c.closedAt(OffsetDateTime.now()));
  }

  private static boolean broken(Validator v, java.util.function.Consumer<BvCreateConversation> breakIt) {
    BvCreateConversation c = Conversation.beanValidation();
    breakIt.accept(c);
    return !v.validate(c).isEmpty();
  }

}
