package io.mailwright.samples;

import io.mailwright.helpscout.ConversationStatus;
import io.mailwright.helpscout.ConversationType;
import io.mailwright.helpscout.CreateConversationRequest;
import io.mailwright.helpscout.CustomerThread;
import io.mailwright.helpscout.NoteThread;
import io.mailwright.helpscout.ReplyThread;
import io.mailwright.runtime.Created;
import io.mailwright.sandbox.Notification;
import java.time.Instant;
import java.util.List;

/** History from another help desk, imported: its own dates, no emails, no notifications. */
public final class ImportHistory implements Sample {
  public static void main(String[] args) {
    Samples.runOnly(new ImportHistory());
  }

  @Override
  public String title() {
    return "Import history with imported: true and createdAt";
  }

  @Override
  public void run(SampleContext ctx) {
    Instant asked = Instant.parse("2019-03-01T10:00:00Z");
    Instant answered = Instant.parse("2019-03-01T14:30:00Z");
    Instant closed = Instant.parse("2019-03-02T09:00:00Z");
    int before = ctx.onSandbox() ? ctx.sandbox.notifications().size() : 0;

    Created created = ctx.client.conversations().create(CreateConversationRequest.builder()
        .subject("Pens for the 2019 conference (imported)")
        .mailboxId(ctx.mailboxId)
        .type(ConversationType.EMAIL)
        .status(ConversationStatus.CLOSED)
        .imported(true)
        .createdAt(asked)
        .closedAt(closed)
        .customer(SampleContext.customer())
        .threads(
            CustomerThread.builder().text("Can we order 200 pens for our conference?")
                .customer(SampleContext.customer()).imported(true).createdAt(asked).build(),
            ReplyThread.builder().text("Of course: they ship on Monday.")
                .customer(SampleContext.customer()).imported(true).createdAt(answered).build(),
            NoteThread.builder().text("Imported from our old help desk, ticket 7781.")
                .imported(true).createdAt(closed).build())
        .build());
    ctx.say("imported conversation " + created.requireId() + ", created " + asked + ", closed " + closed);

    ctx.say("read back with conversations().get(" + created.requireId() + ", embed threads):");
    ctx.showSummary(ctx.readBack(created.requireId()));
    if (ctx.onSandbox()) {
      List<Notification> sent = ctx.sandbox.notifications().subList(before, ctx.sandbox.notifications().size());
      ctx.say("emails and notifications Help Scout would have sent for the import: " + sent.size());
    }
  }
}
