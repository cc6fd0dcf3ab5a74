package io.mailwright.samples;

import io.mailwright.helpscout.ConversationEmbed;
import io.mailwright.helpscout.ConversationStatus;
import io.mailwright.helpscout.ConversationType;
import io.mailwright.helpscout.CreateConversationRequest;
import io.mailwright.helpscout.GetConversationQuery;
import io.mailwright.helpscout.HelpScout;
import io.mailwright.helpscout.NoteThread;
import io.mailwright.runtime.RateLimitException;
import io.mailwright.sandbox.Sandbox;
import io.mailwright.sandbox.SandboxOptions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
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
    // The sandbox's clock runs in real time from the start of a minute, and the sample moves it on to
    // the minute's last second before the waiting client sends: it waits 1 s, nobody a real minute.
    JumpingClock clock = new JumpingClock(Instant.now().truncatedTo(ChronoUnit.MINUTES));
    try (Sandbox limited = Sandbox.start(SandboxOptions.builder().rateLimitPerMinute(6).clock(clock).build())) {
      demonstrate(ctx, clock, limited);
    }
  }

  private static void demonstrate(SampleContext ctx, JumpingClock clock, Sandbox limited) {
    try (HelpScout noRetries = client(limited).maxRetries(0).build();
         HelpScout waiting = client(limited).build()) {
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

      clock.toLastSecondOfTheMinute();
      ctx.say("the same note with a client that retries (the default, maxRetries 3), one second before the"
          + " minute is over: it waits the 1 s the API asks for, then sends again");
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

  /** A clock that runs in real time from where it was last put. */
  private static final class JumpingClock extends Clock {
    private volatile Instant base;
    private volatile long baseNanos = System.nanoTime();

    JumpingClock(Instant start) {
      this.base = start;
    }

    /** Moves on to the last second of the current minute (the window's figures stay). */
    void toLastSecondOfTheMinute() {
      Instant lastSecond = instant().truncatedTo(ChronoUnit.MINUTES).plusSeconds(59);
      baseNanos = System.nanoTime();
      base = lastSecond;
    }

    @Override
    public Instant instant() {
      return base.plusNanos(System.nanoTime() - baseNanos);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException("a UTC clock");
    }
  }

  private static String figure(java.util.OptionalInt figure) {
    return figure.isPresent() ? String.valueOf(figure.getAsInt()) : "unknown";
  }
}
