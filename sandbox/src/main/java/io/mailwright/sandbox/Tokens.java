package io.mailwright.sandbox;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The OAuth 2 side of the sandbox: the token endpoint's three grants (client credentials,
 * authorization code, refresh), and the check of the bearer token of every API call. Access tokens
 * expire by the clock; refresh tokens rotate (each refresh kills the one it used); authorization
 * codes are issued by a test hook, expire, and work once.
 */
final class Tokens {
  private record Code(String clientId, Instant expiresAt) {}

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Map<String, String> clients;
  private final Clock clock;
  private final Duration lifetime;
  private final Duration codeLifetime;
  /** Access tokens and when each expires. */
  private final Map<String, Instant> access = new ConcurrentHashMap<>();
  private final Map<String, String> refresh = new ConcurrentHashMap<>();
  private final Map<String, Code> codes = new ConcurrentHashMap<>();
  private final AtomicInteger accessTokensIssued = new AtomicInteger();

  Tokens(SandboxOptions options) {
    this.clients = options.clients();
    this.clock = options.clock();
    this.lifetime = options.tokenLifetime();
    this.codeLifetime = options.authorizationCodeLifetime();
  }

  /** What the user's redirect would bring back after authorizing {@code clientId}. */
  String issueCode(String clientId) {
    if (!clients.containsKey(clientId)) {
      throw new IllegalArgumentException("unknown client id " + clientId);
    }
    String code = random();
    codes.put(code, new Code(clientId, clock.instant().plus(codeLifetime)));
    return code;
  }

  int accessTokensIssued() {
    return accessTokensIssued.get();
  }

  /** Whether an API call may go on with this {@code Authorization} header. */
  boolean authorizes(String authorization) {
    if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return false;
    }
    String token = authorization.substring(7).trim();
    Instant expiresAt = access.get(token);
    if (expiresAt == null) {
      return false;
    }
    if (!clock.instant().isBefore(expiresAt)) {
      access.remove(token, expiresAt);
      return false;
    }
    return true;
  }

  /**
   * Answers a token request.
   *
   * @throws HttpError an OAuth error ({@code invalid_request}, {@code invalid_client},
   *     {@code unsupported_grant_type})
   */
  ObjectNode grant(Map<String, String> p) {
    String grant = p.get("grant_type");
    if (blank(grant)) {
      throw HttpError.oauth(400, "invalid_request", "Missing grant_type");
    }
    if (!grant.equals("client_credentials") && !grant.equals("authorization_code") && !grant.equals("refresh_token")) {
      throw HttpError.oauth(400, "unsupported_grant_type", "Unsupported grant_type " + grant);
    }
    String clientId = p.get("client_id");
    String secret = p.get("client_secret");
    if (blank(clientId) || blank(secret)) {
      throw HttpError.oauth(400, "invalid_request", "Missing client_id or client_secret");
    }
    if (!secret.equals(clients.get(clientId))) {
      throw HttpError.oauth(401, "invalid_client", "Invalid client credentials");
    }
    switch (grant) {
      case "client_credentials":
        return answer(clientId, false);
      case "authorization_code": {
        String code = p.get("code");
        if (blank(code)) {
          throw HttpError.oauth(400, "invalid_request", "Missing code");
        }
        Code c = codes.remove(code);
        if (c == null || !c.clientId().equals(clientId) || !clock.instant().isBefore(c.expiresAt())) {
          throw HttpError.oauth(400, "invalid_request", "Invalid authorization code");
        }
        return answer(clientId, true);
      }
      default: {
        String token = p.get("refresh_token");
        if (blank(token)) {
          throw HttpError.oauth(400, "invalid_request", "Missing refresh_token");
        }
        // Rotation: the token is taken out as it is used; a second use (or a race) finds it gone.
        if (!clientId.equals(refresh.get(token)) || !refresh.remove(token, clientId)) {
          throw HttpError.oauth(400, "invalid_request", "Invalid refresh_token");
        }
        return answer(clientId, true);
      }
    }
  }

  private ObjectNode answer(String clientId, boolean withRefresh) {
    String token = random();
    access.put(token, clock.instant().plus(lifetime));
    accessTokensIssued.incrementAndGet();
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("token_type", "bearer");
    body.put("access_token", token);
    body.put("expires_in", lifetime.toSeconds());
    if (withRefresh) {
      String next = random();
      refresh.put(next, clientId);
      body.put("refresh_token", next);
    }
    return body;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String random() {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
