package io.mailwright.helpscout;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mailwright.runtime.BadRequestException;
import io.mailwright.runtime.MailwrightException;
import io.mailwright.runtime.TokenRequestException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * A proxy (or a broken server) that echoes the request's credentials back: in the error message, a
 * rejected value, an HTML page, the OAuth error_description, a response header, the status line. The
 * client's known secrets are cut out of everything it shows.
 */
class EchoingProxyRedactionTest {
  private static final String CANARY = "cAnArY";
  private static final String SECRET = CANARY + "-client-secret-91b2";

  @StartStop
  final MockWebServer server = new MockWebServer();

  private final List<String> log = new CopyOnWriteArrayList<>();
  private final List<String> shown = new ArrayList<>();

  /** What the request carried that is secret: the bearer token, or the client secret of the form. */
  private static String secretOf(RecordedRequest request) {
    String auth = request.getHeaders().get("Authorization");
    if (auth != null) {
      return auth.substring("Bearer ".length());
    }
    String body = request.getBody().utf8();
    return body.replaceAll(".*client_secret=([^&]*).*", "$1");
  }

  private void serve(Function<String, MockResponse> api, Function<String, MockResponse> token) {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        String secret = secretOf(request);
        if (request.getUrl().encodedPath().endsWith(FakeAuthServer.TOKEN_PATH)) {
          return token != null ? token.apply(secret)
              : FakeAuthServer.token(CANARY + "-access-1", 7200, null);
        }
        return api.apply(secret);
      }
    });
  }

  private void fails(Executable call) {
    Throwable t = assertThrows(Throwable.class, call);
    assertInstanceOf(MailwrightException.class, t, () -> "not the client's exception: " + t);
    StringWriter trace = new StringWriter();
    t.printStackTrace(new PrintWriter(trace));
    shown.add(trace.toString());
    if (t instanceof BadRequestException b) {
      b.fieldErrors().forEach(f -> shown.add(f.path() + f.message() + f.rejectedValue() + f.code()));
    }
    if (t instanceof TokenRequestException r) {
      shown.add(r.error() + " " + r.errorDescription());
    }
  }

  private void assertNothingShown() {
    assertFalse(log.isEmpty());
    for (String text : shown) {
      assertFalse(text.contains(CANARY), text);
    }
    for (String line : log) {
      assertFalse(line.contains(CANARY), line);
    }
  }

  private HelpScout client() {
    return HelpScout.builder().baseUrl(server.url("/").toString()).clientCredentials("app", SECRET).httpLog(log::add)
        .build();
  }

  @Test
  void anEchoedAccessTokenIsCutOutOfEveryMessageValueSnippetAndLoggedHeader() {
    List<Function<String, MockResponse>> echoes = List.of(
        s -> new MockResponse.Builder().code(400).addHeader("Content-Type", "application/vnd.error+json")
            .addHeader("X-Echo", "Bearer " + s).addHeader("Correlation-Id", "id-" + s)
            .body("{\"logRef\":\"" + s + "\",\"message\":\"bad token " + s + "\",\"_embedded\":{\"errors\":[{\"path\":\"text\","
                + "\"message\":\"" + s + " is wrong\",\"rejectedValue\":\"" + s + "\"}]}}").build(),
        s -> new MockResponse.Builder().code(502).addHeader("Content-Type", "text/html")
            .body("<html><body>upstream refused Authorization: Bearer " + s + "</body></html>").build(),
        s -> new MockResponse.Builder().code(500).status("HTTP/1.1 500 " + s).body("").build(),
        s -> new MockResponse.Builder().code(404).addHeader("Content-Type", "application/json")
            .body("{\"message\":\"no " + s + "\"}").build());
    for (Function<String, MockResponse> echo : echoes) {
      serve(echo, null);
      try (HelpScout client = client()) {
        fails(() -> client.threads().createNote(123, RuntimeFixtures.note()));
      }
    }
    assertNothingShown();
  }

  @Test
  void anEchoedClientSecretIsCutOutOfTheTokenEndpointsRefusal() {
    serve(s -> RuntimeFixtures.created(1), s -> new MockResponse.Builder().code(401)
        .addHeader("Content-Type", "application/json").addHeader("X-Echo", s)
        .body("{\"error\":\"invalid_client " + s + "\",\"error_description\":\"client_secret=" + s + " is wrong\","
            + "\"message\":\"" + s + "\"}").build());
    try (HelpScout client = client()) {
      fails(() -> client.threads().createNote(123, RuntimeFixtures.note()));
    }
    assertNothingShown();
    assertTrue(shown.stream().anyMatch(t -> t.contains("██")), shown.toString());
  }
}
