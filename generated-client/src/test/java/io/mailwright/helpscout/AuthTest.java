package io.mailwright.helpscout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mailwright.helpscout.RuntimeFixtures.FakeClock;
import io.mailwright.helpscout.RuntimeFixtures.RecordingSleeper;
import io.mailwright.runtime.AuthenticationException;
import io.mailwright.runtime.Created;
import io.mailwright.runtime.OAuth;
import io.mailwright.runtime.StoredTokens;
import io.mailwright.runtime.TokenRequestException;
import io.mailwright.runtime.TokenStore;
import io.mailwright.runtime.internal.TestHooks;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Tokens: fetched, cached, renewed before they expire and once after a 401, rotated, and refused. */
class AuthTest {
  private static final String CLIENT_ID = "app-id";
  private static final String CLIENT_SECRET = "app-secret";

  @StartStop
  final MockWebServer server = new MockWebServer();

  private final FakeAuthServer api = new FakeAuthServer();
  private final FakeClock clock = new FakeClock();
  private final List<AutoCloseable> closeables = new ArrayList<>();

  @BeforeEach
  void setUp() {
    server.setDispatcher(api);
  }

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

  private HelpScout clientCredentials() {
    return build(builder().clientCredentials(CLIENT_ID, CLIENT_SECRET));
  }

  /** A store that keeps every pair it is given, to show what was saved and in which order. */
  static final class RecordingStore implements TokenStore {
    final List<StoredTokens> saved = new CopyOnWriteArrayList<>();
    private volatile StoredTokens current;

    RecordingStore(StoredTokens initial) {
      this.current = initial;
    }

    @Override
    public StoredTokens load() {
      return current;
    }

    @Override
    public void save(StoredTokens tokens) {
      saved.add(tokens);
      current = tokens;
    }
  }

  private OAuth oauth(TokenStore store) {
    OkHttpClient http = new OkHttpClient();
    closeables.add(() -> http.dispatcher().executorService().shutdown());
    return HelpScout.oauth(server.url("/").toString(),
        CLIENT_ID, CLIENT_SECRET, store, http, clock);
  }

  @Test
  void clientCredentialsGrantPostsTheFormAndTheApiCallCarriesTheToken() {
    HelpScout client = clientCredentials();

    client.threads().createNote(123, RuntimeFixtures.note());

    assertEquals(List.of(Map.of("grant_type", "client_credentials", "client_id", CLIENT_ID,
        "client_secret", CLIENT_SECRET, "Content-Type", "application/x-www-form-urlencoded")), api.tokenRequests);
    assertEquals(List.of("Bearer access-1"), api.apiAuthorizations);
  }

  @Test
  void tokenIsCachedAndRenewedBeforeExpiresInRunsOut() {
    HelpScout client = clientCredentials();

    client.threads().createNote(123, RuntimeFixtures.note());
    clock.advance(Duration.ofHours(1));
    client.threads().createNote(123, RuntimeFixtures.note());
    assertEquals(1, api.tokenRequests.size(), "the token is cached while it is valid");
    // A minute before expires_in (7200 s) runs out: renewed first, so the call never leaves with a dying token.
    clock.advance(Duration.ofMinutes(59));
    client.threads().createNote(123, RuntimeFixtures.note());

    assertEquals(2, api.tokenRequests.size());
    assertEquals(List.of("Bearer access-1", "Bearer access-1", "Bearer access-2"), api.apiAuthorizations);
  }

  @Test
  void tokenLifetimeComesFromExpiresIn() {
    // Lifetimes of 7200 s and 172800 s both occur: a two-day token is still good after a day.
    api.expiresIn = 172800;
    HelpScout client = clientCredentials();

    client.threads().createNote(123, RuntimeFixtures.note());
    clock.advance(Duration.ofDays(1));
    client.threads().createNote(123, RuntimeFixtures.note());

    assertEquals(1, api.tokenRequests.size());
  }

