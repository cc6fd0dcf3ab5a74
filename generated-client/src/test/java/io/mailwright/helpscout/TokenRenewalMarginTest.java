package io.mailwright.helpscout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mailwright.helpscout.RuntimeFixtures.FakeClock;
import io.mailwright.helpscout.RuntimeFixtures.RecordingSleeper;
import io.mailwright.runtime.StoredTokens;
import io.mailwright.runtime.TokenStore;
import io.mailwright.runtime.internal.TestHooks;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * When a token is renewed before it runs out: a tenth of its lifetime before, but never more than
 * five minutes before (a two-hour token is used for 1 h 55 min, not 1 h 48 min); a user's token
 * read from the store, whose lifetime this client never saw, 30 seconds before.
 */
class TokenRenewalMarginTest {
  @StartStop
  final MockWebServer server = new MockWebServer();

  private final FakeAuthServer api = new FakeAuthServer();
  private final FakeClock clock = new FakeClock();
  private final List<HelpScout> clients = new ArrayList<>();

  @BeforeEach
  void setUp() {
    server.setDispatcher(api);
  }

  @AfterEach
  void tearDown() {
    clients.forEach(HelpScout::close);
  }

  private HelpScout.Builder builder() {
    return TestHooks.sleeper(TestHooks.clock(HelpScout.builder().baseUrl(server.url("/").toString()), clock),
        new RecordingSleeper(clock));
  }

  private HelpScout build(HelpScout.Builder b) {
    HelpScout client = b.build();
    clients.add(client);
    return client;
  }

  private void call(HelpScout client) {
    client.threads().createNote(123, RuntimeFixtures.note());
  }

  @Test
  void aTwoHourTokenIsRenewedFiveMinutesBeforeItRunsOutNotTwelve() {
    api.expiresIn = 7200;
    HelpScout client = build(builder().clientCredentials("app", "secret"));
    call(client);

    clock.advance(Duration.ofSeconds(7200 - 301));
    call(client);
    assertEquals(1, api.tokenRequests.size(), "5 min and 1 s before: still good");

    clock.advance(Duration.ofSeconds(1));
    call(client);
    assertEquals(2, api.tokenRequests.size(), "5 min before: renewed");
    assertEquals(List.of("Bearer access-1", "Bearer access-1", "Bearer access-2"), api.apiAuthorizations);
  }

  @Test
  void aTenMinuteTokenIsRenewedOneMinuteBeforeItRunsOut() {
    api.expiresIn = 600;
    HelpScout client = build(builder().clientCredentials("app", "secret"));
    call(client);

    clock.advance(Duration.ofSeconds(539));
    call(client);
    assertEquals(1, api.tokenRequests.size(), "61 s before: still good");

    clock.advance(Duration.ofSeconds(1));
    call(client);
    assertEquals(2, api.tokenRequests.size(), "60 s before: renewed");
  }

  @Test
  void aUsersTokenFromTheStoreIsRenewedThirtySecondsBeforeItRunsOut() {
    Instant expiresAt = clock.instant().plus(Duration.ofHours(2));
    api.validTokens.add("access-0");
    HelpScout client = build(builder().userTokens("app", "secret",
        TokenStore.inMemory(new StoredTokens("access-0", expiresAt, "refresh-0"))));

    clock.advance(Duration.ofHours(2).minusSeconds(31));
    call(client);
    assertEquals(0, api.tokenRequests.size(), "31 s before: still good, whatever its lifetime was");

    clock.advance(Duration.ofSeconds(1));
    call(client);
    assertEquals(1, api.tokenRequests.size(), "30 s before: renewed");
    assertEquals("refresh_token", api.tokenRequests.get(0).get("grant_type"));
    assertEquals(List.of("Bearer access-0", "Bearer access-1"), api.apiAuthorizations);
  }

  @Test
  void aUsersTokenThisClientRenewedGetsTheMarginOfItsLifetime() {
    api.expiresIn = 7200;
    api.validTokens.add("access-0");
    HelpScout client = build(builder().userTokens("app", "secret",
        TokenStore.inMemory(new StoredTokens("access-0", clock.instant().minusSeconds(1), "refresh-0"))));
    call(client);   // renews at once: access-1, two hours

    clock.advance(Duration.ofSeconds(7200 - 301));
    call(client);
    assertEquals(1, api.tokenRequests.size(), "5 min and 1 s before: still good");

    clock.advance(Duration.ofSeconds(1));
    call(client);
    assertEquals(2, api.tokenRequests.size(), "5 min before: renewed");
    assertEquals(List.of("Bearer access-1", "Bearer access-1", "Bearer access-2"), api.apiAuthorizations);
  }
}
