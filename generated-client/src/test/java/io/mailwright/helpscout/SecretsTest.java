package io.mailwright.helpscout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mailwright.helpscout.RuntimeFixtures.FakeClock;
import io.mailwright.helpscout.RuntimeFixtures.RecordingSleeper;
import io.mailwright.runtime.MailwrightException;
import io.mailwright.runtime.OAuth;
import io.mailwright.runtime.StoredTokens;
import io.mailwright.runtime.TokenStore;
import io.mailwright.runtime.internal.ClientCredentials;
import io.mailwright.runtime.internal.FixedAccessToken;
import io.mailwright.runtime.internal.TestHooks;
import io.mailwright.runtime.internal.TokenEndpoint;
import io.mailwright.runtime.internal.UserTokens;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Credentials never show: a run that requests tokens, renews them after 401s and meets every kind of
 * failure is searched for canary values of the client secret, access tokens and refresh tokens in
 * every exception (causes and stack traces included), every toString() and the HTTP log.
 */
class SecretsTest {
  /** Every secret of the run starts with this; nothing else does. */
  private static final String CANARY = "cAnArY";
  private static final String CLIENT_SECRET = CANARY + "-client-secret-7f3a";
  private static final String CLIENT_ID = "app-id";

  @StartStop
  final MockWebServer server = new MockWebServer();

  private final FakeAuthServer api = new FakeAuthServer();
  private final FakeClock clock = new FakeClock();
  private final List<String> log = new CopyOnWriteArrayList<>();
  /** Everything the run showed: exception texts, toString()s. */
  private final List<String> shown = new ArrayList<>();
  private final List<AutoCloseable> closeables = new ArrayList<>();

  @AfterEach
  void tearDown() throws Exception {
    for (AutoCloseable c : closeables) {
      c.close();
    }
  }

  private HelpScout.Builder builder() {
    return TestHooks.sleeper(TestHooks.clock(HelpScout.builder().baseUrl(server.url("/").toString()), clock),
        new RecordingSleeper(clock))
        .httpLog(log::add);
  }

  private <T extends AutoCloseable> T closing(T c) {
    closeables.add(c);
    return c;
  }

  /** Runs a call that must fail, and keeps everything its exception shows. */
  private void fails(Executable call) {
    Throwable thrown = assertThrows(Throwable.class, call);
    Throwable t = thrown instanceof ExecutionException ? thrown.getCause() : thrown;
    assertTrue(t instanceof MailwrightException, () -> "not the client's exception: " + t);
    StringWriter trace = new StringWriter();
    t.printStackTrace(new PrintWriter(trace));
    shown.add(trace.toString());
    for (Throwable c = t; c != null; c = c.getCause()) {
      shown.add(String.valueOf(c.getMessage()));
      shown.add(c.toString());
      shown.add(String.valueOf(c.getLocalizedMessage()));
    }
  }