  @Test
  void unauthorizedRenewsTheTokenOnceAndRepeatsThePost() {
    HelpScout client = clientCredentials();
    client.threads().createNote(123, RuntimeFixtures.note());
    // Revoked before it expired (e.g. the app's secret was regenerated in Help Scout).
    api.validTokens.remove("access-1");

    Created created = client.threads().createNote(123, RuntimeFixtures.note());

    assertEquals(201, created.status());
    assertEquals(2, api.tokenRequests.size());
    assertEquals(List.of("Bearer access-1", "Bearer access-1", "Bearer access-2"), api.apiAuthorizations);
    assertEquals(api.apiBodies.get(1), api.apiBodies.get(2));
  }

  @Test
  void unauthorizedTwiceIsAnAuthenticationException() {
    api.tokenResponder = form -> FakeAuthServer.token("never-valid-" + api.tokenRequests.size(), 7200, null);
    HelpScout client = clientCredentials();

    AuthenticationException e = assertThrows(AuthenticationException.class,
        () -> client.threads().createNote(123, RuntimeFixtures.note()));

    assertEquals(401, e.status());
    assertEquals("c0ffee#2", e.correlationId());
    assertEquals(2, api.tokenRequests.size());
    assertEquals(List.of("Bearer never-valid-1", "Bearer never-valid-2"), api.apiAuthorizations);
  }

  @Test
  void twentyThreadsNeedingATokenAtOnceCauseExactlyOneTokenRequest() throws Exception {
    int threads = 20;
    CountDownLatch allCalling = new CountDownLatch(threads);
    // The token endpoint answers only once all 20 calls are under way, so they all need the token at once.
    api.tokenResponder = form -> {
      try {
        assertTrue(allCalling.await(10, TimeUnit.SECONDS), "20 calls should be under way");
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return api.issue(form);
    };
    // The caller's OkHttp client: its interceptor sees each call start, before the client's own.
    OkHttpClient http = new OkHttpClient.Builder().addInterceptor(chain -> {
      if (!chain.request().url().encodedPath().equals(FakeAuthServer.TOKEN_PATH)) {
        allCalling.countDown();
      }
      return chain.proceed(chain.request());
    }).build();
    closeables.add(() -> http.dispatcher().executorService().shutdown());
    HelpScout client = build(builder().okHttpClient(http).clientCredentials(CLIENT_ID, CLIENT_SECRET));
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Created>> calls = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        calls.add(pool.submit(() -> {
          start.await();
          return client.threads().createNote(123, RuntimeFixtures.note());
        }));
      }
      start.countDown();
      for (Future<Created> call : calls) {
        assertEquals(201, call.get(20, TimeUnit.SECONDS).status());
      }
    } finally {
      pool.shutdownNow();
    }

