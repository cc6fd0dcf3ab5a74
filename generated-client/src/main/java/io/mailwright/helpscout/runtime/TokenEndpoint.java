package io.mailwright.helpscout.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import okhttp3.ResponseBody;

/**
 * The OAuth 2 token endpoint ({@code POST /v2/oauth2/token}) and its three grants. Never puts a
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

  public TokenEndpoint(OkHttpClient http, HttpUrl url, Clock clock, String clientId, String clientSecret) {
    this.http = http;
    this.url = url;
    this.clock = clock;
    this.clientId = clientId;
    this.clientSecret = clientSecret;
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
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", grant);
    form.putAll(parameters);
    form.put("client_id", clientId);
    form.put("client_secret", clientSecret);
    FormBody.Builder body = new FormBody.Builder();
    form.forEach(body::add);
    Request request = new Request.Builder().url(url).post(body.build()).tag(TokenEndpoint.class, this).build();
    Instant sent = clock.instant();
    try (Response response = http.newCall(request).execute()) {
      ResponseBody responseBody = response.body();
      String text = responseBody == null ? "" : responseBody.string();
      JsonNode json = parse(text);
      if (!response.isSuccessful()) {
        String error = json == null ? null : text(json, "error");
        ErrorContext context = new ErrorContext("POST", url.encodedPath(), response.code(), response.message(),
            response.header("Correlation-Id"), json == null ? null : text(json, "message"));
        throw new TokenRequestException(context, grant, error == null ? "no OAuth error in the response" : error,
            json == null ? null : text(json, "error_description"));
      }
      String access = json == null ? null : text(json, "access_token");
      if (access == null) {
        throw new AuthenticationException(new ErrorContext("POST", url.encodedPath(), response.code(),
            response.message(), response.header("Correlation-Id"), null),
            "the token endpoint answered without an access_token");
      }
      Duration lifetime = json.hasNonNull("expires_in") ? Duration.ofSeconds(json.get("expires_in").asLong())
          : DEFAULT_LIFETIME;
      return new Token(access, sent.plus(lifetime), lifetime, text(json, "refresh_token"));
    } catch (IOException e) {
      throw new TransportException("POST " + url.encodedPath() + " (" + grant + " grant) failed: " + e, e);
    }
  }

  private static JsonNode parse(String text) {
    try {
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
