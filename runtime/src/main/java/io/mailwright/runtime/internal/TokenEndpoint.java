package io.mailwright.runtime.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mailwright.runtime.AuthenticationException;
import io.mailwright.runtime.ErrorContext;
import io.mailwright.runtime.OAuth;
import io.mailwright.runtime.TokenRequestException;
import io.mailwright.runtime.TransportException;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The OAuth 2 token endpoint (its path is the API's, {@link ApiProtocol#tokenPath()}) and its three grants. Never puts a
 * secret into a message or a log: the form body is not logged, errors quote only the endpoint's
 * {@code error} and {@code error_description}.
 */
public final class TokenEndpoint {
  /** The lifetime assumed when a token response has no {@code expires_in} (Help Scout's usual one). */
  static final Duration DEFAULT_LIFETIME = Duration.ofHours(2);

  private static final ObjectMapper JSON = new ObjectMapper();

  private final OkHttpClient http;
  private final HttpUrl url;
  private final Clock clock;
  private final String clientId;
  private final String clientSecret;
  private final Secrets secrets;
  private final ApiProtocol protocol;

  /** A token endpoint on its own: its error bodies are read as OAuth 2's, with no API's correlation id. */
  public TokenEndpoint(OkHttpClient http, HttpUrl url, Clock clock, String clientId, String clientSecret) {
    this(http, url, clock, clientId, clientSecret, new Secrets(), ApiProtocol.PLAIN_HTTP);
  }

  /** The token endpoint of an API: its correlation-id header and error message as the API's protocol says. */
  public TokenEndpoint(OkHttpClient http, HttpUrl url, Clock clock, String clientId, String clientSecret,
      ApiProtocol protocol) {
    this(http, url, clock, clientId, clientSecret, new Secrets(), protocol);
  }

  TokenEndpoint(OkHttpClient http, HttpUrl url, Clock clock, String clientId, String clientSecret, Secrets secrets,
      ApiProtocol protocol) {
    this.protocol = protocol;
    this.http = http;
    this.url = url;
    this.clock = clock;
    this.clientId = clientId;
    this.clientSecret = clientSecret;
    this.secrets = secrets;
    secrets.clientSecret(clientSecret);
  }

  /** The longest {@code expires_in} taken (about 68 years); more is not a lifetime but a broken answer. */
  static final long MAX_EXPIRES_IN = Integer.MAX_VALUE;

  /**
   * Why a token cannot be sent as {@code Authorization: Bearer <token>}, or {@code null} when it can:
   * empty, or holding a character outside visible ASCII (a CR/LF would split the header).
   */
  static String unusable(String token) {
    if (token.isEmpty()) {
      return "it is empty";
    }
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c < 0x21 || c > 0x7e) {
        return "it holds a character that is not visible ASCII (at index " + i + ")";
      }
    }
    return null;
  }

  /** A token answered by the endpoint; {@code refreshToken} is {@code null} for client credentials. */
  public record Token(String accessToken, Instant expiresAt, Duration lifetime, String refreshToken) {
    @Override
    public String toString() {
      return "Token[redacted, expiresAt=" + expiresAt + "]";
    }
  }

  public Token clientCredentials() {
    return request("client_credentials", Map.of());
  }

  public Token authorizationCode(String code) {
    return request("authorization_code", Map.of("code", code));
  }

  public Token refresh(String refreshToken) {
    return request("refresh_token", Map.of("refresh_token", refreshToken));
  }

  private Token request(String grant, Map<String, String> parameters) {
    parameters.values().forEach(secrets::add);
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", grant);
    form.putAll(parameters);
    form.put("client_id", clientId);
    form.put("client_secret", clientSecret);
    FormBody.Builder body = new FormBody.Builder();
    form.forEach(body::add);
    Request request = new Request.Builder().url(url).post(body.build()).tag(TokenEndpoint.class, this).build();
    Instant sent = clock.instant();
    try (Response response = execute(request)) {
      // At most 64 KiB: a token answer is a few hundred bytes, and a server must not fill the heap.
      Bodies.Prefix prefix = Bodies.read(response.body());
      String text = prefix.text();
      JsonNode json = parse(text);
      ErrorContext context = new ErrorContext("POST", url.encodedPath(), response.code(),
          secrets.redact(response.message()), secrets.redact(ApiProtocol.header(response, protocol.correlationIdHeader())),
          secrets.redact(ApiProtocol.ErrorBody.text(json, protocol.errorBody().message())));
      if (!response.isSuccessful()) {
        String error = json == null ? null : secrets.redact(text(json, "error"));
        TokenRequestException e = new TokenRequestException(context, grant,
            error == null ? "no OAuth error in the response" : error,
            json == null ? null : secrets.redact(text(json, "error_description")));
        if (prefix.unreadable()) {
          Friends.hooks().markBodyUnreadable(e, secrets.redact(prefix.failure()));
        }
        throw e;
      }
      if (prefix.unreadable()) {
        throw invalid(context, grant, "its body could not be read (" + secrets.redact(prefix.failure().toString()) + ")");
      }
      if (json == null) {
        throw invalid(context, grant, "its body is not a JSON object");
      }
      JsonNode accessNode = json.get("access_token");
      if (accessNode == null || accessNode.isNull()) {
        throw invalid(context, grant, "it has no access_token");
      }
      if (!accessNode.isTextual()) {
        throw invalid(context, grant, "its access_token is not a string");
      }
      String access = accessNode.asText();
      secrets.add(access);
      String problem = unusable(access);
      if (problem != null) {
        throw invalid(context, grant, "its access_token cannot be sent: " + problem);
      }
      JsonNode refreshNode = json.get("refresh_token");
      String refresh = null;
      if (refreshNode != null && !refreshNode.isNull()) {
        refresh = refreshNode.isTextual() ? refreshNode.asText() : null;
        secrets.add(refresh);
        String refreshProblem = refresh == null ? "it is not a string" : unusable(refresh);
        if (refreshProblem != null) {
          throw invalid(context, grant, "its refresh_token cannot be used: " + refreshProblem);
        }
      }
      if (refresh == null && grant.equals("authorization_code")) {
        // A user's tokens are renewed with the refresh token: without one they cannot be kept.
        throw invalid(context, grant, "it has no refresh_token");
      }
      Duration lifetime = lifetime(json.get("expires_in"), context, grant);
      return new Token(access, sent.plus(lifetime), lifetime, refresh);
    } catch (IOException e) {
      throw new TransportException("POST " + url.encodedPath() + " (" + grant + " grant) failed: "
          + secrets.redact(e.toString()), secrets.redact(e));
    }
  }

  /** Sends the request; a pooled connection found closed before it was written is replaced, a few times at most. */
  private Response execute(Request request) throws IOException {
    for (int stale = 0; ; stale++) {
      try {
        return http.newCall(request).execute();
      } catch (Interceptors.StaleConnection e) {
        if (stale == 8) {
          throw e;
        }
      } catch (IOException | RuntimeException | Error e) {
        throw e;
      } catch (Exception e) {
        throw Interceptors.undeclared(e);   // OkHttp's undeclared InterruptedException
      }
    }
  }

  /** {@code expires_in}: whole seconds, 0 to {@link #MAX_EXPIRES_IN}; absent, the usual two hours. */
  private static Duration lifetime(JsonNode expiresIn, ErrorContext context, String grant) {
    if (expiresIn == null || expiresIn.isNull()) {
      return DEFAULT_LIFETIME;
    }
    java.math.BigInteger seconds;
    if (expiresIn.isIntegralNumber()) {
      seconds = expiresIn.bigIntegerValue();
    } else if (expiresIn.isNumber() && Double.isFinite(expiresIn.doubleValue())) {
      seconds = expiresIn.decimalValue().toBigInteger();
    } else if (expiresIn.isTextual() && expiresIn.asText().trim().matches("-?[0-9]{1,30}")) {
      seconds = new java.math.BigInteger(expiresIn.asText().trim());
    } else {
      throw invalid(context, grant, "its expires_in is not a whole number of seconds");
    }
    if (seconds.signum() < 0 || seconds.compareTo(java.math.BigInteger.valueOf(MAX_EXPIRES_IN)) > 0) {
      throw invalid(context, grant, "its expires_in (" + seconds + ") is not between 0 and " + MAX_EXPIRES_IN
          + " seconds");
    }
    return Duration.ofSeconds(seconds.longValueExact());
  }

  private static AuthenticationException invalid(ErrorContext context, String grant, String why) {
    return new AuthenticationException(context, "the token endpoint answered the " + grant
        + " grant with a token the client cannot use: " + why + "; no token was taken");
  }

  private static JsonNode parse(String text) {
    try {
      if (text.isBlank()) {
        return null;
      }
      JsonNode node = JSON.readTree(text);
      return node != null && node.isObject() ? node : null;
    } catch (IOException e) {
      return null;
    }
  }

  private static String text(JsonNode json, String field) {
    JsonNode n = json.get(field);
    return n == null || n.isNull() ? null : n.asText();
  }

  @Override
  public String toString() {
    return "TokenEndpoint[" + url + ", clientId=" + clientId + ", clientSecret=redacted]";
  }
}
