package io.mailwright.samples;

import com.fasterxml.jackson.databind.JsonNode;
import io.mailwright.helpscout.ConversationStatus;
import io.mailwright.helpscout.ConversationType;
import io.mailwright.helpscout.CreateConversationRequest;
import io.mailwright.helpscout.Customer;
import io.mailwright.helpscout.CustomerThread;
import io.mailwright.helpscout.HelpScout;
import io.mailwright.helpscout.runtime.Authentication;
import io.mailwright.helpscout.runtime.ClientCredentials;
import io.mailwright.helpscout.runtime.Created;
import io.mailwright.helpscout.runtime.TokenEndpoint;
import io.mailwright.sandbox.Sandbox;
import io.mailwright.sandbox.SandboxOptions;
import java.io.PrintStream;
import java.time.Clock;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * What every sample needs: a client, the samples' read-back, the mailbox, and the sandbox when the
 * samples run against one (the default) rather than the real API.
 */
final class SampleContext implements AutoCloseable {
  static final String CLIENT_ID = "HELPSCOUT_CLIENT_ID";
  static final String CLIENT_SECRET = "HELPSCOUT_CLIENT_SECRET";
  static final String MAILBOX_ID = "HELPSCOUT_MAILBOX_ID";
  static final String CUSTOM_FIELD_ID = "HELPSCOUT_CUSTOM_FIELD_ID";
  /** Another API than the production one, e.g. a sandbox started with java -jar helpscout-sandbox.jar. */
  static final String BASE_URL = "HELPSCOUT_BASE_URL";

  /** The samples' customer: example.com never receives mail, should a reply be sent for real. */
  static final String CUSTOMER_EMAIL = "vernon.bear@example.com";

  final HelpScout client;
  final ReadBack readBack;
  final long mailboxId;
  /** The custom field the first sample sets; in the sandbox any id is a field. */
  final Long customFieldId;
  /** The in-process sandbox, or {@code null} against the real API. */
  final Sandbox sandbox;
  final String baseUrl;
  /** The HTTP client under the generated client and the samples' own reads. */
  final OkHttpClient http;
  private final PrintStream out;

  private SampleContext(Sandbox sandbox, String baseUrl, String clientId, String clientSecret, long mailboxId,
      Long customFieldId, PrintStream out) {
    this.sandbox = sandbox;
    this.baseUrl = baseUrl;
    this.mailboxId = mailboxId;
    this.customFieldId = customFieldId;
    this.out = out;
    this.http = new OkHttpClient();
    // One source of tokens for the client and for the samples' own reads: they send the same token.
    Authentication tokens = tokens(http, baseUrl, clientId, clientSecret);
    this.client = HelpScout.builder().baseUrl(baseUrl).okHttpClient(http).authentication(tokens).build();
    this.readBack = new ReadBack(http, baseUrl, tokens);
  }

  /** Tokens of the client-credentials grant, to share between clients and the samples' reads. */
  static Authentication tokens(OkHttpClient http, String baseUrl, String clientId, String clientSecret) {
    Clock clock = Clock.systemUTC();
    return new ClientCredentials(new TokenEndpoint(http, HttpUrl.get(baseUrl).resolve("v2/oauth2/token"), clock,
        clientId, clientSecret), clock);
  }

  /**
   * Against the real API when the three variables are set, else against a sandbox started here.
   *
   * @throws IllegalArgumentException when only some of the variables are set, or the ids are not numbers
   */
  static SampleContext fromEnvironment(Map<String, String> env, PrintStream out) {
    String id = env.get(CLIENT_ID);
    String secret = env.get(CLIENT_SECRET);
    String mailbox = env.get(MAILBOX_ID);
    if (id == null && secret == null && mailbox == null) {
      Sandbox sandbox = Sandbox.start(SandboxOptions.defaults());
      return new SampleContext(sandbox, sandbox.baseUrl(), SandboxOptions.DEFAULT_CLIENT_ID,
          SandboxOptions.DEFAULT_CLIENT_SECRET, 85, 531L, out);
    }
    if (id == null || secret == null || mailbox == null) {
      throw new IllegalArgumentException("to run against the real API set all of " + CLIENT_ID + ", " + CLIENT_SECRET
          + " and " + MAILBOX_ID + " (or none of them, for the sandbox)");
    }
    String field = env.get(CUSTOM_FIELD_ID);
    String base = env.getOrDefault(BASE_URL, HelpScout.DEFAULT_BASE_URL);
    return new SampleContext(null, base.endsWith("/") ? base : base + "/", id, secret, number(MAILBOX_ID, mailbox),
        field == null ? null : number(CUSTOM_FIELD_ID, field), out);
  }

  private static long number(String name, String value) {
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a number, was '" + value + "'");
    }
  }

  boolean onSandbox() {
    return sandbox != null;
  }

  /** A line of the sample's story. */
  void say(String text) {
    out.println("  " + text);
  }

  /** JSON the API gave back, indented under a label. */
  void show(String label, JsonNode json) {
    say(label + ":");
    for (String line : ReadBack.pretty(json).split("\n")) {
      out.println("      " + line);
    }
  }

  /** The conversation read back, a line for it and one per thread (newest first, as the API lists them). */
  void showSummary(JsonNode conversation) {
    say(String.format("conversation %s #%s \"%s\": status %s, state %s, %s thread(s)",
        conversation.path("id").asText(), conversation.path("number").asText(), conversation.path("subject").asText(),
        conversation.path("status").asText(), conversation.path("state").asText(),
        conversation.path("threads").asText()));
    for (JsonNode t : conversation.path("_embedded").path("threads")) {
      JsonNode by = t.path("createdBy");
      say(String.format("  thread %s %-8s status %-8s state %-9s by %s %s%s: \"%s\"", t.path("id").asText(),
          t.path("type").asText(), t.path("status").asText(), t.path("state").asText(), by.path("type").asText(),
          by.path("id").asText(), t.path("imported").asBoolean() ? " (imported " + t.path("createdAt").asText() + ")"
              : "", t.path("body").asText()));
    }
  }

  /** The customer object that names the samples' customer by email. */
  static Customer.Builder customer() {
    return Customer.builder().email(CUSTOMER_EMAIL);
  }

  /** A conversation with one customer thread, for the samples about something else. */
  long newConversation(String subject) {
    Created created = client.conversations().create(CreateConversationRequest.builder()
        .subject(subject)
        .mailboxId(mailboxId)
        .type(ConversationType.EMAIL)
        .status(ConversationStatus.ACTIVE)
        .customer(customer())
        .addThread(CustomerThread.builder().text("Hello, this is " + subject + ".").customer(customer()))
        .build());
    say("created conversation " + created.requireId() + " (" + subject + ")");
    return created.requireId();
  }

  @Override
  public void close() {
    client.close();
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
    if (sandbox != null) {
      sandbox.close();
    }
  }
}
