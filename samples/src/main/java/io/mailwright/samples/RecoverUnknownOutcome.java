package io.mailwright.samples;

import io.mailwright.helpscout.NoteThread;
import io.mailwright.helpscout.ThreadDetails;
import io.mailwright.runtime.Created;
import io.mailwright.runtime.OutcomeUnknownException;
import java.util.Optional;

/**
 * The recovery recipe for a write whose outcome is unknown. The client never sends a write twice
 * when the API may have processed it, so the caller looks before sending again: the sandbox
 * processes a note, then drops the connection without answering; the client throws
 * {@code OutcomeUnknownException}; the sample reads the conversation's threads back and finds the
 * note, so it does not send it again. The same recipe for a note that never went out finds nothing
 * and sends it.
 */
final class RecoverUnknownOutcome implements Sample {
  public static void main(String[] args) {
    Samples.runOnly(new RecoverUnknownOutcome());
  }

  @Override
  public String title() {
    return "Recover from OutcomeUnknownException: read back, send again only when absent";
  }

  @Override
  public boolean sandboxOnly() {
    return true;
  }

  @Override
  public void run(SampleContext ctx) {
    long id = ctx.newConversation("a write whose answer is lost");
    NoteThread note = NoteThread.builder().text("Refund approved (ref. R-1042).").build();

    ctx.sandbox.faults().dropNextWriteAnswers(1);
    ctx.say("the sandbox will process the next write and drop its answer");
    try {
      ctx.client.threads().createNote(id, note);
      throw new AssertionError("the answer should have been lost");
    } catch (OutcomeUnknownException e) {
      ctx.say("OutcomeUnknownException: " + e.getMessage());
      ctx.say("  the client did not send it again: the note may exist");
    }
    ensureNote(ctx, id, note);

    NoteThread another = NoteThread.builder().text("Customer called back (ref. C-77).").build();
    ctx.say("the same recipe for a note that never went out (say the process died before sending it):");
    ensureNote(ctx, id, another);
    ctx.showSummary(ctx.readBack(id));
  }

  /** The recipe: look for the note among the conversation's threads; send it only when it is absent. */
  static void ensureNote(SampleContext ctx, long conversationId, NoteThread note) {
    Optional<ThreadDetails> found = ctx.client.threads().listAll(conversationId)
        .filter(t -> "note".equals(t.typeWireValue()) && note.text().equals(t.body()))
        .findFirst();
    if (found.isPresent()) {
      ctx.say("  read back with threads().listAll(" + conversationId + "): found it, " + SampleContext.thread(found.get()));
      ctx.say("  not sent again");
    } else {
      Created created = ctx.client.threads().createNote(conversationId, note);
      ctx.say("  read back with threads().listAll(" + conversationId + "): not there; sent it: thread "
          + created.requireId());
    }
  }
}
