package io.mailwright.samples;

import io.mailwright.helpscout.ConversationLockedException;
import io.mailwright.helpscout.ConversationStatus;
import io.mailwright.helpscout.ConversationThread;
import io.mailwright.helpscout.ConversationType;
import io.mailwright.helpscout.CreateConversationRequest;
import io.mailwright.helpscout.CustomerThread;
import io.mailwright.helpscout.HelpScout;
import io.mailwright.helpscout.NoteThread;
import io.mailwright.sandbox.Sandbox;
import io.mailwright.sandbox.SandboxOptions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** {@code 412}: a conversation with 99 threads takes no more; company policy locks old conversations. */
public final class LockedConversation implements Sample {
  public static void main(String[] args) {
    Samples.runOnly(new LockedConversation());
  }

  @Override
  public String title() {
    return "Handle a locked conversation (412): the thread limit, and the too-old policy";
  }

  @Override
  public boolean sandboxOnly() {
    return true;
  }

  @Override
  public void run(SampleContext ctx) {
    List<ConversationThread> threads = new ArrayList<>();
    threads.add(CustomerThread.builder().text("The first message.").customer(SampleContext.customer()).build());
    for (int i = 1; i < 99; i++) {
      threads.add(NoteThread.builder().text("Note " + i).build());
    }
    long id = ctx.client.conversations().create(CreateConversationRequest.builder()
        .subject("A long story").mailboxId(ctx.mailboxId).type(ConversationType.EMAIL).status(ConversationStatus.ACTIVE)
        .customer(SampleContext.customer()).threads(threads).build()).requireId();
    ctx.say("created conversation " + id + " with " + threads.size() + " threads");
    try {
      ctx.client.threads().createNote(id, NoteThread.builder().text("One more").build());
      throw new AssertionError("the conversation took a 100th thread");
    } catch (ConversationLockedException e) {
      ctx.say("ConversationLockedException, " + e.status() + ": " + e.apiMessage());
      ctx.say("  start a new conversation for the customer instead");
    }
    ctx.say("read back: " + ctx.readBack(id).threadCount() + " threads");

    // A second sandbox, with the company policy that locks conversations older than a year.
    try (Sandbox strict = Sandbox.start(SandboxOptions.builder().lockConversationsOlderThan(Duration.ofDays(365))
            .build());
         HelpScout client = HelpScout.builder().baseUrl(strict.baseUrl())
             .clientCredentials(SandboxOptions.DEFAULT_CLIENT_ID, SandboxOptions.DEFAULT_CLIENT_SECRET).build()) {
      long old = client.conversations().create(CreateConversationRequest.builder()
          .subject("From 2019").mailboxId(ctx.mailboxId).type(ConversationType.EMAIL).status(ConversationStatus.CLOSED)
          .imported(true).createdAt(Instant.parse("2019-03-01T10:00:00Z")).customer(SampleContext.customer())
          .addThread(NoteThread.builder().text("Imported.")).build()).requireId();
      ctx.say("in a mailbox whose company locks conversations older than 365 days: conversation " + old
          + " created 2019-03-01");
      try {
        client.threads().createNote(old, NoteThread.builder().text("Still there?").build());
        throw new AssertionError("the old conversation took a thread");
      } catch (ConversationLockedException e) {
        ctx.say("ConversationLockedException, " + e.status() + ": " + e.apiMessage());
      }
    }
  }
}
