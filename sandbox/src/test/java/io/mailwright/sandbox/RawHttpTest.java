package io.mailwright.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the generated client cannot send: malformed bodies, other content types, no token, other paths. */
class RawHttpTest {
  private static final String CONVERSATION = "{\"subject\":\"S\",\"mailboxId\":85,\"type\":\"email\",\"status\":\"active\","
      + "\"customer\":{\"email\":\"bear@acme.com\"},\"threads\":[{\"type\":\"note\",\"text\":\"n\"}]}";

  private final Fixture f = new Fixture(SandboxOptions.builder().maxRequestBytes(64 * 1024), c -> {});

  @AfterEach
  void close() {
    f.close();
  }

  /** A Help Scout vnd.error: its content type, and a logRef equal to the Correlation-Id. */
  private static JsonNode vndError(HttpResponse<String> r, int status) {
    assertEquals(status, r.statusCode(), r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("application/vnd.error+json"));
    JsonNode body = Fixture.json(r);
    assertEquals(r.headers().firstValue("Correlation-Id").orElseThrow(), body.get("logRef").asText());
    assertEquals("http://developer.helpscout.net/mailbox-api/overview/errors",
        body.get("_links").get("about").get("href").asText());
    return body;
  }

  private static List<String> paths(JsonNode error) {
    return error.path("_embedded").path("errors").findValuesAsText("path");
  }

  @Test
  void malformedJsonIs400WithHelpScoutsMessageAndTheParsersReason() {
    JsonNode error = vndError(f.postJson("v2/conversations", "{\"subject\": \"S\",\n \"mailboxId\": 85,,}"), 400);

    assertEquals("Error parsing request body into JSON", error.get("message").asText());
    assertTrue(error.get("detail").asText().contains("line 2"), error.get("detail").asText());
    assertFalse(error.has("_embedded"), "no field errors for a body that is not JSON");
  }

  @Test
  void bodiesThatAreNotAJsonObjectAre400() {
    for (String body : List.of("", "null", "[]", "\"text\"", "42", "{}x", "{\"subject\":", "{\"a\":1} {\"b\":2}")) {
      JsonNode error = vndError(f.postJson("v2/conversations/1/notes", body), 400);
      assertEquals("Error parsing request body into JSON", error.get("message").asText(), body);
    }
  }

  @Test
  void aValueOfTheWrongJsonTypeIs400AtItsPath() {
    JsonNode mailbox = vndError(f.postJson("v2/conversations", CONVERSATION.replace("85", "{}")), 400);
    assertEquals(List.of("mailboxId"), paths(mailbox));

    JsonNode imported = vndError(f.postJson("v2/conversations",
        CONVERSATION.replace("\"text\":\"n\"", "\"text\":\"n\",\"imported\":\"maybe\"")), 400);
    assertEquals(List.of("threads[0].imported"), paths(imported));

    JsonNode attachments = vndError(f.postJson("v2/conversations/1/notes",
        "{\"text\":\"n\",\"attachments\":{\"fileName\":\"a\"}}"), 400);
    assertEquals(List.of("attachments"), paths(attachments));
  }

