package io.mailwright.helpscout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mailwright.helpscout.AuthTest.RecordingStore;
import io.mailwright.helpscout.RuntimeFixtures.FakeClock;
import io.mailwright.helpscout.RuntimeFixtures.RecordingSleeper;
import io.mailwright.runtime.AuthenticationException;
import io.mailwright.runtime.Authentication;
import io.mailwright.runtime.BadRequestException;
import io.mailwright.runtime.OAuth;
import io.mailwright.runtime.StoredTokens;
import io.mailwright.runtime.TokenRequestException;
import io.mailwright.runtime.TransportException;
import io.mailwright.runtime.internal.TestHooks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Credentials as a user meets them: which tokens a server's echo can never show (short ones, the
 * latest sixteen, one that holds another, one quoted by a broken status line), what a token answer
 * may say about its lifetime and its token, and how a refused or repeated token is renewed.
 */
class CredentialBehaviourTest {
  private static final String CLIENT_ID = "app-id";

  @StartStop
  final MockWebServer server = new MockWebServer();

  private final FakeClock clock = new FakeClock();
  private final List<AutoCloseable> closeables = new ArrayList<>();

  @AfterEach
  void tearDown() throws Exception {
    for (AutoCloseable c : closeables) {
      c.close();
    }
  }

  private HelpScout.Builder builder() {
    return TestHooks.sleeper(TestHooks.clock(HelpScout.builder().baseUrl(server.url("/").toString()), clock),
        new RecordingSleeper(clock));
  }

  private HelpScout build(HelpScout.Builder builder) {
    HelpScout client = builder.build();
    closeables.add(client);
    return client;
  }

  private OAuth oauth(String baseUrl, OkHttpClient http, RecordingStore store) {
    closeables.add(() -> {
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    });
    return HelpScout.oauth(baseUrl, CLIENT_ID, "app-secret", store, http, clock);
  }

  private OAuth oauth(RecordingStore store) {
    return oauth(server.url("/").toString(), new OkHttpClient(), store);
  }

  /** An authentication handing out the given tokens one per request; it cannot renew. */
  private static Authentication handingOut(Supplier<String> tokens) {
    return new Authentication() {
      @Override
      public String accessToken() {
        return tokens.get();
      }

      @Override
      public String renew(String rejected) {
        return null;
      }
    };
  }

