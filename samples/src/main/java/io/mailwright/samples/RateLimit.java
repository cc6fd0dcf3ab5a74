package io.mailwright.samples;

import io.mailwright.helpscout.ConversationEmbed;
import io.mailwright.helpscout.ConversationStatus;
import io.mailwright.helpscout.ConversationType;
import io.mailwright.helpscout.CreateConversationRequest;
import io.mailwright.helpscout.GetConversationQuery;
import io.mailwright.helpscout.HelpScout;
import io.mailwright.helpscout.NoteThread;
import io.mailwright.helpscout.runtime.RateLimitException;
import io.mailwright.sandbox.ManualClock;
import io.mailwright.sandbox.Sandbox;
import io.mailwright.sandbox.SandboxOptions;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** {@code 429}: what the client reports, and its wait and retry. */
public final class RateLimit implements Sample {
  public static void main(String[] args) {
    Samples.runOnly(new RateLimit());
  }

  @Override
  public String title() {
    return "Handle a rate limit (a sandbox allowing 6 requests a minute; a write counts 2)";
  }

  @Override
  public boolean sandboxOnly() {
    return true;
  }

  @Override
  public void run(SampleContext ctx) {
    // The sandbox's clock moves only when the sample moves it: nobody waits a real minute.
    ManualClock clock = new ManualClock(Instant.now().truncatedTo(ChronoUnit.MINUTES));
    try (Sandbox limited = Sandbox.start(SandboxOptions.builder().rateLimitPerMinute(6).clock(clock).build())) {
      demonstrate(ctx, clock, limited);
    }
  }

  private static void demonstrate(SampleContext ctx, ManualClock clock, Sandbox limited) {
    try (HelpScout noRetries = client(limited).maxRetries(0).build();
         HelpScout waiting = client(limited).sleeper(wait -> {
           ctx.say("  the client waits " + wait.toSeconds() + " s as the API asked (simulated: the sandbox's"
               + " clock moves on)");
           clock.advance(wait);
         }).build()) {
      long id = noRetries.conversations().create(CreateConversationRequest.builder()
          .subject("Busy minute").mailboxId(ctx.mailboxId).type(ConversationType.EMAIL).status(ConversationStatus.ACTIVE)
          .customer(SampleContext.customer())
          .addThread(NoteThread.builder().text("First.")).build()).requireId();
      ctx.say("conversation " + id + " created; remaining this minute: "
          + figure(noRetries.rateLimits().remainingThisMinute()));
      try {
        for (int i = 1; ; i++) {
          noRetries.threads().createNote(id, NoteThread.builder().text("Note " + i).build());
          ctx.say("note " + i + " added; remaining this minute: " + figure(noRetries.rateLimits().remainingThisMinute()));
        }
      } catch (RateLimitException e) {
        ctx.say("RateLimitException, " + e.status() + ": limit " + e.limitPerMinute() + "/minute, remaining "
            + e.remainingThisMinute() + ", retry after " + e.retryAfter().toSeconds() + " s (with maxRetries(0))");
      }

      ctx.say("the same note with a client that retries (the default, maxRetries 3):");
      waiting.threads().createNote(id, NoteThread.builder().text("Sent once the minute was over.").build());
      ctx.say("note added; remaining this minute: " + figure(waiting.rateLimits().remainingThisMinute()));
      ctx.say("read back with conversations().get(" + id + ", embed threads), through the same waits:");
      ctx.showSummary(waiting.conversations().get(id, GetConversationQuery.builder()
          .embed(ConversationEmbed.THREADS).build()));
    }
  }

  private static HelpScout.Builder client(Sandbox sandbox) {
    return HelpScout.builder().baseUrl(sandbox.baseUrl())
        .clientCredentials(SandboxOptions.DEFAULT_CLIENT_ID, SandboxOptions.DEFAULT_CLIENT_SECRET);
  }

  private static String figure(java.util.OptionalInt figure) {
    return figure.isPresent() ? String.valueOf(figure.getAsInt()) : "unknown";
  }
}
