package io.mailwright.samples;

import io.mailwright.helpscout.Conversation;
import io.mailwright.helpscout.ConversationEmbed;
import io.mailwright.helpscout.ConversationStatus;
import io.mailwright.helpscout.ConversationType;
import io.mailwright.helpscout.CreateConversationRequest;
import io.mailwright.helpscout.Customer;
import io.mailwright.helpscout.CustomerThread;
import io.mailwright.helpscout.GetConversationQuery;
import io.mailwright.helpscout.HelpScout;
import io.mailwright.helpscout.ThreadDetails;
import io.mailwright.runtime.Created;
import io.mailwright.sandbox.Sandbox;
import io.mailwright.sandbox.SandboxOptions;
import java.io.PrintStream;
import java.util.Map;

/**
 * What every sample needs: a client (which also reads back what the samples create), the mailbox,
 * and the sandbox when the samples run against one (the default) rather than the real API.
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
  final long mailboxId;
  /** The custom field the first sample sets; in the sandbox any id is a field. */
  final Long customFieldId;
  /** The in-process sandbox, or {@code null} against the real API. */
  final Sandbox sandbox;
  final String baseUrl;
  private final PrintStream out;

  private SampleContext(Sandbox sandbox, String baseUrl, String clientId, String clientSecret, long mailboxId,
      Long customFieldId, PrintStream out) {
    this.sandbox = sandbox;
    this.baseUrl = baseUrl;
    this.mailboxId = mailboxId;
    this.customFieldId = customFieldId;
    this.out = out;
    this.client = HelpScout.builder().baseUrl(baseUrl).clientCredentials(clientId, clientSecret).build();
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

  /** Get Conversation with its threads ({@code embed=threads}): how the samples read back what they wrote. */
  Conversation readBack(long conversationId) {
    return client.conversations().get(conversationId,
        GetConversationQuery.builder().embed(ConversationEmbed.THREADS).build());
  }

  /** The conversation read back, a line for it and one per thread (newest first, as the API lists them). */
  void showSummary(Conversation conversation) {
    say(String.format("conversation %s #%s \"%s\": status %s, state %s, %s thread(s), tags %s",
        conversation.id(), conversation.number(), conversation.subject(), conversation.statusWireValue(),
        conversation.stateWireValue(), conversation.threadCount(),
        conversation.tags().stream().map(t -> t.tag()).toList()));
    for (ThreadDetails t : conversation.threads()) {
      say("  " + thread(t));
    }
  }

  /** One thread on one line. */
  static String thread(ThreadDetails t) {
    return String.format("thread %s %-8s status %-8s state %-9s by %s %s, attachments %s: \"%s\"", t.id(),
        t.typeWireValue(), t.status(), t.stateWireValue(),
        t.createdBy() == null ? "?" : t.createdBy().typeWireValue(), t.createdBy() == null ? "" : t.createdBy().id(),
        t.attachments().stream().map(a -> a.filename() + " (" + a.mimeType() + ")").toList(), t.body());
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
    if (sandbox != null) {
      sandbox.close();
    }
  }
}
