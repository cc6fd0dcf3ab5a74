package io.mailwright.samples;

import io.mailwright.helpscout.ChatThread;
import io.mailwright.helpscout.CustomerThread;
import io.mailwright.helpscout.NoteThread;
import io.mailwright.helpscout.PhoneThread;
import io.mailwright.helpscout.ReplyThread;
import io.mailwright.helpscout.ThreadStatus;
import io.mailwright.runtime.Created;

/** One thread of each type added to a conversation: customer, chat, phone, reply, note. */
public final class AddThreads implements Sample {
  public static void main(String[] args) {
    Samples.runOnly(new AddThreads());
  }

  @Override
  public String title() {
    return "Add each thread type: customer, chat, phone, reply, note";
  }

  @Override
  public void run(SampleContext ctx) {
    long id = ctx.newConversation("a question about pens");

    Created customer = ctx.client.threads().createCustomerThread(id, CustomerThread.builder()
        .text("Any news about my pens?").customer(SampleContext.customer()).build());
    ctx.say("customer thread " + customer.requireId() + " (a customer's thread makes the conversation active)");
    Created chat = ctx.client.threads().createChatThread(id, ChatThread.builder()
        .text("Hi, I am on the chat now.").customer(SampleContext.customer()).build());
    ctx.say("chat thread     " + chat.requireId());
    Created phone = ctx.client.threads().createPhoneThread(id, PhoneThread.builder()
        .text("Customer called about the pens.").customer(SampleContext.customer()).build());
    ctx.say("phone thread    " + phone.requireId());
    Created reply = ctx.client.threads().createReplyThread(id, ReplyThread.builder()
        .text("Your pens left our warehouse today.").customer(SampleContext.customer()).build());
    ctx.say("reply           " + reply.requireId() + " (emailed to the customer)");
    Created note = ctx.client.threads().createNote(id, NoteThread.builder()
        .text("Shipped with tracking number 1Z999AA10123456784; closing.").status(ThreadStatus.CLOSED).build());
    ctx.say("note            " + note.requireId() + " (with status closed: it closes the conversation)");

    ctx.say("read back with conversations().get(" + id + ", embed threads):");
    ctx.showSummary(ctx.readBack(id));
  }
}
