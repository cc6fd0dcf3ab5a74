package io.mailwright.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mailwright.helpscout.HelpScout;
import io.mailwright.helpscout.NoteThread;
import io.mailwright.runtime.Created;
import io.mailwright.runtime.RateLimitException;
import io.mailwright.runtime.internal.TestHooks;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class RateLimitTest {
  private final ManualClock clock = ManualClock.startingAt("2026-01-05T09:00:00Z");

  private Fixture sandbox(int limit, Consumer<HelpScout.Builder> client) {
    return new Fixture(SandboxOptions.builder().clock(clock).rateLimitPerMinute(limit), client);
  }

  private static NoteThread note() {
    return NoteThread.builder().text("n").build();
  }

  private static int header(HttpResponse<?> r, String name) {
    return Integer.parseInt(r.headers().firstValue(name).orElseThrow(() -> new AssertionError("no " + name)));
  }

  @Test
  void writesCountTwoAndReadsOne() {
    try (Fixture f = sandbox(20, c -> c.maxRetries(0))) {
      Created created = f.client.conversations().create(Fixture.conversation("bear@acme.com").build());
      assertEquals(20, created.rateLimit().limitPerMinute().getAsInt());
      assertEquals(18, created.rateLimit().remainingThisMinute().getAsInt());

      HttpResponse<String> read = f.get("v2/conversations/" + created.requireId());
      assertEquals(17, header(read, "X-RateLimit-Remaining-Minute"));
      f.client.conversations().resolveMerged(created.requireId());
      assertEquals(16, f.client.rateLimits().remainingThisMinute().getAsInt());
      f.client.threads().createNote(created.requireId(), note());
      assertEquals(14, f.client.rateLimits().remainingThisMinute().getAsInt());
    }
  }

  @Test
  void everyAnswerCarriesTheLimitHeadersAndACorrelationId() {
    try (Fixture f = sandbox(20, c -> {})) {
      List<HttpResponse<String>> answers = List.of(
          f.get("v2/conversations/4242"),
          f.get("v2/nowhere"),
          f.send(HttpRequest.newBuilder(f.uri("v2/conversations")).POST(HttpRequest.BodyPublishers.ofString("{}"))),
          f.send(HttpRequest.newBuilder(f.uri("v2/conversations/1")).DELETE()),
          f.postJson("v2/conversations", "{}"));
      assertEquals(List.of(404, 404, 401, 405, 400), answers.stream().map(HttpResponse::statusCode).toList());
      for (HttpResponse<String> r : answers) {
        assertEquals(20, header(r, "X-RateLimit-Limit-Minute"));
        assertTrue(header(r, "X-RateLimit-Remaining-Minute") <= 20);
        assertTrue(r.headers().firstValue("Correlation-Id").orElseThrow().matches("[0-9a-f-]{36}#\\d+"));
      }
    }
  }

  @Test
  void aRequestBeyondTheLimitIs429AndIsNotProcessed() {
    try (Fixture f = sandbox(7, c -> c.maxRetries(0))) {
      long id = f.createConversation("bear@acme.com");
      f.client.threads().createNote(id, note());
      f.client.threads().createNote(id, note());
      clock.advance(Duration.ofSeconds(15));

      RateLimitException e = assertThrows(RateLimitException.class, () -> f.client.threads().createNote(id, note()));
      assertEquals(429, e.status());
      assertEquals(7, e.limitPerMinute());
      assertEquals(1, e.remainingThisMinute());
      assertEquals(Duration.ofSeconds(45), e.retryAfter());
      assertEquals("API rate limit exceeded", e.apiMessage());
      assertEquals(3, f.sandbox.threadCount(id));

      HttpResponse<String> raw = f.postJson("v2/conversations/" + id + "/notes", "{\"text\":\"n\"}");
      assertEquals(429, raw.statusCode());
      assertEquals("{\"message\":\"API rate limit exceeded\"}", Fixture.json(raw).toString());
      assertTrue(raw.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
      assertEquals(45, header(raw, "X-RateLimit-Retry-After"));
      assertEquals(3, f.sandbox.threadCount(id));

      assertEquals(200, f.get("v2/conversations/" + id).statusCode(), "a read (1) still fits where a write (2) does not");
    }
  }

  @Test
  void theNextMinuteIsANewWindow() {
    try (Fixture f = sandbox(4, c -> c.maxRetries(0))) {
      long id = f.createConversation("bear@acme.com");
      f.client.threads().createNote(id, note());
      assertThrows(RateLimitException.class, () -> f.client.threads().createNote(id, note()));

      clock.advance(Duration.ofSeconds(60));
      Created created = f.client.threads().createNote(id, note());
      assertEquals(2, created.rateLimit().remainingThisMinute().getAsInt());
    }
  }

  @Test
  void theClientWaitsTheRetryAfterAndSendsAgain() {
    List<Duration> waits = new ArrayList<>();
    try (Fixture f = sandbox(4, c -> TestHooks.sleeper(c, d -> {
      waits.add(d);
      clock.advance(d);
    }))) {
      long id = f.createConversation("bear@acme.com");
      f.client.threads().createNote(id, note());
      clock.advance(Duration.ofSeconds(20));

      f.client.threads().createNote(id, note());

      assertEquals(List.of(Duration.ofSeconds(40)), waits);
      assertEquals(3, f.sandbox.threadCount(id), "sent again once, processed once");
    }
  }
}
