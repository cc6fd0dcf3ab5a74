package io.mailwright.samples;

import io.mailwright.helpscout.ConversationStatus;
import io.mailwright.helpscout.ConversationType;
import io.mailwright.helpscout.CreateConversationRequest;
import io.mailwright.helpscout.Customer;
import io.mailwright.helpscout.ReplyThread;
import io.mailwright.runtime.RequestValidationException;
import io.mailwright.runtime.Violation;
import java.time.Instant;

/** A request that breaks documented rules: the client refuses it, naming every violation, and sends nothing. */
public final class ValidationError implements Sample {
  public static void main(String[] args) {
    Samples.runOnly(new ValidationError());
  }

  @Override
  public String title() {
    return "Handle a validation error: every violation, with its JSON path, before anything is sent";
  }

  @Override
  public void run(SampleContext ctx) {
    try {
      CreateConversationRequest.builder()
          .subject("")
          .mailboxId(ctx.mailboxId)
          .type(ConversationType.EMAIL)
          .status(ConversationStatus.ACTIVE)
          .customer(Customer.builder().email("vernon.bear at example.com").firstName("V".repeat(41)))
          .addThread(ReplyThread.builder()
              .text("An answer from last year")
              .customer(SampleContext.customer())
              .createdAt(Instant.parse("2025-01-01T10:00:00Z")))
          .build();
      throw new AssertionError("the request was valid");
    } catch (RequestValidationException e) {
      ctx.say("RequestValidationException, " + e.violations().size() + " violations:");
      for (Violation v : e.violations()) {
        ctx.say(String.format("  %-28s %-12s %s", v.path(), v.rule(), v.message()));
      }
      ctx.say("nothing was sent: fix the request and build it again");
    }
  }
}