  /** An API that answers 201, except to the request numbered {@code echoAt} (from 1): a 400 quoting {@code echo}. */
  private void echoing(int echoAt, Supplier<String> echo) {
    AtomicInteger requests = new AtomicInteger();
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        if (requests.incrementAndGet() != echoAt) {
          return RuntimeFixtures.created(requests.get());
        }
        return new MockResponse.Builder().code(400).addHeader("Content-Type", "application/vnd.error+json")
            .body("{\"logRef\":\"x#1\",\"message\":\"you sent " + echo.get() + "\"}").build();
      }
    });
  }

  private BadRequestException echoed(HelpScout client, int requests) {
    for (int i = 1; i < requests; i++) {
      client.threads().createNote(123, RuntimeFixtures.note());
    }
    return assertThrows(BadRequestException.class, () -> client.threads().createNote(123, RuntimeFixtures.note()));
  }

  // --- what an echo can never show ---

  @Test
  void aTokenOfFourCharactersIsCutOutOfAnEcho() {
    echoing(1, () -> "abcd");

    BadRequestException e = echoed(build(builder().authentication(handingOut(() -> "abcd"))), 1);

    assertEquals("you sent ██", e.apiMessage());
  }

  @Test
  void eachOfTheSixteenLatestTokensIsCutOutOfAnEcho() {
    AtomicInteger n = new AtomicInteger();
    echoing(16, () -> "token-01");

    BadRequestException e = echoed(build(builder()
        .authentication(handingOut(() -> String.format("token-%02d", n.incrementAndGet())))), 16);

    assertEquals("you sent ██", e.apiMessage(), "the oldest of the sixteen latest tokens");
  }

  @Test
  void aTokenThatHoldsAnEarlierOneIsCutWhole() {
    AtomicInteger n = new AtomicInteger();
    echoing(2, () -> "abcdefgh-1234");

    BadRequestException e = echoed(build(builder()
        .authentication(handingOut(() -> n.incrementAndGet() == 1 ? "abcdefgh" : "abcdefgh-1234"))), 2);

    assertEquals("you sent ██", e.apiMessage());
  }

  @Test
  void aStatusLineQuotingTheTokenLeavesItInNoMessageOfTheChainAndKeepsWhereItFailed() throws IOException {
    String token = "secret-token-123";
    RawServer raw = new RawServer((i, line, body, out) -> out.write(("HTTP/1.1 abc Bearer " + token + "\r\n\r\n")
        .getBytes(StandardCharsets.ISO_8859_1)));
    closeables.add(raw);
    HelpScout client = build(builder().baseUrl(raw.baseUrl()).accessToken(token).maxRetries(0));

    TransportException e = assertThrows(TransportException.class, () -> client.conversations().resolveMerged(1234));

    int depth = 0;
    for (Throwable t = e; t != null; t = t.getCause()) {
      assertFalse(String.valueOf(t.getMessage()).contains(token), t::toString);
      assertFalse(t.toString().contains(token), t::toString);
      depth++;
    }
    assertTrue(depth >= 3, "the failure and its cause are both kept: " + depth);
    Throwable last = e;
    while (last.getCause() != null) {
      last = last.getCause();
    }
    Throwable innermost = last;
    assertTrue(innermost.getMessage().startsWith("java.net.ProtocolException: Unexpected status line: HTTP/1.1 abc"
        + " Bearer ██"), innermost.getMessage());
    assertTrue(innermost.getStackTrace()[0].getClassName().startsWith("okhttp3."),
        () -> "the stack trace is where the status line was read: " + innermost.getStackTrace()[0]);
  }

  @Test
  void aClientSecretOfFourCharactersIsCutOutOfTheTokenEndpointsRefusal() {
    FakeAuthServer api = new FakeAuthServer();
    api.tokenResponder = form -> FakeAuthServer.oauthError(401, "invalid_client", "secret s3cr is wrong");
    server.setDispatcher(api);
    HelpScout client = build(builder().clientCredentials(CLIENT_ID, "s3cr"));

    TokenRequestException e = assertThrows(TokenRequestException.class,
        () -> client.threads().createNote(123, RuntimeFixtures.note()));

    assertFalse(e.getMessage().contains("s3cr"), e.getMessage());
    assertTrue(e.getMessage().contains("secret ██ is wrong"), e.getMessage());
  }

  @Test
  void anAuthorizationCodeEchoedByTheTokenEndpointIsCutOut() {
    FakeAuthServer api = new FakeAuthServer();
    api.tokenResponder = form -> FakeAuthServer.oauthError(400, "invalid_grant", "code " + form.get("code") + " was used");
    server.setDispatcher(api);

    TokenRequestException e = assertThrows(TokenRequestException.class,
        () -> oauth(new RecordingStore(null)).exchangeCode("the-code-1234"));

    assertFalse(e.getMessage().contains("the-code-1234"), e.getMessage());
    assertTrue(e.getMessage().contains("code ██ was used"), e.getMessage());
  }

  // --- what a token answer may say ---

  private StoredTokens exchange(String answer) {
    FakeAuthServer api = new FakeAuthServer();
    api.tokenResponder = form -> RuntimeFixtures.json(200, answer);
    server.setDispatcher(api);
    return oauth(new RecordingStore(null)).exchangeCode("code-1");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "3600.9       | 3600",
      "'\"3600\"'   | 3600",
      "0            | 0",
      "2147483647   | 2147483647"})
  void expiresInIsWholeSecondsGivenAsANumberOrText(String expiresIn, long seconds) {
    StoredTokens tokens = exchange("{\"access_token\":\"access-1\",\"refresh_token\":\"refresh-1\",\"expires_in\":"
        + expiresIn + "}");

    assertEquals(clock.instant().plusSeconds(seconds), tokens.expiresAt());
  }

  @ParameterizedTest
  @ValueSource(strings = {"-1", "2147483648"})
  void expiresInOutsideZeroToIntMaxIsRefused(String expiresIn) {
    AuthenticationException e = assertThrows(AuthenticationException.class, () -> exchange(
        "{\"access_token\":\"access-1\",\"refresh_token\":\"refresh-1\",\"expires_in\":" + expiresIn + "}"));

    assertTrue(e.getMessage().contains("its expires_in (" + expiresIn + ") is not between 0 and 2147483647 seconds"),
        e.getMessage());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "''                   | it is empty",
      "tok en               | it holds a character that is not visible ASCII (at index 3)",
      "'tok\u007fen'        | it holds a character that is not visible ASCII (at index 3)"})
  void anAccessTokenThatCannotBeSentIsRefusedAndSaysWhy(String access, String why) {
    AuthenticationException e = assertThrows(AuthenticationException.class, () -> exchange(
        "{\"access_token\":\"" + access + "\",\"refresh_token\":\"refresh-1\",\"expires_in\":60}"));

    assertTrue(e.getMessage().contains("its access_token cannot be sent: " + why + "; no token was taken"),
        e.getMessage());
  }

  @Test
  void anAccessTokenOfTheFirstAndLastVisibleAsciiCharactersIsTakenAndSent() {
    StoredTokens tokens = exchange("{\"access_token\":\"!abc~\",\"refresh_token\":\"refresh-1\",\"expires_in\":60}");

    assertEquals("!abc~", tokens.accessToken());
  }

  @Test
  void aRefusalWhoseBodyBreaksOffIsStillTheRefusalWithTheBodyMarkedUnreadable() throws IOException {
    RawServer raw = new RawServer((i, line, body, out) -> out.write(("HTTP/1.1 400 Bad Request\r\n"
        + "Content-Type: application/json\r\nContent-Length: 500\r\n\r\n{\"error\":\"inva").getBytes(StandardCharsets.ISO_8859_1)));
    closeables.add(raw);

    TokenRequestException e = assertThrows(TokenRequestException.class,
        () -> oauth(raw.baseUrl(), new OkHttpClient(), new RecordingStore(null)).exchangeCode("code-1"));

    assertEquals(400, e.status());
    assertTrue(e.bodyUnreadable(), e.getMessage());
    assertInstanceOf(IOException.class, e.getCause());
  }

  @Test
  void aTokenEndpointsRedirectIsNotFollowedEvenWhenTheCallersClientFollowsRedirects() {
    FakeAuthServer api = new FakeAuthServer();
    api.tokenResponder = form -> new MockResponse.Builder().code(302).addHeader("Location", "/v2/oauth2/token").build();
    server.setDispatcher(api);
    OkHttpClient following = new OkHttpClient.Builder().followRedirects(true).retryOnConnectionFailure(false).build();

    TokenRequestException e = assertThrows(TokenRequestException.class,
        () -> oauth(server.url("/").toString(), following, new RecordingStore(null)).exchangeCode("code-1"));

    assertEquals(302, e.status());
    assertEquals(1, api.tokenRequests.size(), "the code was sent once");
  }

  // --- renewals ---

  @Test
  void afterAFailedTokenRequestTheNextCallAsksAgain() {
    FakeAuthServer api = new FakeAuthServer();
    AtomicInteger asked = new AtomicInteger();
    api.tokenResponder = form -> asked.incrementAndGet() == 1
        ? FakeAuthServer.oauthError(503, "temporarily_unavailable", "try again") : api.issue(form);
    server.setDispatcher(api);
    HelpScout client = build(builder().clientCredentials(CLIENT_ID, "app-secret"));

    assertThrows(TokenRequestException.class, () -> client.threads().createNote(123, RuntimeFixtures.note()));
    client.threads().createNote(123, RuntimeFixtures.note());

    assertEquals(2, api.tokenRequests.size());
    assertEquals(List.of("Bearer access-1"), api.apiAuthorizations);
  }

  @Test
  void aClientCredentialsRenewalAnsweredWithTheRefusedTokenAsksOnceMore() {
    FakeAuthServer api = new FakeAuthServer();
    AtomicInteger asked = new AtomicInteger();
    // The endpoint hands out "access-a" twice (the second time after the API refused it), then "access-b".
    api.tokenResponder = form -> FakeAuthServer.token(asked.incrementAndGet() <= 2 ? "access-a" : "access-b", 7200, null);
    api.validTokens.add("access-b");
    server.setDispatcher(api);
    HelpScout client = build(builder().clientCredentials(CLIENT_ID, "app-secret"));

    client.threads().createNote(123, RuntimeFixtures.note());

    assertEquals(List.of("Bearer access-a", "Bearer access-b"), api.apiAuthorizations);
    assertEquals(3, api.tokenRequests.size());
  }

  @Test
  void aClientCredentialsRenewalAsksOnceWhenTheEndpointAnswersANewToken() {
    FakeAuthServer api = new FakeAuthServer();
    AtomicInteger asked = new AtomicInteger();
    api.tokenResponder = form -> FakeAuthServer.token("access-" + asked.incrementAndGet(), 7200, null);
    api.validTokens.add("access-2");
    server.setDispatcher(api);
    HelpScout client = build(builder().clientCredentials(CLIENT_ID, "app-secret"));

    client.threads().createNote(123, RuntimeFixtures.note());

    assertEquals(List.of("Bearer access-1", "Bearer access-2"), api.apiAuthorizations);
    assertEquals(2, api.tokenRequests.size());
  }

  @Test
  void aUsersRefusedTokenIsRenewedWithTheRefreshGrantAndAnAnswerRepeatingItIsAskedOnceMore() {
    FakeAuthServer api = new FakeAuthServer();
    AtomicInteger asked = new AtomicInteger();
    // The first refresh answers the refused access token again (with a new refresh token), the second a new one.
    api.tokenResponder = form -> {
      int n = asked.incrementAndGet();
      return FakeAuthServer.token(n == 1 ? "access-a" : "access-b", 7200, "refresh-" + (n + 1));
    };
    api.validTokens.add("access-b");
    server.setDispatcher(api);
    RecordingStore store = new RecordingStore(new StoredTokens("access-a", clock.instant().plusSeconds(3600),
        "refresh-1"));
    HelpScout client = build(builder().userTokens(CLIENT_ID, "app-secret", store));

    client.threads().createNote(123, RuntimeFixtures.note());

    assertEquals(List.of("Bearer access-a", "Bearer access-b"), api.apiAuthorizations);
    assertEquals(List.of("refresh-1", "refresh-2"),
        api.tokenRequests.stream().map(f -> f.get("refresh_token")).toList());
    assertEquals(new StoredTokens("access-b", clock.instant().plusSeconds(7200), "refresh-3"), store.load());
  }

  /**
   * An API that, while it holds the first request (sent with {@code access-1}), sees the caller's
   * next call go out with a renewed token, then refuses the first request: its 401 comes after the
   * client already has a newer token.
   */
  private FakeAuthServer refusingTheFirstRequestAfterARenewal(java.util.function.Consumer<Runnable> nested) {
    FakeAuthServer api = new FakeAuthServer();
    AtomicInteger apiRequests = new AtomicInteger();
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        if (!request.getUrl().encodedPath().endsWith(FakeAuthServer.TOKEN_PATH) && apiRequests.incrementAndGet() == 1) {
          api.apiAuthorizations.add(request.getHeaders().get("Authorization"));
          nested.accept(() -> clock.advance(java.time.Duration.ofHours(2)));
          api.validTokens.remove("access-1");
          return new MockResponse.Builder().code(401).build();
        }
        return api.dispatch(request);
      }
    });
    return api;
  }

  @Test
  void aClientCredentials401ForATokenAlreadyReplacedIsRepeatedWithTheNewTokenWithoutAskingAgain() {
    HelpScout[] client = new HelpScout[1];
    FakeAuthServer api = refusingTheFirstRequestAfterARenewal(expire -> {
      expire.run();
      client[0].threads().createNote(123, RuntimeFixtures.note());
    });
    client[0] = build(builder().clientCredentials(CLIENT_ID, "app-secret"));

    client[0].threads().createNote(123, RuntimeFixtures.note());

    assertEquals(List.of("Bearer access-1", "Bearer access-2", "Bearer access-2"), api.apiAuthorizations);
    assertEquals(2, api.tokenRequests.size(), "the 401 of the old token asked for nothing");
  }

  @Test
  void aUsers401ForATokenAlreadyRenewedIsRepeatedWithTheNewTokenWithoutAskingAgain() {
    HelpScout[] client = new HelpScout[1];
    FakeAuthServer api = refusingTheFirstRequestAfterARenewal(expire -> {
      expire.run();
      client[0].threads().createNote(123, RuntimeFixtures.note());
    });
    api.validTokens.add("access-1");
    RecordingStore store = new RecordingStore(new StoredTokens("access-1", clock.instant().plusSeconds(3600),
        "refresh-0"));
    api.issued.set(1);   // the endpoint's next token is access-2
    client[0] = build(builder().userTokens(CLIENT_ID, "app-secret", store));

    client[0].threads().createNote(123, RuntimeFixtures.note());

    assertEquals(List.of("Bearer access-1", "Bearer access-2", "Bearer access-2"), api.apiAuthorizations);
    assertEquals(1, api.tokenRequests.size(), "the 401 of the old token asked for nothing");
  }

  @Test
  void aTokenRequestWhoseConnectionDropsIsNotSentAgainEvenByACallersClientThatWould() throws IOException {
    RawServer silent = new RawServer((i, line, body, out) -> { });
    closeables.add(silent);
    OkHttpClient retrying = new OkHttpClient.Builder().followRedirects(false).retryOnConnectionFailure(true).build();

    assertThrows(TransportException.class,
        () -> oauth(silent.baseUrl(), retrying, new RecordingStore(null)).exchangeCode("code-1"));

    assertEquals(1, silent.requests.get(), "a code can be used once: it was sent once");
  }

  @Test
  void aThreadInterruptedWhileItWaitsForAnotherThreadsTokenRequestKeepsItsInterrupt() throws Exception {
    FakeAuthServer api = new FakeAuthServer();
    java.util.concurrent.CountDownLatch asked = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.CountDownLatch answer = new java.util.concurrent.CountDownLatch(1);
    api.tokenResponder = form -> {
      asked.countDown();
      try {
        answer.await(30, java.util.concurrent.TimeUnit.SECONDS);   // a hang guard, not a wait for speed
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return api.issue(form);
    };
    server.setDispatcher(api);
    HelpScout client = build(builder().clientCredentials(CLIENT_ID, "app-secret"));
    java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(2);
    closeables.add(threads::shutdownNow);
    java.util.concurrent.atomic.AtomicReference<Thread> follower = new java.util.concurrent.atomic.AtomicReference<>();

    java.util.concurrent.Future<?> first = threads.submit(() -> client.threads().createNote(123, RuntimeFixtures.note()));
    assertTrue(asked.await(30, java.util.concurrent.TimeUnit.SECONDS), "the first thread asked for a token");
    java.util.concurrent.Future<Boolean> second = threads.submit(() -> {
      follower.set(Thread.currentThread());
      try {
        client.threads().createNote(123, RuntimeFixtures.note());
      } catch (RuntimeException e) {
        // Whether the call itself then runs or stops at the interrupt is OkHttp's affair.
      }
      return Thread.interrupted();
    });
    // The second thread waits (parked) for the first one's token request.
    while (follower.get() == null || follower.get().getState() != Thread.State.WAITING) {
      Thread.onSpinWait();
    }
    follower.get().interrupt();
    answer.countDown();

    first.get(30, java.util.concurrent.TimeUnit.SECONDS);
    assertTrue(second.get(30, java.util.concurrent.TimeUnit.SECONDS), "the interrupt is the caller's: kept");
    assertEquals(1, api.tokenRequests.size(), "one token request for both threads");
  }

  @Test
  void aThreadWaitingForAnotherThreadsTokenGetsTheSameErrorWhenThatOneFailsWithAnError() throws Exception {
    java.util.concurrent.CountDownLatch loading = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.CountDownLatch fail = new java.util.concurrent.CountDownLatch(1);
    AssertionError broken = new AssertionError("the store is broken");
    io.mailwright.runtime.TokenStore store = new io.mailwright.runtime.TokenStore() {
      @Override
      public StoredTokens load() {
        loading.countDown();
        try {
          fail.await(30, java.util.concurrent.TimeUnit.SECONDS);   // a hang guard, not a wait for speed
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        throw broken;
      }

      @Override
      public void save(StoredTokens tokens) {
      }
    };
    server.setDispatcher(new FakeAuthServer());
    HelpScout client = build(builder().userTokens(CLIENT_ID, "app-secret", store));
    java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(2);
    closeables.add(threads::shutdownNow);
    java.util.concurrent.atomic.AtomicReference<Thread> follower = new java.util.concurrent.atomic.AtomicReference<>();
    java.util.concurrent.Callable<Throwable> call = () -> {
      try {
        client.threads().createNote(123, RuntimeFixtures.note());
        return null;
      } catch (Throwable t) {
        return t;
      }
    };

    java.util.concurrent.Future<Throwable> first = threads.submit(call);
    assertTrue(loading.await(30, java.util.concurrent.TimeUnit.SECONDS), "the first thread loads the tokens");
    java.util.concurrent.Future<Throwable> second = threads.submit(() -> {
      follower.set(Thread.currentThread());
      return call.call();
    });
    // The second thread waits (parked) for the first one's answer.
    while (follower.get() == null || follower.get().getState() != Thread.State.WAITING) {
      Thread.onSpinWait();
    }
    fail.countDown();

    assertEquals(broken, first.get(30, java.util.concurrent.TimeUnit.SECONDS));
    assertEquals(broken, second.get(30, java.util.concurrent.TimeUnit.SECONDS), "the same failure, not a wrapper");
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void noTokenIsLeftInTheStoreWhenTheRefreshIsRefused() {
    FakeAuthServer api = new FakeAuthServer();
    api.tokenResponder = form -> FakeAuthServer.oauthError(400, "invalid_grant", "refresh token revoked");
    server.setDispatcher(api);
    StoredTokens expired = new StoredTokens("access-a", clock.instant().minusSeconds(1), "refresh-1");
    RecordingStore store = new RecordingStore(expired);
    HelpScout client = build(builder().userTokens(CLIENT_ID, "app-secret", store));

    TokenRequestException e = assertThrows(TokenRequestException.class,
        () -> client.threads().createNote(123, RuntimeFixtures.note()));

    assertEquals("invalid_grant", e.error());
    assertEquals(List.of(), store.saved);
    assertEquals(List.of(), api.apiAuthorizations, "nothing was sent with the expired token");
  }
}
