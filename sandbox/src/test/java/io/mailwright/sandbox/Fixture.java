package io.mailwright.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mailwright.helpscout.ConversationStatus;
import io.mailwright.helpscout.ConversationType;
import io.mailwright.helpscout.CreateConversationRequest;
import io.mailwright.helpscout.Customer;
import io.mailwright.helpscout.CustomerThread;
import io.mailwright.helpscout.HelpScout;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * A sandbox, a generated client configured for it, and a plain {@code java.net.http} client for
 * what the generated one cannot send or read (malformed requests, Get Conversation's body).
 */
final class Fixture implements AutoCloseable {
  static final ObjectMapper JSON = new ObjectMapper();

  final Sandbox sandbox;
  final HelpScout client;
  private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private String token;

  Fixture() {
    this(SandboxOptions.builder(), b -> {});
  }

  Fixture(SandboxOptions.Builder options, Consumer<HelpScout.Builder> clientOptions) {
    this.sandbox = Sandbox.start(options.build());
    HelpScout.Builder b = HelpScout.builder()
        .baseUrl(sandbox.baseUrl())
        .clientCredentials(SandboxOptions.DEFAULT_CLIENT_ID, SandboxOptions.DEFAULT_CLIENT_SECRET);
    clientOptions.accept(b);
    this.client = b.build();
  }

  /** A valid conversation with one customer thread, for tests about something else. */
  static CreateConversationRequest.Builder conversation(String email) {
    return CreateConversationRequest.builder()
        .subject("Pens")
        .mailboxId(85L)
        .type(ConversationType.EMAIL)
        .status(ConversationStatus.ACTIVE)
        .customer(Customer.builder().email(email))
        .addThread(CustomerThread.builder().text("Buy more pens").customer(Customer.builder().email(email)));
  }

  long createConversation(String email) {
    return client.conversations().create(conversation(email).build()).requireId();
  }

  /** A token of the client-credentials grant, fetched once, for raw calls. */
  String token() {
    if (token == null) {
      HttpResponse<String> r = send(HttpRequest.newBuilder(uri("v2/oauth2/token"))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id="
              + SandboxOptions.DEFAULT_CLIENT_ID + "&client_secret=" + SandboxOptions.DEFAULT_CLIENT_SECRET)));
      token = json(r).get("access_token").asText();
    }
    return token;
  }

  URI uri(String path) {
    return URI.create(sandbox.baseUrl() + path);
  }

  HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token()).GET());
  }

  HttpResponse<String> postJson(String path, String body) {
    return send(HttpRequest.newBuilder(uri(path))
        .header("Authorization", "Bearer " + token())
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Get Conversation with its threads ({@code embed=threads}), read back as JSON; fails unless 200. */
  JsonNode readConversation(long id) {
    return ok(get("v2/conversations/" + id + "?embed=threads"));
  }

  JsonNode readCustomer(long id) {
    return ok(get("v2/customers/" + id));
  }

  /** The threads of a conversation read back, newest first (Help Scout's order). */
  JsonNode threads(long conversationId) {
    return readConversation(conversationId).path("_embedded").path("threads");
  }

  /** The thread with this id, read back. */
  JsonNode thread(long conversationId, long threadId) {
    for (JsonNode t : threads(conversationId)) {
      if (t.get("id").asLong() == threadId) {
        return t;
      }
    }
    throw new AssertionError("no thread " + threadId + " in conversation " + conversationId);
  }

  static JsonNode ok(HttpResponse<String> r) {
    if (r.statusCode() != 200) {
      throw new AssertionError("expected 200, was " + r.statusCode() + ": " + r.body());
    }
    return json(r);
  }

  static JsonNode json(HttpResponse<String> r) {
    try {
      return JSON.readTree(r.body());
    } catch (IOException e) {
      throw new AssertionError("not JSON (" + r.statusCode() + "): " + r.body(), e);
    }
  }

  @Override
  public void close() {
    client.close();
    sandbox.close();
  }
}
