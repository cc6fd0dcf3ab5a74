package io.mailwright.sandbox;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar helpscout-sandbox.jar [options]}: serves a sandbox until interrupted (Ctrl-C).
 */
public final class SandboxMain {
  private static final String USAGE = String.join("\n",
      "usage: java -jar helpscout-sandbox.jar [options]",
      "  --port N                   port on 127.0.0.1 (default 8080; 0 picks a free one)",
      "  --client-id ID             the application's client id (default " + SandboxOptions.DEFAULT_CLIENT_ID + ")",
      "  --client-secret SECRET     its secret (default " + SandboxOptions.DEFAULT_CLIENT_SECRET + ")",
      "  --rate-limit N             requests per minute, a write counting 2 (default 400)",
      "  --token-lifetime SECONDS   access token lifetime (default 7200)",
      "  --max-request-bytes N      largest request body accepted (default 16777216)",
      "  --lock-older-than-days N   lock conversations created more than N days ago (default: no lock)",
      "  --read-timeout SECONDS     a request's head and body must arrive within this (default 30)",
      "  --write-timeout SECONDS    a client must take its answer within this (default 30)",
      "  --mailbox ID               a mailbox of the account, repeatable (default: 85 only)",
      "  --drop-write-answers SHARE process this share (0 to 1) of successful writes, then close the",
      "                             connection without answering (default 0; see POST /sandbox/faults)",
      "  --fault-seed N             seed of the choice of dropped answers (default 1)",
      "  --help                     this text");

  private SandboxMain() {}

  public static void main(String[] args) throws InterruptedException {
    Sandbox sandbox;
    try {
      sandbox = start(args, System.out);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(USAGE);
      System.exit(2);
      return;
    }
    if (sandbox == null) {
      return;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      sandbox.close();
      stopped.countDown();
    }, "helpscout-sandbox-shutdown"));
    stopped.await();
  }

  /**
   * Starts the sandbox the arguments describe and prints where it listens and how to use it; prints
   * the usage and returns {@code null} for {@code --help}.
   *
   * @throws IllegalArgumentException for an unknown option or a value out of range, before anything starts
   */
  static Sandbox start(String[] args, PrintStream out) {
    SandboxOptions options = parse(args);
    if (options == null) {
      out.println(USAGE);
      return null;
    }
    Sandbox sandbox = Sandbox.start(options);
    String base = sandbox.baseUrl();
    String clientId = options.clients().keySet().iterator().next();
    out.println("Help Scout sandbox listening on " + base);
    out.println("  token endpoint  POST " + base + "v2/oauth2/token");
    out.println("  client id       " + clientId);
    out.println("  client secret   " + options.clients().get(clientId));
    out.println("  rate limit      " + options.rateLimitPerMinute() + " per minute (writes count 2)");
    out.println("  test hooks      POST " + base + "sandbox/merge?from=A&into=B");
    out.println("                  POST " + base + "sandbox/authorization-codes?client_id=ID");
    out.println("                  GET  " + base + "sandbox/notifications");
    out.println("                  POST " + base + "sandbox/faults?dropNextWriteAnswers=N&dropWriteAnswers=SHARE");
    out.println("  mailboxes       " + options.mailboxes().stream().map(m -> Long.toString(m.id())).toList());
    if (options.dropWriteAnswers() > 0) {
      out.println("  dropping        the answers of " + options.dropWriteAnswers() + " of successful writes");
    }
    out.println("Stop with Ctrl-C.");
    return sandbox;
  }

  /** The options of the arguments, or {@code null} for {@code --help}. */
  static SandboxOptions parse(String[] args) {
    SandboxOptions.Builder b = SandboxOptions.builder().port(8080);
    String clientId = SandboxOptions.DEFAULT_CLIENT_ID;
    String clientSecret = SandboxOptions.DEFAULT_CLIENT_SECRET;
    java.util.List<Account.Mailbox> mailboxes = new java.util.ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--help") || arg.equals("-h")) {
        return null;
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("unknown option or missing value: " + arg);
      }
      String value = args[++i];
      switch (arg) {
        case "--port" -> b.port(number(arg, value));
        case "--client-id" -> clientId = value;
        case "--client-secret" -> clientSecret = value;
        case "--rate-limit" -> b.rateLimitPerMinute(number(arg, value));
        case "--token-lifetime" -> b.tokenLifetime(Duration.ofSeconds(number(arg, value)));
        case "--max-request-bytes" -> b.maxRequestBytes(number(arg, value));
        case "--lock-older-than-days" -> b.lockConversationsOlderThan(Duration.ofDays(number(arg, value)));
        case "--read-timeout" -> b.readTimeout(Duration.ofSeconds(number(arg, value)));
        case "--write-timeout" -> b.writeTimeout(Duration.ofSeconds(number(arg, value)));
        case "--mailbox" -> {
          long id = longNumber(arg, value);
          mailboxes.add(id == 85 ? Account.defaultMailbox()
              : Account.Mailbox.of(id, "Mailbox " + id, "mailbox" + id + "@sandbox.invalid"));
        }
        case "--drop-write-answers" -> {
          try {
            b.dropWriteAnswers(Double.parseDouble(value));
          } catch (NumberFormatException e) {
            throw new IllegalArgumentException(arg + " needs a number from 0 to 1, was '" + value + "'");
          }
        }
        case "--fault-seed" -> b.faultSeed(longNumber(arg, value));
        default -> throw new IllegalArgumentException("unknown option: " + arg);
      }
    }
    if (!mailboxes.isEmpty()) {
      b.mailboxes(mailboxes.toArray(Account.Mailbox[]::new));
    }
    return b.client(clientId, clientSecret).build();
  }

  private static long longNumber(String option, String value) {
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " needs a number, was '" + value + "'");
    }
  }

  private static int number(String option, String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " needs a number, was '" + value + "'");
    }
  }
}
