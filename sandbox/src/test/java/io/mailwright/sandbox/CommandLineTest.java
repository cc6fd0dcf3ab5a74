package io.mailwright.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code java -jar helpscout-sandbox.jar}: its options, and the test hooks it serves over HTTP. */
class CommandLineTest {
  @Test
  void defaultsServeOnPort8080WithTheDefaultApplication() {
    SandboxOptions o = SandboxMain.parse(new String[0]);

    assertEquals(8080, o.port());
    assertEquals(Map.of(SandboxOptions.DEFAULT_CLIENT_ID, SandboxOptions.DEFAULT_CLIENT_SECRET), o.clients());
    assertEquals(400, o.rateLimitPerMinute());
    assertNull(o.lockConversationsOlderThan());
  }

  @Test
  void everyOptionIsRead() {
    SandboxOptions o = SandboxMain.parse(new String[] {"--port", "9090", "--client-id", "app", "--client-secret", "s3",
        "--rate-limit", "10", "--token-lifetime", "60", "--max-request-bytes", "1024", "--lock-older-than-days", "30",
        "--read-timeout", "5", "--write-timeout", "7"});

    assertEquals(9090, o.port());
    assertEquals(Map.of("app", "s3"), o.clients());
    assertEquals(10, o.rateLimitPerMinute());
    assertEquals(Duration.ofSeconds(60), o.tokenLifetime());
    assertEquals(1024, o.maxRequestBytes());
    assertEquals(Duration.ofDays(30), o.lockConversationsOlderThan());
    assertEquals(Duration.ofSeconds(5), o.readTimeout());
    assertEquals(Duration.ofSeconds(7), o.writeTimeout());
  }

  @Test
  void mailboxesAndDroppedAnswers() {
    SandboxOptions o = SandboxMain.parse(new String[] {"--mailbox", "85", "--mailbox", "200",
        "--drop-write-answers", "0.25", "--fault-seed", "42"});

    assertEquals(List.of(85L, 200L), o.mailboxes().stream().map(Account.Mailbox::id).toList());
    assertEquals(0.25, o.dropWriteAnswers());
    assertEquals(42, o.faultSeed());
    assertEquals(List.of(85L), SandboxMain.parse(new String[0]).mailboxes().stream().map(Account.Mailbox::id).toList());
    assertThrows(IllegalArgumentException.class, () -> SandboxMain.parse(new String[] {"--drop-write-answers", "2"}));
    assertThrows(IllegalArgumentException.class, () -> SandboxMain.parse(new String[] {"--drop-write-answers", "x"}));
    assertThrows(IllegalArgumentException.class, () -> SandboxMain.parse(new String[] {"--mailbox", "85",
        "--mailbox", "85"}));
  }

  @Test
  void helpAndMistakes() {
    assertNull(SandboxMain.parse(new String[] {"--help"}));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> SandboxMain.parse(new String[] {"--port", "x"}))
        .getMessage().contains("--port"));
    assertThrows(IllegalArgumentException.class, () -> SandboxMain.parse(new String[] {"--verbose", "1"}));
    assertThrows(IllegalArgumentException.class, () -> SandboxMain.parse(new String[] {"--port"}));
    assertThrows(IllegalArgumentException.class, () -> SandboxMain.parse(new String[] {"--rate-limit", "1"}));
  }

  @Test
  void authorizationCodesAndNotificationsAreServedUnderSandbox() {
    try (Fixture f = new Fixture()) {
      HttpResponse<String> issued = f.send(HttpRequest.newBuilder(f.uri("sandbox/authorization-codes?client_id="
          + SandboxOptions.DEFAULT_CLIENT_ID)).POST(HttpRequest.BodyPublishers.noBody()));
      assertEquals(201, issued.statusCode());
      String code = Fixture.json(issued).get("code").asText();
      HttpResponse<String> exchanged = f.send(HttpRequest.newBuilder(f.uri("v2/oauth2/token"))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString("grant_type=authorization_code&code=" + code + "&client_id="
              + SandboxOptions.DEFAULT_CLIENT_ID + "&client_secret=" + SandboxOptions.DEFAULT_CLIENT_SECRET)));
      assertEquals(200, exchanged.statusCode(), exchanged.body());

      assertEquals(400, f.send(HttpRequest.newBuilder(f.uri("sandbox/authorization-codes?client_id=nobody"))
          .POST(HttpRequest.BodyPublishers.noBody())).statusCode());

      long id = f.createConversation("bear@acme.com");
      JsonNode notifications = Fixture.ok(f.send(HttpRequest.newBuilder(f.uri("sandbox/notifications")).GET()));
      assertEquals(1, notifications.size());
      assertEquals("USER_NOTIFICATION", notifications.get(0).get("kind").asText());
      assertEquals(id, notifications.get(0).get("conversationId").asLong());
    }
  }

  @Test
  void theBannerSaysWhereTheSandboxAnswersAndWithWhichApplication() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Sandbox sandbox = SandboxMain.start(new String[] {"--port", "0", "--client-id", "app", "--client-secret", "s3",
        "--rate-limit", "10", "--mailbox", "85", "--mailbox", "200", "--drop-write-answers", "0.5"},
        new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      String base = sandbox.baseUrl();
      assertEquals(String.join(System.lineSeparator(),
          "Help Scout sandbox listening on " + base,
          "  token endpoint  POST " + base + "v2/oauth2/token",
          "  client id       app",
          "  client secret   s3",
          "  rate limit      10 per minute (writes count 2)",
          "  test hooks      POST " + base + "sandbox/merge?from=A&into=B",
          "                  POST " + base + "sandbox/authorization-codes?client_id=ID",
          "                  GET  " + base + "sandbox/notifications",
          "                  POST " + base + "sandbox/faults?dropNextWriteAnswers=N&dropWriteAnswers=SHARE",
          "  mailboxes       [85, 200]",
          "  dropping        the answers of 0.5 of successful writes",
          "Stop with Ctrl-C.", ""), out.toString(StandardCharsets.UTF_8));
      HttpResponse<String> token = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "v2/oauth2/token"))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id=app&client_secret=s3")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, token.statusCode(), "the endpoint the banner names answers with the application it names");
    } finally {
      sandbox.close();
    }
    ByteArrayOutputStream quiet = new ByteArrayOutputStream();
    try (Sandbox plain = SandboxMain.start(new String[] {"--port", "0"}, new PrintStream(quiet, true, StandardCharsets.UTF_8))) {
      assertTrue(!quiet.toString(StandardCharsets.UTF_8).contains("dropping"), "no answers dropped, no line about it at " + plain.baseUrl());
    }
  }

  @Test
  void helpPrintsTheUsageAndStartsNothing() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    assertNull(SandboxMain.start(new String[] {"--help"}, new PrintStream(out, true, StandardCharsets.UTF_8)));

    String usage = out.toString(StandardCharsets.UTF_8);
    assertTrue(usage.startsWith("usage: java -jar helpscout-sandbox.jar [options]"), usage);
    for (String option : List.of("--port", "--client-id", "--client-secret", "--rate-limit", "--token-lifetime",
        "--max-request-bytes", "--lock-older-than-days", "--read-timeout", "--write-timeout", "--mailbox",
        "--drop-write-answers", "--fault-seed", "--help")) {
      assertTrue(usage.contains("  " + option + " "), option);
    }
  }
}