  /** Answers the API: 201 to a valid token, 401 otherwise; and one scripted failure per marked path. */
  private void serveWithFailures() {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        String path = request.getUrl().encodedPath();
        MockResponse.Builder r = new MockResponse.Builder().addHeader("Content-Type", "application/vnd.error+json");
        if (!path.endsWith(FakeAuthServer.TOKEN_PATH)) {
          if (path.contains("/400/")) {
            return r.code(400).body(ErrorMappingTest.VALIDATION_ERROR).build();
          } else if (path.contains("/500/")) {
            return r.code(500).body("{\"message\":\"Oops\"}").build();
          } else if (path.contains("/429/")) {
            return r.code(429).addHeader("X-RateLimit-Retry-After", "1").body("{\"message\":\"API rate limit exceeded\"}")
                .build();
          } else if (path.contains("/502/")) {
            return r.code(502).addHeader("Content-Type", "text/html").body(ErrorMappingTest.PROXY_HTML).build();
          } else if (path.endsWith("/404")) {
            return r.code(404).body("{\"message\":\"Not Found\"}").build();
          } else if (path.contains("/0/")) {
            return r.onResponseStart(SocketEffect.Stall.INSTANCE).build();
          }
        }
        return api.dispatch(request);
      }
    });
  }

  @Test
  void noCanaryInExceptionsToStringsOrTheHttpLogAcrossTokenRequestsRenewalsAndErrors() throws Exception {
    api.tokenResponder = form -> {
      int n = api.issued.incrementAndGet();
      String access = CANARY + "-access-" + n;
      api.validTokens.add(access);
      return FakeAuthServer.token(access, 7200,
          form.get("grant_type").equals("client_credentials") ? null : CANARY + "-refresh-" + n);
    };
    serveWithFailures();

    // Client credentials: a token request, a success, a 401 and its renewal, then each failure.
    HelpScout client = closing(builder().clientCredentials(CLIENT_ID, CLIENT_SECRET).maxRetries(1)
        .readTimeout(Duration.ofMillis(300)).build());
    shown.add(client.toString());
    shown.add(client.threads().createNote(123, RuntimeFixtures.note()).toString());
    api.validTokens.clear();
    shown.add(client.threads().createNote(123, RuntimeFixtures.note()).toString());
    fails(() -> client.threads().createNote(400, RuntimeFixtures.note()).toString());
    fails(() -> client.threads().createNote(500, RuntimeFixtures.note()));
    fails(() -> client.threads().createNote(429, RuntimeFixtures.note()));
    fails(() -> client.threads().createNote(502, RuntimeFixtures.note()));
    fails(() -> client.threads().createNote(1, NoteThread.builder().text("").buildUnvalidated()));
    fails(() -> client.threads().createNoteAsync(500, RuntimeFixtures.note()).get(10, TimeUnit.SECONDS));
    fails(() -> client.threads().createNote(0, RuntimeFixtures.note()).toString());   // stalls: a read timeout
    fails(() -> client.conversations().resolveMerged(404));
    // 401, renewal, 401 again.
    api.validTokens.clear();
    api.tokenResponder = form -> FakeAuthServer.token(CANARY + "-never-valid-" + api.tokenRequests.size(), 7200, null);
    fails(() -> client.threads().createNote(123, RuntimeFixtures.note()));
    fails(() -> client.threads().createNoteAsync(123, RuntimeFixtures.note()).get(10, TimeUnit.SECONDS));
    // The token endpoint refuses the client.
    api.tokenResponder = form -> FakeAuthServer.oauthError(401, "invalid_client", "Client authentication failed");
    clock.advance(Duration.ofHours(3));
    fails(() -> client.threads().createNote(123, RuntimeFixtures.note()));

    // User tokens: refresh grants with rotation, then a dead refresh token.
    api.tokenResponder = form -> {
      int n = api.issued.incrementAndGet();
      api.validTokens.add(CANARY + "-access-" + n);
      return FakeAuthServer.token(CANARY + "-access-" + n, 7200, CANARY + "-refresh-" + n);
    };
    StoredTokens initial = new StoredTokens(CANARY + "-access-0", clock.instant().minusSeconds(1), CANARY + "-refresh-0");
    TokenStore store = TokenStore.inMemory(initial);
    HelpScout user = closing(builder().userTokens(CLIENT_ID, CLIENT_SECRET, store).build());
    shown.add(user.threads().createNote(123, RuntimeFixtures.note()).toString());
    api.validTokens.clear();
    shown.add(user.threads().createNote(123, RuntimeFixtures.note()).toString());
    shown.add(store.toString());
    shown.add(store.load().toString());
    shown.add(initial.toString());
    api.tokenResponder = form -> FakeAuthServer.oauthError(400, "invalid_request", "Invalid refresh_token");
    api.validTokens.clear();
    fails(() -> user.threads().createNote(123, RuntimeFixtures.note()));

    // The authorization-code flow and the auth classes themselves.
    OkHttpClient http = new OkHttpClient();
    closeables.add(() -> http.dispatcher().executorService().shutdown());
    api.tokenResponder = form -> FakeAuthServer.token(CANARY + "-access-code", 7200, CANARY + "-refresh-code");
    OAuth oauth = HelpScout.oauth(server.url("/").toString(), CLIENT_ID, CLIENT_SECRET,
        store, http, clock);
    shown.add(oauth.toString());
    shown.add(oauth.authorizeUrl("state-1"));
    shown.add(oauth.exchangeCode("code-1").toString());
    api.tokenResponder = form -> FakeAuthServer.oauthError(400, "invalid_grant", "Invalid authorization code");
    fails(() -> oauth.exchangeCode("code-2"));
    TokenEndpoint endpoint = new TokenEndpoint(http, server.url("/v2/oauth2/token"), clock, CLIENT_ID, CLIENT_SECRET);
    shown.add(endpoint.toString());
    api.tokenResponder = form -> FakeAuthServer.token(CANARY + "-access-direct", 7200, CANARY + "-refresh-direct");
    shown.add(endpoint.refresh(CANARY + "-refresh-direct-old").toString());
    ClientCredentials credentials = new ClientCredentials(endpoint, clock);
    credentials.accessToken();
    shown.add(credentials.toString());
    UserTokens userTokens = new UserTokens(endpoint, store, clock);
    userTokens.accessToken();
    shown.add(userTokens.toString());
    shown.add(new FixedAccessToken(CANARY + "-fixed").toString());
    HelpScout.Builder fixedBuilder = builder().accessToken(CANARY + "-fixed");
    shown.add(fixedBuilder.toString());
    HelpScout fixed = closing(fixedBuilder.build());
    shown.add(fixed.toString());
    fails(() -> fixed.threads().createNote(123, RuntimeFixtures.note()));

    // A failure to reach the token endpoint at all.
    int closedPort;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      closedPort = s.getLocalPort();
    }
    HelpScout unreachable = closing(TestHooks.sleeper(HelpScout.builder().baseUrl("http://127.0.0.1:" + closedPort + "/")
        .clientCredentials(CLIENT_ID, CLIENT_SECRET).httpLog(log::add), new RecordingSleeper()).build());
    fails(() -> unreachable.threads().createNote(123, RuntimeFixtures.note()));

    // The run did what it claims: tokens were requested, renewed and refused, and the log saw it all.
    assertTrue(api.tokenRequests.size() >= 10, "token requests: " + api.tokenRequests.size());
    assertTrue(api.apiAuthorizations.stream().anyMatch(a -> a.contains(CANARY)), "the canaries were used");
    assertTrue(log.stream().anyMatch(l -> l.contains("(token request; body redacted)")), String.join("\n", log));
    assertTrue(log.stream().anyMatch(l -> l.contains("Authorization: ██")), String.join("\n", log));
    assertTrue(shown.size() > 60, "shown: " + shown.size());

    assertNoCanary("an exception or a toString()", shown);
    assertNoCanary("the HTTP log", log);
  }

  private static void assertNoCanary(String where, List<String> texts) {
    List<String> leaks = texts.stream().filter(t -> t != null && t.contains(CANARY)).toList();
    assertEquals(List.of(), leaks, "a secret appears in " + where);
    assertFalse(texts.isEmpty());
  }
}