    assertEquals(1, api.tokenRequests.size());
    assertEquals(threads, api.apiAuthorizations.size());
    assertTrue(api.apiAuthorizations.stream().allMatch("Bearer access-1"::equals), api.apiAuthorizations.toString());
  }

  @Test
  void twentyThreadsRefusedAtOnceRenewTheTokenOnce() throws Exception {
    int threads = 20;
    HelpScout client = clientCredentials();
    client.threads().createNote(123, RuntimeFixtures.note());
    api.validTokens.remove("access-1");
    CountDownLatch allSent = new CountDownLatch(threads);
    // The API answers only once all 20 calls reached it: they all hold the same dead token when refused.
    server.setDispatcher(new mockwebserver3.Dispatcher() {
      @Override
      public mockwebserver3.MockResponse dispatch(mockwebserver3.RecordedRequest request) throws InterruptedException {
        if (!request.getUrl().encodedPath().endsWith(FakeAuthServer.TOKEN_PATH) && allSent.getCount() > 0) {
          allSent.countDown();
          assertTrue(allSent.await(10, TimeUnit.SECONDS), "20 calls should reach the API");
        }
        return api.dispatch(request);
      }
    });
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Created>> calls = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        calls.add(pool.submit(() -> client.threads().createNote(123, RuntimeFixtures.note())));
      }
      for (Future<Created> call : calls) {
        assertEquals(201, call.get(20, TimeUnit.SECONDS).status());
      }
    } finally {
      pool.shutdownNow();
    }

    assertEquals(2, api.tokenRequests.size());
    assertEquals(1 + 2 * threads, api.apiAuthorizations.size());
    assertEquals(threads, api.apiAuthorizations.stream().filter("Bearer access-2"::equals).count());
  }

  @Test
  void authorizeUrlCarriesClientIdAndEncodedState() {
    OAuth oauth = HelpScout.oauth("https://api.helpscout.net/", CLIENT_ID, CLIENT_SECRET,
        TokenStore.inMemory(null));

    assertEquals("https://secure.helpscout.net/authentication/authorizeClientApplication"
        + "?client_id=app-id&state=a%20b%26c%3Dd", oauth.authorizeUrl("a b&c=d"));
  }

  @Test
  void authorizationCodeIsExchangedForTokensThatAreSavedAndUsedByTheClient() {
    RecordingStore store = new RecordingStore(null);

    StoredTokens tokens = oauth(store).exchangeCode("code-from-redirect");

    assertEquals(List.of(Map.of("grant_type", "authorization_code", "code", "code-from-redirect",
        "client_id", CLIENT_ID, "client_secret", CLIENT_SECRET, "Content-Type", "application/x-www-form-urlencoded")),
        api.tokenRequests);
    assertEquals(new StoredTokens("access-1", clock.instant().plusSeconds(7200), "refresh-1"), tokens);
    assertEquals(List.of(tokens), store.saved);

    build(builder().userTokens(CLIENT_ID, CLIENT_SECRET, store)).threads().createNote(123, RuntimeFixtures.note());

    assertEquals(List.of("Bearer access-1"), api.apiAuthorizations);
    assertEquals(1, api.tokenRequests.size(), "a valid stored token is used as it is");
  }

  @Test
  void refreshGrantRotatesAndEachNewRefreshTokenIsSavedAndUsedNext() {
    // Help Scout kills a refresh token once used: only the latest one is accepted.
    List<String> live = new CopyOnWriteArrayList<>(List.of("refresh-0"));
    api.tokenResponder = form -> {
      if (!live.remove(form.get("refresh_token"))) {
        return FakeAuthServer.oauthError(400, "invalid_request", "Invalid refresh_token");
      }
      int n = api.issued.incrementAndGet();
      api.validTokens.add("access-" + n);
      live.add("refresh-" + n);
      return FakeAuthServer.token("access-" + n, 7200, "refresh-" + n);
    };
    RecordingStore store = new RecordingStore(new StoredTokens("access-0", clock.instant().minusSeconds(1), "refresh-0"));
    HelpScout client = build(builder().userTokens(CLIENT_ID, CLIENT_SECRET, store));

    client.threads().createNote(123, RuntimeFixtures.note());   // stored token expired: refresh
    clock.advance(Duration.ofHours(2));
    client.threads().createNote(123, RuntimeFixtures.note());   // expired again: refresh
    api.validTokens.clear();
    api.validTokens.add("access-3");
    client.threads().createNote(123, RuntimeFixtures.note());   // 401: refresh

    assertEquals(List.of("refresh-0", "refresh-1", "refresh-2"),
        api.tokenRequests.stream().map(f -> f.get("refresh_token")).toList());
    assertTrue(api.tokenRequests.stream().allMatch(f -> f.get("grant_type").equals("refresh_token")
        && f.get("client_id").equals(CLIENT_ID) && f.get("client_secret").equals(CLIENT_SECRET)));
    assertEquals(List.of("refresh-1", "refresh-2", "refresh-3"), store.saved.stream().map(StoredTokens::refreshToken).toList());
    assertEquals("access-3", store.load().accessToken());
    assertEquals(List.of("Bearer access-1", "Bearer access-2", "Bearer access-2", "Bearer access-3"),
        api.apiAuthorizations);
  }

  @Test
  void clientsSharingATokenStoreNeverReuseARefreshTokenAnotherOneRotated() {
    // Two clients of one user (two services, or one per worker) over the same store.
    List<String> live = new CopyOnWriteArrayList<>(List.of("refresh-0"));
    api.tokenResponder = form -> {
      if (!live.remove(form.get("refresh_token"))) {
        return FakeAuthServer.oauthError(400, "invalid_request", "Invalid refresh_token");
      }
      int n = api.issued.incrementAndGet();
      api.validTokens.add("access-" + n);
      live.add("refresh-" + n);
      return FakeAuthServer.token("access-" + n, 7200, "refresh-" + n);
    };
    api.validTokens.add("access-0");
    RecordingStore store = new RecordingStore(new StoredTokens("access-0", clock.instant().plusSeconds(3600), "refresh-0"));
    HelpScout first = build(builder().userTokens(CLIENT_ID, CLIENT_SECRET, store));
    HelpScout second = build(builder().userTokens(CLIENT_ID, CLIENT_SECRET, store));
    first.threads().createNote(123, RuntimeFixtures.note());
    second.threads().createNote(123, RuntimeFixtures.note());

    clock.advance(Duration.ofHours(1));
    first.threads().createNote(123, RuntimeFixtures.note());    // refreshes: refresh-0 is dead from now on
    second.threads().createNote(123, RuntimeFixtures.note());   // must take the pair the first one saved

    assertEquals(List.of("refresh-0"), api.tokenRequests.stream().map(f -> f.get("refresh_token")).toList());
    assertEquals(List.of("Bearer access-0", "Bearer access-0", "Bearer access-1", "Bearer access-1"),
        api.apiAuthorizations);
  }

  @Test
  void fixedAccessTokenIsSentAndA401FailsAtOnce() {
    HelpScout client = build(builder().accessToken("fixed-token"));

    AuthenticationException e = assertThrows(AuthenticationException.class,
        () -> client.threads().createNote(123, RuntimeFixtures.note()));

    assertEquals(401, e.status());
    assertEquals(List.of("Bearer fixed-token"), api.apiAuthorizations);
    assertEquals(0, api.tokenRequests.size());
  }

  @Test
  void refusedRefreshTokenIsATokenRequestExceptionWithErrorAndDescription() {
    api.tokenResponder = form -> FakeAuthServer.oauthError(400, "invalid_request", "Invalid refresh_token");
    HelpScout client = build(builder().userTokens(CLIENT_ID, CLIENT_SECRET,
        TokenStore.inMemory(new StoredTokens(null, null, "refresh-dead"))));

    TokenRequestException e = assertThrows(TokenRequestException.class,
        () -> client.threads().createNote(123, RuntimeFixtures.note()));

    assertEquals("invalid_request", e.error());
    assertEquals("Invalid refresh_token", e.errorDescription());
    assertEquals(400, e.status());
    assertEquals("POST", e.method());
    assertEquals(FakeAuthServer.TOKEN_PATH, e.path());
    assertTrue(e.getMessage().contains("refresh_token grant: invalid_request (Invalid refresh_token)"), e.getMessage());
    assertEquals(0, api.apiAuthorizations.size(), "nothing was sent to the API");
  }

  @Test
  void refusedClientCredentialsFailTheAsyncCallWithTokenRequestException() {
    api.tokenResponder = form -> FakeAuthServer.oauthError(401, "invalid_client", "Bad client credentials");
    HelpScout client = clientCredentials();

    ExecutionException e = assertThrows(ExecutionException.class,
        () -> client.threads().createNoteAsync(123, RuntimeFixtures.note()).get(10, TimeUnit.SECONDS));

    TokenRequestException refused = assertInstanceOf(TokenRequestException.class, e.getCause());
    assertEquals("invalid_client", refused.error());
    assertEquals("Bad client credentials", refused.errorDescription());
    assertEquals(0, api.apiAuthorizations.size());
  }

  @Test
  void oauthFindsTheTokenEndpointUnderABaseUrlWithoutTrailingSlashAsTheClientDoes() {
    // An API behind a path prefix (a proxy): the builder takes "http://host/helpscout" as ".../helpscout/".
    String base = server.url("/helpscout").toString();
    OkHttpClient http = new OkHttpClient();
    closeables.add(() -> http.dispatcher().executorService().shutdown());
    RecordingStore store = new RecordingStore(null);

    HelpScout.oauth(base, CLIENT_ID, CLIENT_SECRET, store, http, clock)
        .exchangeCode("code");
    clock.advance(Duration.ofHours(3));
    build(builder().baseUrl(base).userTokens(CLIENT_ID, CLIENT_SECRET, store))
        .threads().createNote(123, RuntimeFixtures.note());

    assertEquals(List.of("/helpscout/v2/oauth2/token", "/helpscout/v2/oauth2/token"), api.tokenPaths);
  }

  @Test
  void refusedAuthorizationCodeIsATokenRequestExceptionAndNothingIsSaved() {
    api.tokenResponder = form -> FakeAuthServer.oauthError(400, "invalid_grant", "Invalid authorization code");
    RecordingStore store = new RecordingStore(null);

    TokenRequestException e = assertThrows(TokenRequestException.class, () -> oauth(store).exchangeCode("used-code"));

    assertEquals("invalid_grant", e.error());
    assertEquals(List.of(), store.saved);
  }

  @Test
  void asyncCreateRenewsAfter401Too() throws Exception {
    HelpScout client = clientCredentials();
    client.threads().createNote(123, RuntimeFixtures.note());
    api.validTokens.clear();

    Created created = client.threads().createNoteAsync(123, RuntimeFixtures.note()).get(10, TimeUnit.SECONDS);

    assertNotNull(created);
    assertEquals(List.of("Bearer access-1", "Bearer access-1", "Bearer access-2"), api.apiAuthorizations);
  }

  @Test
  void emptyTokenStoreFailsTheCallAndItsAsyncFormWithTheSameException() {
    HelpScout client = build(builder().userTokens(CLIENT_ID, CLIENT_SECRET, TokenStore.inMemory(null)));

    RuntimeException sync = assertThrows(RuntimeException.class,
        () -> client.threads().createNote(123, RuntimeFixtures.note()));
    ExecutionException async = assertThrows(ExecutionException.class,
        () -> client.threads().createNoteAsync(123, RuntimeFixtures.note()).get(10, TimeUnit.SECONDS));

    assertEquals(sync.getClass(), async.getCause().getClass(), async.getCause().toString());
    assertEquals(sync.getMessage(), async.getCause().getMessage());
    assertTrue(sync.getMessage().contains("exchange an authorization code first"), sync.getMessage());
    assertEquals(0, api.apiAuthorizations.size());
    assertEquals(0, api.tokenRequests.size());
  }

  @Test
  void tokenStoreThatCannotSaveFailsTheCallAndItsAsyncFormWithTheSameException() {
    // The rotated refresh token could not be kept: the caller must hear of it, sync or async.
    TokenStore broken = new TokenStore() {
      @Override
      public StoredTokens load() {
        return new StoredTokens(null, null, "refresh-0");
      }

      @Override
      public void save(StoredTokens tokens) {
        throw new java.io.UncheckedIOException(new java.io.IOException("database is read-only"));
      }
    };
    HelpScout client = build(builder().userTokens(CLIENT_ID, CLIENT_SECRET, broken));

    RuntimeException sync = assertThrows(RuntimeException.class,
        () -> client.threads().createNote(123, RuntimeFixtures.note()));
    ExecutionException async = assertThrows(ExecutionException.class,
        () -> client.threads().createNoteAsync(123, RuntimeFixtures.note()).get(10, TimeUnit.SECONDS));

    assertEquals(sync.getClass(), async.getCause().getClass(), async.getCause().toString());
    assertTrue(sync.toString().contains("database is read-only"), sync.toString());
    assertEquals(0, api.apiAuthorizations.size());
  }

  @Test
  void storedTokenIsUsedUntilItExpires() {
    Instant expiresAt = clock.instant().plus(Duration.ofHours(1));
    HelpScout client = build(builder().userTokens(CLIENT_ID, CLIENT_SECRET,
        TokenStore.inMemory(new StoredTokens("access-9", expiresAt, "refresh-9"))));
    api.validTokens.add("access-9");

    client.threads().createNote(123, RuntimeFixtures.note());

    assertEquals(List.of("Bearer access-9"), api.apiAuthorizations);
    assertEquals(0, api.tokenRequests.size());
  }
}
