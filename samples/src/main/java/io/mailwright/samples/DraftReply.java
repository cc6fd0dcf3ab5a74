package io.mailwright.samples;

import io.mailwright.helpscout.Conversation;
import io.mailwright.helpscout.ReplyThread;
import io.mailwright.helpscout.ThreadDetails;
import io.mailwright.runtime.Created;
import io.mailwright.sandbox.Notification;

/** A draft reply: saved on the conversation, not sent. */
public final class DraftReply implements Sample {
  public static void main(String[] args) {
    Samples.runOnly(new DraftReply());
  }

  @Override
  public String title() {
    return "Create a draft reply";
  }

  @Override
  public void run(SampleContext ctx) {
    long id = ctx.newConversation("a question that needs a careful answer");

    Created draft = ctx.client.threads().createReplyThread(id, ReplyThread.builder()
        .text("Draft: we are checking with the warehouse.")
        .customer(SampleContext.customer())
        .draft(true)
        .build());
    ctx.say("draft reply " + draft.requireId() + " (draft: true)");

    Conversation conversation = ctx.readBack(id);
    ctx.say("read back with conversations().get(" + id + ", embed threads):");
    ctx.showSummary(conversation);
    for (ThreadDetails t : conversation.threads()) {
      if (t.id() == draft.requireId()) {
        ctx.say("the draft thread: state " + t.stateWireValue() + " (" + t.state() + ")");
      }
    }
    if (ctx.onSandbox()) {
      long emails = ctx.sandbox.notifications().stream()
          .filter(n -> n.kind() == Notification.Kind.EMAIL_TO_CUSTOMER && n.conversationId() == id).count();
      ctx.say("emails the sandbox recorded for this conversation: " + emails + " (a draft is not sent)");
    }
  }
}
