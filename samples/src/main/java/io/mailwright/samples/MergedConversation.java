package io.mailwright.samples;

import io.mailwright.helpscout.NoteThread;
import io.mailwright.runtime.Created;
import io.mailwright.runtime.NotFoundException;

/** A write to a merged conversation: 404, then resolveMerged, then the write again on the new id. */
public final class MergedConversation implements Sample {
  public static void main(String[] args) {
    Samples.runOnly(new MergedConversation());
  }

  @Override
  public String title() {
    return "Handle a merged conversation: 404 on write, resolveMerged, retry on the new id";
  }

  @Override
  public boolean sandboxOnly() {
    return true;
  }

  @Override
  public void run(SampleContext ctx) {
    long a = ctx.newConversation("pens, first email");
    long b = ctx.newConversation("pens, second email");
    ctx.sandbox.merge(a, b);
    ctx.say("a user merged " + a + " into " + b + " (in the sandbox: its merge test hook)");

    NoteThread note = NoteThread.builder().text("Customer prefers blue pens.").build();
    long target = a;
    try {
      ctx.client.threads().createNote(a, note);
      throw new AssertionError("the merged conversation took a thread");
    } catch (NotFoundException e) {
      ctx.say("NotFoundException, " + e.status() + " on " + e.path());
      target = ctx.client.conversations().resolveMerged(a);
      ctx.say("resolveMerged(" + a + ") = " + target + " (GET answered 301 with the new Location)");
    }
    Created created = ctx.client.threads().createNote(target, note);
    ctx.say("note " + created.requireId() + " added to " + target);

    ctx.say("read back with conversations().get(" + target + ", embed threads):");
    ctx.showSummary(ctx.readBack(target));
  }
}
