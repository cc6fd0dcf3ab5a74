package io.mailwright.helpscout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mailwright.helpscout.AuthTest.RecordingStore;
import io.mailwright.runtime.AuthenticationException;
import io.mailwright.runtime.MailwrightException;
import io.mailwright.runtime.OAuth;
import io.mailwright.runtime.StoredTokens;
import io.mailwright.runtime.TokenRequestException;
import io.mailwright.runtime.TokenStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The token endpoint: one request for many waiting threads, failures included; its answers checked; no leaks. */
class TokenContractTest {
  @StartStop
  final MockWebServer server = new MockWebServer();

  private final FakeAuthServer api = new FakeAuthServer();

  /**
   * Twelve threads need a token while the first token request hangs; then it fails. They all fail
   * with that one failure: one token request, not one per thread in turn.
   */
  @ParameterizedTest
  @ValueSource(strings = {"client_credentials", "refresh_token"})
  void threadsWaitingForATokenRequestShareItsFailure(String grant) throws Exception {
    int threads = 12;
    CountDownLatch release = new CountDownLatch(1);
    api.tokenResponder = form -> {
      try {
        release.await(60, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return FakeAuthServer.oauthError(503, "temporarily_unavailable", "try later");
    };
    server.setDispatcher(api);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Thread> workers = new ArrayList<>();
    HelpScout.Builder builder = HelpScout.builder().baseUrl(server.url("/").toString());
    if (grant.equals("client_credentials")) {
      builder.clientCredentials("app", "secret");
    } else {
      // A user's pair whose access token has expired: every thread needs the refresh grant.
      builder.userTokens("app", "secret", new RecordingStore(
          new StoredTokens("access-old", Instant.now().minusSeconds(60), "refresh-old")));
    }
    try (HelpScout client = builder.build()) {
      List<Future<?>> calls = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        calls.add(pool.submit(() -> {
          synchronized (workers) {
            workers.add(Thread.currentThread());
          }
          return client.threads().createNote(123, RuntimeFixtures.note());
        }));
      }
      // Every thread has arrived and waits (for the token, or for the lock in front of it).
      waitUntil(() -> {
        synchronized (workers) {
          return workers.size() == threads && server.getRequestCount() == 1 && workers.stream()
              .filter(t -> t.getState() == Thread.State.WAITING || t.getState() == Thread.State.BLOCKED
                  || t.getState() == Thread.State.TIMED_WAITING)
              .count() >= threads - 1;
        }
      });
      Thread.sleep(200); // the leader is in its socket read, the others parked behind it
      release.countDown();
      for (Future<?> call : calls) {
        ExecutionException e = assertThrows(ExecutionException.class, () -> call.get(60, TimeUnit.SECONDS));
        TokenRequestException t = assertInstanceOf(TokenRequestException.class, e.getCause());
        assertEquals("temporarily_unavailable", t.error());
      }
    } finally {
      pool.shutdownNow();
    }

    assertEquals(1, api.tokenRequests.size(), "one token request for all the waiting threads");
    assertEquals(grant, api.tokenRequests.get(0).get("grant_type"));
    assertEquals(0, api.apiAuthorizations.size());
  }

  private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end) {
        throw new AssertionError("timed out waiting");
      }
      Thread.sleep(10);
    }
  }

  private static MockResponse json(String body) {
    return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body(body).build();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"access_token\":\"abc\",\"expires_in\":99999999999999999999999}",
      "{\"access_token\":\"abc\",\"expires_in\":9223372036854775807}",
      "{\"access_token\":\"abc\",\"expires_in\":-5}",
      "{\"access_token\":\"abc\",\"expires_in\":\"soon\"}",
      "{\"access_token\":\"\",\"expires_in\":7200}",
      "{\"expires_in\":7200}",
      "{\"access_token\":null}",
      "{\"access_token\":12345678,\"expires_in\":7200}",
      "{\"access_token\":{\"value\":\"abc\"}}",
      "{\"access_token\":\"abc\\r\\nX-Injected: 1\",\"expires_in\":7200}",
      "{\"access_token\":\"ab c\",\"expires_in\":7200}",
      "{\"access_token\":\"abcé\",\"expires_in\":7200}",
      "[]",
      "not json"})
  void anUnusableTokenAnswerIsAnAuthenticationExceptionAndNothingIsSent(String answer) {
    api.tokenResponder = form -> json(answer);
    server.setDispatcher(api);
    try (HelpScout client = HelpScout.builder().baseUrl(server.url("/").toString())
        .clientCredentials("app", "secret").build()) {
      AuthenticationException e = assertThrows(AuthenticationException.class,
          () -> client.threads().createNote(123, RuntimeFixtures.note()));
      assertTrue(e.getMessage().contains("cannot use"), e.getMessage());
      assertEquals(200, e.status());
      ExecutionException async = assertThrows(ExecutionException.class,
          () -> client.threads().createNoteAsync(123, RuntimeFixtures.note()).get(30, TimeUnit.SECONDS));
      assertInstanceOf(AuthenticationException.class, async.getCause());
    }
    assertEquals(List.of(), api.apiAuthorizations, "nothing reached the API");
  }

  @Test
  void aTokenStoreHoldingAnEmptyOrBrokenTokenIsAMailwrightExceptionNotASentHeader() {
    server.setDispatcher(api);
    for (String bad : new String[] {"", "a\r\nb"}) {
      RecordingStore store = new RecordingStore(new StoredTokens(bad, Instant.now().plusSeconds(3600), "refresh-x"));
      try (HelpScout client = HelpScout.builder().baseUrl(server.url("/").toString())
          .userTokens("app", "secret", store).build()) {
        MailwrightException e = assertThrows(MailwrightException.class,
            () -> client.threads().createNote(123, RuntimeFixtures.note()));
        assertTrue(e.getMessage().contains("cannot be sent"), e.getMessage());
      }
    }
    assertEquals(List.of(), api.apiAuthorizations);
  }

  @Test
  void aFixedAccessTokenThatCannotBeSentIsRefusedAtOnce() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> HelpScout.builder().accessToken("secret\r\nX-Injected: 1"));
    assertFalse(e.getMessage().contains("secret"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> HelpScout.builder().accessToken(""));
  }

  @Test
  void aCodeExchangeAnsweredWithoutARefreshTokenIsAnAuthenticationException() {
    server.setDispatcher(api);
    api.tokenResponder = form -> FakeAuthServer.token("access-1", 7200, null);
    OAuth oauth = HelpScout.oauth(server.url("/").toString(), "app", "secret", TokenStore.inMemory(null));

    AuthenticationException e = assertThrows(AuthenticationException.class, () -> oauth.exchangeCode("code-1"));

    assertTrue(e.getMessage().contains("no refresh_token"), e.getMessage());
  }

  /**
   * 50 code exchanges, each through its own HelpScout.oauth(...), as a web application makes
   * one flow per user: their connections are shared (before, each flow had its own client: 50
   * connections left open).
   */
  @Test
  void oauthFlowsMadeOnePerUserShareTheirConnections() {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return FakeAuthServer.token("access-x", 7200, "refresh-x");
      }
    });
    Set<Integer> connections = new HashSet<>();
    for (int i = 0; i < 50; i++) {
      OAuth oauth = HelpScout.oauth(server.url("/").toString(), "app", "secret", TokenStore.inMemory(null));
      oauth.exchangeCode("code-" + i);
    }
    for (int i = 0; i < 50; i++) {
      try {
        connections.add(server.takeRequest().getConnectionIndex());
      } catch (InterruptedException e) {
        throw new AssertionError(e);
      }
    }
    assertTrue(connections.size() <= 2, "connections opened: " + connections.size());
  }
}