  /**
   * What Help Scout was seen to take: a number also as a string of digits ({@code "mailboxId": "85"},
   * recorded). What it was never seen to take is refused: a number for a string, anything but
   * {@code true}/{@code false} for a boolean, a fraction or a non-numeric string for a number.
   */
  @Test
  void jsonTypesAreTakenAsHelpScoutWasSeenToTakeThem() {
    HttpResponse<String> asString = f.postJson("v2/conversations", CONVERSATION.replace("85", "\"85\""));
    assertEquals(201, asString.statusCode());
    long id = Long.parseLong(asString.headers().firstValue("Resource-ID").orElseThrow());
    assertEquals(85, Fixture.ok(f.get("v2/conversations/" + id)).get("mailboxId").asLong());
    assertEquals(201, f.postJson("v2/conversations", CONVERSATION.replace("\"text\":\"n\"",
        "\"text\":\"n\",\"user\":\"7\"")).statusCode());

    Map<String, String> refused = new LinkedHashMap<>();
    refused.put(CONVERSATION.replace("\"text\":\"n\"", "\"text\":123"), "threads[0].text: must be a string");
    refused.put(CONVERSATION.replace("\"S\"", "true"), "subject: must be a string");
    refused.put(CONVERSATION.replace("\"text\":\"n\"", "\"text\":\"n\",\"imported\":123"),
        "threads[0].imported: must be true or false");
    refused.put(CONVERSATION.replace("\"text\":\"n\"", "\"text\":\"n\",\"imported\":\"true\""),
        "threads[0].imported: must be true or false");
    refused.put(CONVERSATION.replace("85", "85.5"), "mailboxId: must be a whole number");
    refused.put(CONVERSATION.replace("85", "85.0"), "mailboxId: must be a whole number");
    refused.put(CONVERSATION.replace("85", "\"8x5\""), "mailboxId: must be a whole number");
    refused.put(CONVERSATION.replace("85", "\"\""), "mailboxId: must be a whole number");
    refused.put(CONVERSATION.replace("85", "\"99999999999999999999\""), "mailboxId: must be a whole number");
    refused.put(CONVERSATION.replace("85", "true"), "mailboxId: must be a whole number");
    refused.put(CONVERSATION.replace("\"active\"", "1"), "status: must be a string");
    refused.put(CONVERSATION.replace("\"customer\":{", "\"tags\":[\"a\",2],\"customer\":{"), "tags[1]: must be a string");
    refused.put(CONVERSATION.replace("\"customer\":{", "\"tags\":\"vip\",\"customer\":{"), "tags: must be an array");
    refused.put(CONVERSATION.replace("\"customer\":{\"email\":\"bear@acme.com\"}", "\"customer\":\"bear@acme.com\""),
        "customer: must be a JSON object");
    refused.put(CONVERSATION.replace("85", "1e2"), "mailboxId: must be a whole number");
    refused.put(CONVERSATION.replace("85", "\" 85\""), "mailboxId: must be a whole number");
    for (Map.Entry<String, String> e : refused.entrySet()) {
      JsonNode error = vndError(f.postJson("v2/conversations", e.getKey()), 400);
      JsonNode item = error.get("_embedded").get("errors").get(0);
      assertEquals(e.getValue(), item.get("path").asText() + ": " + item.get("message").asText(), e.getKey());
    }
  }

  @Test
  void anUnknownOrMissingThreadTypeIs400AtTheType() {
    JsonNode unknown = vndError(f.postJson("v2/conversations", CONVERSATION.replace("\"note\"", "\"email\"")), 400);
    assertEquals(List.of("threads[0].type"), paths(unknown));
    JsonNode item = unknown.get("_embedded").get("errors").get(0);
    assertEquals("email", item.get("rejectedValue").asText());
    assertTrue(item.get("_links").get("about").get("href").asText().endsWith("#EnumValue"));

    JsonNode missing = vndError(f.postJson("v2/conversations", CONVERSATION.replace("\"type\":\"note\",", "")), 400);
    assertEquals(List.of("threads[0].type"), paths(missing));
  }

  @Test
  void anotherContentTypeIs415() {
    for (String type : List.of("text/plain", "application/x-www-form-urlencoded", "application/xml")) {
      HttpResponse<String> r = f.send(HttpRequest.newBuilder(f.uri("v2/conversations"))
          .header("Authorization", "Bearer " + f.token()).header("Content-Type", type)
          .POST(HttpRequest.BodyPublishers.ofString(CONVERSATION)));
      assertTrue(vndError(r, 415).get("message").asText().contains(type));
    }
    HttpResponse<String> none = f.send(HttpRequest.newBuilder(f.uri("v2/conversations"))
        .header("Authorization", "Bearer " + f.token()).POST(HttpRequest.BodyPublishers.ofString(CONVERSATION)));
    vndError(none, 415);

    HttpResponse<String> withCharset = f.send(HttpRequest.newBuilder(f.uri("v2/conversations"))
        .header("Authorization", "Bearer " + f.token()).header("Content-Type", "application/json; charset=UTF-8")
        .POST(HttpRequest.BodyPublishers.ofString(CONVERSATION)));
    assertEquals(201, withCharset.statusCode(), withCharset.body());
  }

