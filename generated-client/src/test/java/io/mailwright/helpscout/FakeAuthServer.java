package io.mailwright.helpscout;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * Help Scout's token endpoint and a create endpoint behind it, on a MockWebServer: the endpoint
 * answers 201 to a bearer token it issued (and not revoked), 401 to any other.
 */
final class FakeAuthServer extends Dispatcher {
  static final String TOKEN_PATH = "/v2/oauth2/token";

  /** The form parameters of each token request, in order. */
  final List<Map<String, String>> tokenRequests = new CopyOnWriteArrayList<>();
  /** The path of each token request, in order. */
  final List<String> tokenPaths = new CopyOnWriteArrayList<>();
  /** The Authorization header of each API request, in order. */
  final List<String> apiAuthorizations = new CopyOnWriteArrayList<>();
  /** The bodies of the API requests, in order. */
  final List<String> apiBodies = new CopyOnWriteArrayList<>();
  final Set<String> validTokens = ConcurrentHashMap.newKeySet();
  final AtomicInteger issued = new AtomicInteger();
  volatile long expiresIn = 7200;
  /** Answers a token request; by default issues a new valid access token for any grant. */
  volatile Function<Map<String, String>, MockResponse> tokenResponder = this::issue;

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    if (request.getUrl().encodedPath().endsWith(TOKEN_PATH)) {
      tokenPaths.add(request.getUrl().encodedPath());
      Map<String, String> form = form(request.getBody().utf8());
      form.put("Content-Type", request.getHeaders().get("Content-Type"));
      tokenRequests.add(form);
      return tokenResponder.apply(form);
    }
    String authorization = request.getHeaders().get("Authorization");
    apiAuthorizations.add(authorization);
    apiBodies.add(request.getBody() == null ? "" : request.getBody().utf8());
    if (authorization != null && authorization.startsWith("Bearer ")
        && validTokens.contains(authorization.substring("Bearer ".length()))) {
      return RuntimeFixtures.created(apiAuthorizations.size());
    }
    return new MockResponse.Builder().code(401).addHeader("Content-Type", "application/vnd.error+json")
        .addHeader("Correlation-Id", "c0ffee#" + apiAuthorizations.size())
        .body("{\"logRef\":\"c0ffee#" + apiAuthorizations.size() + "\",\"message\":\"Unauthorized\"}").build();
  }

  /** Issues access token {@code access-N}, valid at the API; adds refresh token {@code refresh-N} for the user grants. */
  MockResponse issue(Map<String, String> form) {
    int n = issued.incrementAndGet();
    String access = "access-" + n;
    validTokens.add(access);
    return token(access, expiresIn, form.get("grant_type").equals("client_credentials") ? null : "refresh-" + n);
  }

  static MockResponse token(String access, long expiresIn, String refresh) {
    String json = "{\"token_type\":\"bearer\",\"access_token\":\"" + access + "\",\"expires_in\":" + expiresIn
        + (refresh == null ? "" : ",\"refresh_token\":\"" + refresh + "\"") + "}";
    return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body(json).build();
  }

  static MockResponse oauthError(int code, String error, String description) {
    return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json")
        .body("{\"error\":\"" + error + "\",\"error_description\":\"" + description + "\"}").build();
  }

  static Map<String, String> form(String body) {
    Map<String, String> form = new LinkedHashMap<>();
    if (body.isEmpty()) {
      return form;
    }
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
          URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return form;
  }
}
