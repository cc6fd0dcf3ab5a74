package io.mailwright.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mailwright.helpscout.ChatThread;
import io.mailwright.helpscout.CreateConversationRequest;
import io.mailwright.helpscout.Customer;
import io.mailwright.helpscout.CustomerThread;
import io.mailwright.helpscout.HelpScout;
import io.mailwright.helpscout.NoteThread;
import io.mailwright.helpscout.PhoneThread;
import io.mailwright.helpscout.ReplyThread;
import io.mailwright.runtime.BadRequestException;
import io.mailwright.runtime.Created;
import io.mailwright.runtime.RequestValidationException;
import io.mailwright.runtime.Rule;
import io.mailwright.runtime.Violation;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * The client's validation and the sandbox agree on every generated request ({@link RequestCases}):
 * what the client accepts, sent through the generated client over HTTP, the sandbox creates
 * ({@code 201}); what the client refuses is never sent (the sandbox receives no request), and the
 * same JSON sent raw is refused by the sandbox too: {@code 400} with the client's violations, path
 * for path and message for message, or the documented {@code 412} for more than 100 threads.
 *
 * <p>{@code mvn verify} runs {@code jqwik.tries.default} cases (2000, in
 * {@code junit-platform.properties}); {@code -Djqwik.tries.default=100000} runs more (see
 * {@code sandbox/README.md}). The counts are printed at the end.
 */
class ClientSandboxParityTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Sandbox sandbox;
  private static HelpScout client;
  private static HttpClient raw;
  private static String token;
  private static RequestCases cases;
  private static long conversationId;
  private static long started;

  private static final AtomicLong total = new AtomicLong();
  private static final AtomicLong accepted = new AtomicLong();
  private static final AtomicLong refused400 = new AtomicLong();
  private static final AtomicLong refused412 = new AtomicLong();
  private static final Map<RequestCases.Endpoint, AtomicLong> byEndpoint = new EnumMap<>(RequestCases.Endpoint.class);
  private static final AtomicLong wrongTypesRefused = new AtomicLong();
  private static final AtomicLong wrongTypesAccepted = new AtomicLong();
  /** Refused requests by the rules they break (a request may break several). */
  private static final Map<Rule, AtomicLong> byRule = new EnumMap<>(Rule.class);

  @BeforeContainer
  static void start() throws Exception {
    started = System.nanoTime();
    sandbox = Sandbox.start(SandboxOptions.builder().rateLimitPerMinute(Integer.MAX_VALUE).build());
    client = HelpScout.builder()
        .baseUrl(sandbox.baseUrl())
        .clientCredentials(SandboxOptions.DEFAULT_CLIENT_ID, SandboxOptions.DEFAULT_CLIENT_SECRET)
        .build();
    raw = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
    HttpResponse<String> t = raw.send(HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + "v2/oauth2/token"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id="
            + SandboxOptions.DEFAULT_CLIENT_ID + "&client_secret=" + SandboxOptions.DEFAULT_CLIENT_SECRET))
        .build(), HttpResponse.BodyHandlers.ofString());
    token = JSON.readTree(t.body()).get("access_token").asText();
    conversationId = newConversation();
    JsonNode conversation = JSON.readTree(get("v2/conversations/" + conversationId).body());
    cases = new RequestCases(conversation.get("primaryCustomer").get("id").asLong(),
        sandbox.options().mailboxes().stream().map(Account.Mailbox::id).toList());
    for (RequestCases.Endpoint e : RequestCases.Endpoint.values()) {
      byEndpoint.put(e, new AtomicLong());
    }
    for (Rule r : Rule.values()) {
      byRule.put(r, new AtomicLong());
    }
  }

  @AfterContainer
  static void stop() {
    double seconds = (System.nanoTime() - started) / 1e9;
    System.out.printf("client/sandbox parity: %d cases in %.1f s: %d accepted by both (201), %d refused by the client"
            + " and never sent (the sandbox: %d times 400 with the same violations, %d times 412);%n  by endpoint %s;%n"
            + "  refused requests by the rules they break %s%n",
        total.get(), seconds, accepted.get(), refused400.get() + refused412.get(), refused400.get(), refused412.get(),
        byEndpoint, byRule);
    System.out.printf("wrong JSON types: %d refused at their path, %d numbers written as digits accepted%n",
        wrongTypesRefused.get(), wrongTypesAccepted.get());
    if (client != null) {
      client.close();
    }
    if (sandbox != null) {
      sandbox.close();
    }
  }

  @Provide
  Arbitrary<RequestCases.Case> requests() {
    return cases.cases();
  }

  @Property(shrinking = ShrinkingMode.BOUNDED, edgeCases = EdgeCasesMode.NONE)
  void theClientAndTheSandboxAgree(@ForAll("requests") RequestCases.Case c) throws Exception {
    total.incrementAndGet();
    byEndpoint.get(c.endpoint()).incrementAndGet();
    if (c.endpoint() != RequestCases.Endpoint.CONVERSATION && sandbox.threadCount(conversationId) >= 90) {
      conversationId = newConversation();
    }
    List<Violation> violations;
    Object request;
    try {
      request = ClientBuilders.build(c.endpoint(), c.json());
      violations = null;
    } catch (RequestValidationException e) {
      request = null;
      violations = e.violations();
      violations.stream().map(Violation::rule).distinct().forEach(r -> byRule.get(r).incrementAndGet());
    }

    if (violations == null) {
      try {
        Created created = send(c.endpoint(), request);
        assertTrue(created.id().isPresent(), "the sandbox answered 201 with Resource-ID");
      } catch (BadRequestException e) {
        fail("the client accepted what the sandbox refuses: " + e.fieldErrors() + "\n" + c);
      }
      accepted.incrementAndGet();
      return;
    }

    // Refused by the builder: the same JSON read as a value (not validated), given to the client,
    // is refused with the same violations, and nothing reaches the sandbox.
    Object unvalidated = JSON.treeToValue(c.json(), type(c.endpoint()));
    long before = sandbox.requestsReceived();
    try {
      send(c.endpoint(), unvalidated);
      fail("the client sent a request its builder refuses: " + violations + "\n" + c);
    } catch (RequestValidationException e) {
      assertEquals(violations, e.violations(), "the client's check before sending = the builder's");
    }
    assertEquals(before, sandbox.requestsReceived(), "the client sent nothing");

    // Sent raw, the sandbox refuses it too.
    HttpResponse<String> r = postJson(path(c.endpoint()), JSON.writeValueAsString(c.json()));
    if (c.endpoint() == RequestCases.Endpoint.CONVERSATION && c.json().path("threads").size() > 100) {
      assertEquals(412, r.statusCode(), r.body());
      refused412.incrementAndGet();
      return;
    }
    assertEquals(400, r.statusCode(), r.body());
    List<List<String>> server = new ArrayList<>();
    for (JsonNode e : JSON.readTree(r.body()).path("_embedded").path("errors")) {
      server.add(List.of(e.get("path").asText(), e.get("message").asText()));
    }
    assertEquals(violations.stream().map(v -> List.of(v.path(), v.message())).toList(), server, c.toString());
    refused400.incrementAndGet();
  }

  /** A valid request with one value replaced: at {@code path}, {@code value} instead of what was there. */
  record WrongType(RequestCases.Case valid, String path, JsonNode value, boolean sameNumberAsDigits) {
    @Override
    public String toString() {
      return path + " = " + value + " in " + valid;
    }
  }

  @Provide
  Arbitrary<WrongType> wrongTypes() {
    return cases.cases().filter(c -> {
      try {
        ClientBuilders.build(c.endpoint(), c.json());
        return true;
      } catch (RequestValidationException e) {
        return false;
      }
    }).flatMap(c -> {
      List<String[]> leaves = new ArrayList<>();
      leaves(c.json(), "", false, leaves);
      // Numbers are few among the values (ids), and the one kind with a wrong type that is taken:
      // they are chosen more often than their share.
      List<Tuple.Tuple2<Integer, String[]>> weighted = leaves.stream()
          .map(l -> Tuple.of(c.json().at(l[1]).isNumber() ? 20 : 1, l)).toList();
      return Arbitraries.frequency(weighted).flatMap(leaf -> {
        JsonNode old = c.json().at(leaf[1]);
        List<JsonNode> wrong = new ArrayList<>(List.of(JSON.createObjectNode(), JSON.createArrayNode()));
        if (old.isTextual()) {
          wrong.addAll(List.of(JSON.getNodeFactory().numberNode(123), JSON.getNodeFactory().booleanNode(true)));
        } else if (old.isIntegralNumber()) {
          wrong.addAll(List.of(JSON.getNodeFactory().textNode(old.asText()), JSON.getNodeFactory().numberNode(1.5),
              JSON.getNodeFactory().booleanNode(true), JSON.getNodeFactory().textNode("x" + old.asText())));
        } else {
          wrong.addAll(List.of(JSON.getNodeFactory().numberNode(1), JSON.getNodeFactory().textNode(old.asText())));
        }
        return Arbitraries.of(wrong).map(value -> new WrongType(c, leaf[0], value,
            old.isIntegralNumber() && value.isTextual() && value.asText().equals(old.asText())));
      });
    });
  }

  /**
   * Every value in a request: {JSON path as the sandbox reports it, JSON pointer}. A thread's
   * {@code type} names the member of the union, not a value, and is left out.
   */
  private static void leaves(JsonNode node, String path, boolean inThreads, List<String[]> out) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        if (!(inThreads && e.getKey().equals("type"))) {
          leaves(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey(), false, out);
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        leaves(node.get(i), path + "[" + i + "]", path.equals("threads"), out);
      }
    } else if (!node.isNull()) {
      out.add(new String[] {path, pointer(path)});
    }
  }

  private static String pointer(String path) {
    return "/" + path.replace(".", "/").replace("[", "/").replace("]", "");
  }

  /**
   * A value of the wrong JSON type in a valid request is {@code 400} at its path (code
   * {@code Type}), whatever the field; a number written as its digits is the number (Help Scout took
   * {@code "mailboxId": "85"}). See sandbox/README.md, "What it reads".
   */
  @Property(tries = 300, shrinking = ShrinkingMode.BOUNDED, edgeCases = EdgeCasesMode.NONE)
  void aValueOfTheWrongJsonTypeIsRefusedAtItsPathAndDigitsAreANumber(@ForAll("wrongTypes") WrongType w)
      throws Exception {
    if (w.valid().endpoint() != RequestCases.Endpoint.CONVERSATION && sandbox.threadCount(conversationId) >= 90) {
      conversationId = newConversation();
    }
    ObjectNode json = w.valid().json().deepCopy();
    String pointer = pointer(w.path());
    JsonNode parent = json.at(pointer.substring(0, pointer.lastIndexOf('/')));
    String last = pointer.substring(pointer.lastIndexOf('/') + 1);
    if (parent.isArray()) {
      ((ArrayNode) parent).set(Integer.parseInt(last), w.value());
    } else {
      ((ObjectNode) parent).set(last, w.value());
    }
    HttpResponse<String> r = postJson(path(w.valid().endpoint()), JSON.writeValueAsString(json));
    if (w.sameNumberAsDigits()) {
      assertEquals(201, r.statusCode(), r.body());
      wrongTypesAccepted.incrementAndGet();
      return;
    }
    assertEquals(400, r.statusCode(), r.body());
    JsonNode errors = JSON.readTree(r.body()).path("_embedded").path("errors");
    assertEquals(1, errors.size(), r.body());
    assertEquals(w.path(), errors.get(0).get("path").asText(), r.body());
    assertTrue(errors.get(0).get("_links").get("about").get("href").asText().endsWith("#Type"), r.body());
    wrongTypesRefused.incrementAndGet();
  }

  private static Created send(RequestCases.Endpoint endpoint, Object request) {
    return switch (endpoint) {
      case CONVERSATION -> client.conversations().create((CreateConversationRequest) request);
      case CUSTOMER_THREAD -> client.threads().createCustomerThread(conversationId, (CustomerThread) request);
      case CHAT_THREAD -> client.threads().createChatThread(conversationId, (ChatThread) request);
      case PHONE_THREAD -> client.threads().createPhoneThread(conversationId, (PhoneThread) request);
      case REPLY_THREAD -> client.threads().createReplyThread(conversationId, (ReplyThread) request);
      case NOTE -> client.threads().createNote(conversationId, (NoteThread) request);
    };
  }

  private static Class<?> type(RequestCases.Endpoint endpoint) {
    return switch (endpoint) {
      case CONVERSATION -> CreateConversationRequest.class;
      case CUSTOMER_THREAD -> CustomerThread.class;
      case CHAT_THREAD -> ChatThread.class;
      case PHONE_THREAD -> PhoneThread.class;
      case REPLY_THREAD -> ReplyThread.class;
      case NOTE -> NoteThread.class;
    };
  }

  private static String path(RequestCases.Endpoint endpoint) {
    return endpoint == RequestCases.Endpoint.CONVERSATION
        ? "v2/conversations" : "v2/conversations/" + conversationId + "/" + endpoint.path;
  }

  private static long newConversation() {
    return client.conversations().create(CreateConversationRequest.builder()
        .subject("Parity")
        .mailboxId(85L)
        .type(io.mailwright.helpscout.ConversationType.EMAIL)
        .status(io.mailwright.helpscout.ConversationStatus.ACTIVE)
        .customer(Customer.builder().email("bear@acme.com"))
        .addThread(NoteThread.builder().text("start"))
        .build()).requireId();
  }

  private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return raw.send(HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + path))
        .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> postJson(String path, String body) throws IOException, InterruptedException {
    return raw.send(HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + path))
        .header("Authorization", "Bearer " + token)
        .header("Content-Type", "application/json")
        .timeout(Duration.ofSeconds(60))
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
        .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