  @Test
  void aBodyOverTheLimitIs413WhetherItsLengthIsDeclaredOrNot() {
    String big = "{\"text\":\"" + "x".repeat(100 * 1024) + "\"}";
    JsonNode declared = vndError(f.postJson("v2/conversations/1/notes", big), 413);
    assertTrue(declared.get("message").asText().contains("65536"), declared.toString());

    HttpResponse<String> chunked = f.send(HttpRequest.newBuilder(f.uri("v2/conversations/1/notes"))
        .header("Authorization", "Bearer " + f.token()).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big.getBytes()))));
    vndError(chunked, 413);

    assertEquals(201, f.postJson("v2/conversations", CONVERSATION).statusCode(), "the sandbox serves on");
  }

  @Test
  void aBodyOfExactlyTheLimitIsAcceptedWhetherItsLengthIsDeclaredOrNot() {
    byte[] exact = (CONVERSATION + " ".repeat(64 * 1024 - CONVERSATION.length())).getBytes(StandardCharsets.UTF_8);
    assertEquals(64 * 1024, exact.length);

    assertEquals(201, f.postJson("v2/conversations", new String(exact, StandardCharsets.UTF_8)).statusCode());
    HttpResponse<String> chunked = f.send(HttpRequest.newBuilder(f.uri("v2/conversations"))
        .header("Authorization", "Bearer " + f.token()).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(exact))));
    assertEquals(201, chunked.statusCode(), chunked.body());
  }

  @Test
  void aCallWithoutATokenIs401() {
    HttpResponse<String> r = f.send(HttpRequest.newBuilder(f.uri("v2/conversations"))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(CONVERSATION)));

    vndError(r, 401);
    assertEquals(List.of(), f.sandbox.notifications(), "nothing was created");
  }

  @Test
  void anUnknownPathIs404() {
    for (String path : List.of("v2/tags", "v2/conversations/abc", "v2/conversations/1/emails", "v3/conversations",
        "", "v2/conversations/99999999999999999999")) {
      JsonNode error = vndError(f.get(path), 404);
      assertTrue(error.get("message").asText().startsWith("No such endpoint"), path);
    }
  }

  @Test
  void aWrongMethodIs405WithTheAllowedOnes() {
    HttpResponse<String> post = f.postJson("v2/mailboxes", "{}");
    vndError(post, 405);
    assertEquals("GET", post.headers().firstValue("Allow").orElseThrow());

    HttpResponse<String> delete = f.send(HttpRequest.newBuilder(f.uri("v2/conversations/1"))
        .header("Authorization", "Bearer " + f.token()).DELETE());
    vndError(delete, 405);
    assertEquals("GET", delete.headers().firstValue("Allow").orElseThrow());

    HttpResponse<String> put = f.send(HttpRequest.newBuilder(f.uri("v2/oauth2/token"))
        .PUT(HttpRequest.BodyPublishers.ofString("x")));
    assertEquals(405, put.statusCode());
  }

  @Test
  void noMalformedRequestEndsInA500() {
    String id = f.postJson("v2/conversations", CONVERSATION).headers().firstValue("Resource-ID").orElseThrow();
    List<String> bodies = List.of(
        "{\"threads\":[null]}", "{\"threads\":\"x\"}", "{\"threads\":[{}]}", "{\"customer\":null}",
        "{\"customer\":[]}", "{\"customer\":{\"id\":\"x\"}}", "{\"customer\":{\"id\":1e400}}",
        "{\"mailboxId\":123456789012345678901234567890}", "{\"tags\":[1,{}]}", "{\"fields\":[{\"id\":null}]}",
        "{\"attachments\":[{\"fileName\":\"a\",\"mimeType\":\"b\",\"data\":123}]}",
        "{\"attachments\":[{\"fileName\":\"a\",\"mimeType\":\"b\",\"data\":\"!!!!\"}]}",
        "{\"attachments\":[null]}", "{\"createdAt\":\"yesterday\",\"imported\":true}", "{\"cc\":[null, \"x\"]}",
        "{\"status\":{}}", "{\"draft\":\"sometimes\"}", "{\"user\":-1,\"text\":\"\"}",
        "[".repeat(5000) + "]".repeat(5000), "{\"text\":\"\\ud800\"}", "\u0000", "{\"text\":\"n\"}\u0000");
    List<String> paths = List.of("v2/conversations", "v2/conversations/" + id + "/customer",
        "v2/conversations/" + id + "/chats", "v2/conversations/" + id + "/phones", "v2/conversations/" + id + "/reply",
        "v2/conversations/" + id + "/notes");
    for (String path : paths) {
      for (String body : bodies) {
        HttpResponse<String> r = f.postJson(path, body);
        assertTrue(r.statusCode() >= 200 && r.statusCode() < 500, path + " " + body + " -> " + r.statusCode() + " " + r.body());
      }
    }
    assertEquals(201, f.postJson("v2/conversations", CONVERSATION).statusCode(), "the sandbox serves on");
  }
}
