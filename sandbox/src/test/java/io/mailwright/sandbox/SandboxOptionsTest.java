package io.mailwright.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** What a test author configures: each option's bounds, and the clock that stands in for time. */
class SandboxOptionsTest {
  @Test
  void eachNumberIsAcceptedAtItsBoundAndRefusedPastItNamingTheBound() {
    assertEquals(0, SandboxOptions.builder().port(0).build().port());
    assertEquals(65535, SandboxOptions.builder().port(65535).build().port());
    refused("port must be 0..65535, was -1", b -> b.port(-1));
    refused("port must be 0..65535, was 65536", b -> b.port(65536));
    assertEquals(2, SandboxOptions.builder().rateLimitPerMinute(2).build().rateLimitPerMinute());
    refused("rateLimitPerMinute must be at least 2 (a write costs 2), was 1", b -> b.rateLimitPerMinute(1));
    assertEquals(1, SandboxOptions.builder().maxRequestBytes(1).build().maxRequestBytes());
    refused("maxRequestBytes must be positive, was 0", b -> b.maxRequestBytes(0));
    assertEquals(1, SandboxOptions.builder().workerThreads(1).build().workerThreads());
    refused("workerThreads must be positive, was 0", b -> b.workerThreads(0));
    refused("authorizationCodeLifetime must be positive, was PT0S", b -> b.authorizationCodeLifetime(Duration.ZERO));
    refused("tokenLifetime must be positive, was PT-1S", b -> b.tokenLifetime(Duration.ofSeconds(-1)));
  }

  private static void refused(String message, Consumer<SandboxOptions.Builder> option) {
    assertEquals(message, assertThrows(IllegalArgumentException.class, () -> option.accept(SandboxOptions.builder()))
        .getMessage());
  }

  @Test
  void theDefaultsAreTheDocumentedAccount() {
    SandboxOptions defaults = SandboxOptions.defaults();

    assertEquals(List.of(85L), defaults.mailboxes().stream().map(Account.Mailbox::id).toList());
    assertEquals(400, defaults.rateLimitPerMinute());
    assertEquals(Duration.ofMinutes(10), defaults.authorizationCodeLifetime());
    assertEquals(List.of(200L, 201L), SandboxOptions.builder()
        .mailboxes(Account.Mailbox.of(200, "A", "a@acme.com"), Account.Mailbox.of(201, "B", "b@acme.com"))
        .rateLimitPerMinute(10).build().mailboxes().stream().map(Account.Mailbox::id).toList(),
        "mailboxes(...) replaces the default and chains");
  }

  @Test
  void aSandboxWithOneWorkerServesRequestsOneAfterAnother() {
    try (Fixture f = new Fixture(SandboxOptions.builder().workerThreads(1), b -> {})) {
      long a = f.createConversation("bear@acme.com");
      long b = f.createConversation("fox@acme.com");
      assertEquals(b, f.readConversation(b).get("id").asLong());
      assertEquals(a, f.readConversation(a).get("id").asLong());
    }
  }

  @Test
  void anAuthorizationCodeLivesAsLongAsConfigured() {
    ManualClock clock = ManualClock.startingAt("2026-01-05T09:00:00Z");
    try (Fixture f = new Fixture(SandboxOptions.builder().clock(clock).authorizationCodeLifetime(Duration.ofMinutes(30)),
        b -> {})) {
      String kept = f.sandbox.issueAuthorizationCode(SandboxOptions.DEFAULT_CLIENT_ID);
      String lost = f.sandbox.issueAuthorizationCode(SandboxOptions.DEFAULT_CLIENT_ID);
      clock.advance(Duration.ofMinutes(29));
      assertEquals(200, exchange(f, kept).statusCode(), "a code 29 minutes old, of 30");
      clock.advance(Duration.ofMinutes(1));
      assertEquals(400, exchange(f, lost).statusCode(), "a code 30 minutes old");
    }
  }

  private static HttpResponse<String> exchange(Fixture f, String code) {
    return f.send(HttpRequest.newBuilder(f.uri("v2/oauth2/token"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("grant_type=authorization_code&code=" + code + "&client_id="
            + SandboxOptions.DEFAULT_CLIENT_ID + "&client_secret=" + SandboxOptions.DEFAULT_CLIENT_SECRET)));
  }

  @Test
  void theManualClockIsInUtcMovesOnlyWhenToldAndCanBeSet() {
    ManualClock clock = ManualClock.startingAt("2026-01-05T09:00:00Z");

    assertEquals(ZoneOffset.UTC, clock.getZone());
    assertSame(clock, clock.withZone(ZoneOffset.UTC));
    assertThrows(UnsupportedOperationException.class, () -> clock.withZone(ZoneId.of("Europe/Paris")));
    clock.set(Instant.parse("2027-03-01T00:00:00Z"));
    assertEquals(Instant.parse("2027-03-01T00:00:00Z"), clock.instant());
    assertEquals("ManualClock[2027-03-01T00:00:00Z]", clock.toString());
    assertTrue(clock.millis() == Instant.parse("2027-03-01T00:00:00Z").toEpochMilli());
  }
}
