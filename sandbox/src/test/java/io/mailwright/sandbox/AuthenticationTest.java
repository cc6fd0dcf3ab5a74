package io.mailwright.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.mailwright.helpscout.HelpScout;
import io.mailwright.helpscout.NoteThread;
import io.mailwright.runtime.AuthenticationException;
import io.mailwright.runtime.OAuth;
import io.mailwright.runtime.StoredTokens;
import io.mailwright.runtime.TokenRequestException;
import io.mailwright.runtime.TokenStore;
import io.mailwright.runtime.internal.TestHooks;
import io.mailwright.runtime.internal.TokenEndpoint;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AuthenticationTest {
  private static final String ID = SandboxOptions.DEFAULT_CLIENT_ID;
  private static final String SECRET = SandboxOptions.DEFAULT_CLIENT_SECRET;

  private final ManualClock clock = ManualClock.startingAt("2026-01-05T09:00:00Z");
  private final Fixture f = new Fixture(SandboxOptions.builder().clock(clock).tokenLifetime(Duration.ofHours(2)),
      client -> {});
  private final OkHttpClient okHttp = new OkHttpClient();

  @AfterEach
  void close() {
    f.close();
    okHttp.dispatcher().executorService().shutdown();
    okHttp.connectionPool().evictAll();
  }

  private HttpResponse<String> token(String contentType, String body) {
    return f.send(HttpRequest.newBuilder(f.uri("v2/oauth2/token")).header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  private HttpResponse<String> tokenForm(String body) {
    return token("application/x-www-form-urlencoded", body);
  }

  private HttpResponse<String> getWith(String authorization) {
    HttpRequest.Builder r = HttpRequest.newBuilder(f.uri("v2/conversations/1001")).GET();
    if (authorization != null) {
      r.header("Authorization", authorization);
    }
    return f.send(r);
  }

  private TokenEndpoint endpoint(String secret) {
    return new TokenEndpoint(okHttp, HttpUrl.get(f.sandbox.baseUrl()).resolve("v2/oauth2/token"), clock, ID, secret);
  }

  @Test
  void theClientCredentialsGrantAnswersABearerTokenWithItsLifetime() {
    HttpResponse<String> r = tokenForm("grant_type=client_credentials&client_id=" + ID + "&client_secret=" + SECRET);

    assertEquals(200, r.statusCode());
    JsonNode json = Fixture.json(r);
    assertEquals("bearer", json.get("token_type").asText());
    assertEquals(7200, json.get("expires_in").asLong());
    assertFalse(json.has("refresh_token"), "no refresh token for client credentials");
    assertEquals(404, getWithToken(json.get("access_token").asText()).statusCode(),
        "the token is accepted: the conversation does not exist (404, not 401)");
  }

  private HttpResponse<String> getWithToken(String token) {
    return getWith("Bearer " + token);
  }

  @Test
  void theTokenEndpointReadsJsonToo() {
    HttpResponse<String> r = token("application/json",
        "{\"grant_type\":\"client_credentials\",\"client_id\":\"" + ID + "\",\"client_secret\":\"" + SECRET + "\"}");

    assertEquals(200, r.statusCode(), r.body());
    assertEquals("bearer", Fixture.json(r).get("token_type").asText());
  }

  @Test
  void missingWrongAndExpiredTokensAreAll401AndIndistinguishable() {
    String token = f.token();
    HttpResponse<String> missing = getWith(null);
    HttpResponse<String> wrong = getWith("Bearer not-a-token");
    HttpResponse<String> notBearer = getWith("Basic " + token);
    clock.advance(Duration.ofHours(2));
    HttpResponse<String> expired = getWithToken(token);

    for (HttpResponse<String> r : java.util.List.of(missing, wrong, notBearer, expired)) {
      assertEquals(401, r.statusCode());
      JsonNode body = Fixture.json(r);
      assertEquals(r.headers().firstValue("Correlation-Id").orElseThrow(), body.get("logRef").asText());
      assertEquals(Fixture.json(missing).get("message"), body.get("message"));
      assertEquals("Bearer", r.headers().firstValue("WWW-Authenticate").orElseThrow());
    }
  }

  @Test
  void aTokenIsValidUntilItsLifetimeEnds() {
    String token = f.token();
    clock.advance(Duration.ofHours(2).minusSeconds(1));
    assertEquals(404, getWithToken(token).statusCode());
    clock.advance(Duration.ofSeconds(1));
    assertEquals(401, getWithToken(token).statusCode());
  }

  @Test
  void theClientRenewsItsTokenAfterA401AndTheCallSucceeds() {
    long id = f.createConversation("bear@acme.com");
    assertEquals(1, f.sandbox.accessTokensIssued());

    // The client's own clock (the system's) still thinks the token is fresh: the sandbox refuses it.
    clock.advance(Duration.ofHours(3));
    f.client.threads().createNote(id, NoteThread.builder().text("after expiry").build());

    assertEquals(2, f.sandbox.accessTokensIssued());
    assertEquals(2, f.sandbox.threadCount(id));
  }

  @Test
  void aClientWithTheSameClockRenewsBeforeTheTokenExpires() {
    try (HelpScout client = TestHooks.clock(HelpScout.builder().baseUrl(f.sandbox.baseUrl()).clientCredentials(ID, SECRET),
        clock).build()) {
      long id = client.conversations().create(Fixture.conversation("bear@acme.com").build()).requireId();
      clock.advance(Duration.ofHours(2).minusMinutes(1));
      client.threads().createNote(id, NoteThread.builder().text("n").build());

      assertEquals(2, f.sandbox.accessTokensIssued());
    }
  }

  @Test
  void aWrongClientSecretIsInvalidClient() {
    try (HelpScout client = HelpScout.builder().baseUrl(f.sandbox.baseUrl()).clientCredentials(ID, "wrong").build()) {
      TokenRequestException e = assertThrows(TokenRequestException.class,
          () -> client.conversations().create(Fixture.conversation("bear@acme.com").build()));
      assertEquals("invalid_client", e.error());
      assertEquals(401, e.status());
    }
  }

  @Test
  void anApiCallWithAFixedWrongTokenIsAnAuthenticationError() {
    try (HelpScout client = HelpScout.builder().baseUrl(f.sandbox.baseUrl()).accessToken("made-up").build()) {
      AuthenticationException e = assertThrows(AuthenticationException.class,
          () -> client.conversations().create(Fixture.conversation("bear@acme.com").build()));
      assertEquals(401, e.status());
    }
  }

  @Test
  void anAuthorizationCodeGivesTokensOnceAndTheClientUsesThem() {
    TokenStore store = TokenStore.inMemory(null);
    OAuth oauth = HelpScout.oauth(f.sandbox.baseUrl(), ID, SECRET, store, okHttp, clock);
    String code = f.sandbox.issueAuthorizationCode(ID);

    StoredTokens tokens = oauth.exchangeCode(code);
    assertEquals(tokens, store.load());
    assertEquals(clock.instant().plus(Duration.ofHours(2)), tokens.expiresAt());

    TokenRequestException reused = assertThrows(TokenRequestException.class, () -> oauth.exchangeCode(code));
    assertEquals("invalid_request", reused.error());
    assertEquals("Invalid authorization code", reused.errorDescription());

    try (HelpScout client = TestHooks.clock(HelpScout.builder().baseUrl(f.sandbox.baseUrl()).userTokens(ID, SECRET, store),
        clock).build()) {
      client.conversations().create(Fixture.conversation("bear@acme.com").build());
    }
  }

  @Test
  void shortLivedUserTokensAreRenewedNearTheirEndNotBeforeEveryCall() {
    try (Fixture shortLived = new Fixture(SandboxOptions.builder().clock(clock).tokenLifetime(Duration.ofMinutes(3)),
        c -> {})) {
      TokenStore store = TokenStore.inMemory(null);
      HelpScout.oauth(shortLived.sandbox.baseUrl(), ID, SECRET, store, okHttp, clock)
          .exchangeCode(shortLived.sandbox.issueAuthorizationCode(ID));
      try (HelpScout client = TestHooks.clock(HelpScout.builder().baseUrl(shortLived.sandbox.baseUrl()).userTokens(ID, SECRET, store),
          clock).build()) {
        // A pair from the store has no known lifetime: half a minute of margin, so 3 minutes is usable.
        for (int i = 0; i < 4; i++) {
          client.conversations().create(Fixture.conversation("bear@acme.com").build());
        }
        assertEquals(1, shortLived.sandbox.accessTokensIssued());

        clock.advance(Duration.ofMinutes(2).plusSeconds(40));
        client.conversations().create(Fixture.conversation("bear@acme.com").build());
        assertEquals(2, shortLived.sandbox.accessTokensIssued());
        // The renewed token's lifetime is known: renewed within its last tenth (18 s), not before.
        clock.advance(Duration.ofMinutes(2).plusSeconds(30));
        client.conversations().create(Fixture.conversation("bear@acme.com").build());
        assertEquals(2, shortLived.sandbox.accessTokensIssued());
      }
    }
  }

  @Test
  void anAuthorizationCodeExpiresAndBelongsToItsApplication() {
    String code = f.sandbox.issueAuthorizationCode(ID);
    clock.advance(Duration.ofMinutes(10));
    HttpResponse<String> expired = tokenForm("grant_type=authorization_code&code=" + code + "&client_id=" + ID
        + "&client_secret=" + SECRET);
    assertEquals(400, expired.statusCode());
    assertEquals("invalid_request", Fixture.json(expired).get("error").asText());

    try (Fixture two = new Fixture(SandboxOptions.builder().addClient("other", "other-secret"), c -> {})) {
      String others = two.sandbox.issueAuthorizationCode("other");
      HttpResponse<String> r = two.send(HttpRequest.newBuilder(two.uri("v2/oauth2/token"))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString("grant_type=authorization_code&code=" + others + "&client_id="
              + ID + "&client_secret=" + SECRET)));
      assertEquals(400, r.statusCode());
    }
    assertThrows(IllegalArgumentException.class, () -> f.sandbox.issueAuthorizationCode("nobody"));
  }

  @Test
  void refreshTokensRotateAndTheOldOneDies() {
    JsonNode first = Fixture.json(tokenForm("grant_type=authorization_code&code="
        + f.sandbox.issueAuthorizationCode(ID) + "&client_id=" + ID + "&client_secret=" + SECRET));
    String r1 = first.get("refresh_token").asText();

    HttpResponse<String> refreshed = tokenForm("grant_type=refresh_token&refresh_token=" + r1 + "&client_id=" + ID
        + "&client_secret=" + SECRET);
    assertEquals(200, refreshed.statusCode());
    String r2 = Fixture.json(refreshed).get("refresh_token").asText();
    assertNotEquals(r1, r2);
    assertNotEquals(first.get("access_token").asText(), Fixture.json(refreshed).get("access_token").asText());

    HttpResponse<String> reused = tokenForm("grant_type=refresh_token&refresh_token=" + r1 + "&client_id=" + ID
        + "&client_secret=" + SECRET);
    assertEquals(400, reused.statusCode());
    JsonNode error = Fixture.json(reused);
    assertEquals("invalid_request", error.get("error").asText());
    assertEquals("Invalid refresh_token", error.get("error_description").asText());

    assertEquals(200, tokenForm("grant_type=refresh_token&refresh_token=" + r2 + "&client_id=" + ID
        + "&client_secret=" + SECRET).statusCode());
  }

  @Test
  void theClientRefreshesAnExpiredUserTokenAndStoresTheRotatedOne() {
    TokenStore store = TokenStore.inMemory(null);
    HelpScout.oauth(f.sandbox.baseUrl(), ID, SECRET, store, okHttp, clock)
        .exchangeCode(f.sandbox.issueAuthorizationCode(ID));
    String firstRefresh = store.load().refreshToken();

    try (HelpScout client = TestHooks.clock(HelpScout.builder().baseUrl(f.sandbox.baseUrl()).userTokens(ID, SECRET, store),
        clock).build()) {
      long id = client.conversations().create(Fixture.conversation("bear@acme.com").build()).requireId();
      clock.advance(Duration.ofHours(3));
      client.threads().createNote(id, NoteThread.builder().text("later").build());
    }

    String secondRefresh = store.load().refreshToken();
    assertNotEquals(firstRefresh, secondRefresh);
    TokenRequestException dead = assertThrows(TokenRequestException.class, () -> endpoint(SECRET).refresh(firstRefresh));
    assertEquals("Invalid refresh_token", dead.errorDescription());
    assertTrue(endpoint(SECRET).refresh(secondRefresh).refreshToken() != null);
  }

  @Test
  void theTokenEndpointSaysWhatIsWrongInOAuthTerms() {
    assertOAuthError(tokenForm("client_id=" + ID + "&client_secret=" + SECRET), 400, "invalid_request");
    assertOAuthError(tokenForm("grant_type=password&client_id=" + ID + "&client_secret=" + SECRET), 400,
        "unsupported_grant_type");
    assertOAuthError(tokenForm("grant_type=client_credentials"), 400, "invalid_request");
    assertOAuthError(tokenForm("grant_type=client_credentials&client_id=nobody&client_secret=x"), 401,
        "invalid_client");
    assertOAuthError(tokenForm("grant_type=refresh_token&client_id=" + ID + "&client_secret=" + SECRET), 400,
        "invalid_request");
    assertOAuthError(token("application/json", "[1,2]"), 400, "invalid_request");
    assertOAuthError(token("application/json", "{nope"), 400, "invalid_request");
    assertOAuthError(token("text/plain", "grant_type=client_credentials"), 415, "invalid_request");
    assertOAuthError(tokenForm("grant_type=%ZZ"), 400, "invalid_request");
  }

  private static void assertOAuthError(HttpResponse<String> r, int status, String error) {
    assertEquals(status, r.statusCode(), r.body());
    JsonNode json = Fixture.json(r);
    assertEquals(error, json.get("error").asText());
    assertTrue(json.hasNonNull("error_description"));
    assertTrue(r.headers().firstValue("Correlation-Id").isPresent());
  }
}
