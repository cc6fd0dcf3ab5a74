package io.mailwright.importer;

import io.mailwright.helpscout.HelpScout;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code java -jar helpscout-import.jar export.jsonl --mailbox 85}: the importer's command line. */
@Command(name = "helpscout-import", mixinStandardHelpOptions = true, version = "helpscout-import 0.1.0",
    sortOptions = false, usageHelpAutoWidth = true,
    description = {
        "Imports a help desk's history into Help Scout: JSON Lines in the API's own shape, or an mbox archive.",
        "Resumable and exactly once: re-run the same command after a failure or Ctrl-C.",
        "Credentials from HELPSCOUT_CLIENT_ID and HELPSCOUT_CLIENT_SECRET."},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
        "0:every conversation is imported (with --check: the input is clean)",
        "1:some conversations failed, are in doubt or were not sent yet (with --check: some would be refused)",
        "2:unusable input or usage (a missing file, a wrong option, no credentials)",
        "130:stopped with Ctrl-C (143: SIGTERM); the journal is consistent, run again to resume"})
public final class ImportCommand implements Callable<Integer> {
  static final String CLIENT_ID = "HELPSCOUT_CLIENT_ID";
  static final String CLIENT_SECRET = "HELPSCOUT_CLIENT_SECRET";

  enum Format { auto, jsonl, mbox }

  enum ProgressStyle { auto, bar, lines }

  @Parameters(index = "0", paramLabel = "EXPORT", description = "The export: a .jsonl file or an mbox archive.")
  Path input;

  @Option(names = "--mailbox", paramLabel = "ID",
      description = "The inbox to import into (required for mbox; for JSON Lines, the mailboxId of lines without one).")
  Long mailbox;

  @Option(names = "--format", description = "auto (by the file name: .mbox, .mbx are mbox), jsonl or mbox. Default: ${DEFAULT-VALUE}.")
  Format format = Format.auto;

  @Option(names = "--check", description = "Read and validate the whole input, print every problem, send nothing.")
  boolean check;

  @Option(names = "--base-url", paramLabel = "URL", description = "The API. Default: ${DEFAULT-VALUE}.")
  String baseUrl = HelpScout.DEFAULT_BASE_URL;

  @Option(names = "--journal", paramLabel = "FILE", description = "The journal (SQLite). Default: EXPORT.journal beside the export.")
  Path journalFile;

  @Option(names = "--report", paramLabel = "FILE", description = "The final report (JSON Lines). Default: EXPORT.report.jsonl.")
  Path reportFile;

  @Option(names = "--requests-per-minute", paramLabel = "N",
      description = "The importer's share of the account's per-minute limit, a write counting 2; 0 for none. Default: ${DEFAULT-VALUE}.")
  int requestsPerMinute = 200;

  @Option(names = "--concurrency", paramLabel = "N", description = "Requests at once. Default: ${DEFAULT-VALUE}.")
  int concurrency = 4;

  @Option(names = "--reconcile-after", paramLabel = "SECONDS",
      description = "How long after a lost answer to look the conversation up in Help Scout (its search index lags). Default: ${DEFAULT-VALUE}.")
  int reconcileAfterSeconds = 30;

  @Option(names = "--agent-address", paramLabel = "EMAIL",
      description = "mbox: the team's own address (repeatable); its messages become reply threads.")
  List<String> agentAddresses = new ArrayList<>();

  @Option(names = "--agent-user", paramLabel = "ID", description = "mbox: the Help Scout user the reply threads are by.")
  Long agentUser;

  @Option(names = "--status", paramLabel = "STATUS",
      description = "mbox: the conversations' status (active, closed, pending). Default: ${DEFAULT-VALUE}.")
  String status = "closed";

  @Option(names = "--progress", description = "auto (a bar on a terminal, lines otherwise), bar or lines. Default: ${DEFAULT-VALUE}.")
  ProgressStyle progressStyle = ProgressStyle.auto;

  @Option(names = "--max-line-chars", paramLabel = "N", description = "JSON Lines: the longest line read. Default: ${DEFAULT-VALUE}.")
  int maxLineChars = 16 * 1024 * 1024;

  private Map<String, String> env = System.getenv();
  private PrintStream out = System.out;
  private PrintStream err = System.err;
  private boolean installShutdownHook = true;

  public static void main(String[] args) {
    System.exit(execute(args, System.getenv(), System.out, System.err, true));
  }

  /** Runs the command as {@code main} does, without exiting the JVM (tests, embedding). */
  static int execute(String[] args, Map<String, String> env, PrintStream out, PrintStream err, boolean shutdownHook) {
    ImportCommand command = new ImportCommand();
    command.env = env;
    command.out = out;
    command.err = err;
    command.installShutdownHook = shutdownHook;
    CommandLine cli = new CommandLine(command)
        .setOut(new PrintWriter(out, true))
        .setErr(new PrintWriter(err, true))
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler((e, line, parsed) -> {
          line.getErr().println("error: " + e);
          return 2;
        });
    return cli.execute(args);
  }

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(input) || !Files.isReadable(input)) {
      err.println("error: " + input + " is not a readable file");
      return 2;
    }
    String usage = usageProblem();
    if (usage != null) {
      err.println("error: " + usage);
      return 2;
    }
    ConversationSource source = source();
    if (check) {
      return Check.run(source, out);
    }
    String clientId = env.get(CLIENT_ID);
    String clientSecret = env.get(CLIENT_SECRET);
    if (clientId == null || clientSecret == null) {
      err.println("error: set " + CLIENT_ID + " and " + CLIENT_SECRET + " (an application's credentials)");
      return 2;
    }
    Path journalPath = journalFile != null ? journalFile : input.resolveSibling(input.getFileName() + ".journal");
    Path reportPath = reportFile != null ? reportFile : input.resolveSibling(input.getFileName() + ".report.jsonl");
    Throttle throttle = Throttle.system(requestsPerMinute);
    OkHttpClient http = new OkHttpClient.Builder().addInterceptor(throttle.beforeConnection())
        .addNetworkInterceptor(throttle)
        .connectionPool(new okhttp3.ConnectionPool(concurrency + 1, 1, TimeUnit.MINUTES)).build();
    boolean bar = progressStyle == ProgressStyle.bar || progressStyle == ProgressStyle.auto && System.console() != null;
    Progress progress = new Progress(out, bar, Duration.ofSeconds(10), System::nanoTime);
    CountDownLatch reported = new CountDownLatch(1);
    try (HelpScout client = HelpScout.builder().baseUrl(baseUrl).okHttpClient(http)
            .clientCredentials(clientId, clientSecret).build();
         Journal journal = Journal.open(journalPath, Clock.systemUTC())) {
      Importer importer = new Importer(source, request -> {
            java.util.OptionalLong id = client.conversations().create(request).id();
            return id.isPresent() ? id.getAsLong() : null;
          },
          Reconcilers.forClient(client), journal, throttle, progress,
          new Importer.Settings(concurrency, Duration.ofSeconds(reconcileAfterSeconds), 5, 3), Clock.systemUTC());
      Thread hook = new Thread(() -> {
        importer.stop("stopped by a signal (Ctrl-C)");
        throttle.stop();
        try {
          importer.awaitFinished(Duration.ofMinutes(2));
          reported.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }, "helpscout-import-shutdown");
      if (installShutdownHook) {
        Runtime.getRuntime().addShutdownHook(hook);
      }
      try {
        importer.run();
        Report.Totals totals = Report.write(reportPath, journal, importer.unreadable());
        out.println(String.format(Locale.ROOT, "%d created, %d failed, %d in doubt, %d not sent yet, %d unreadable;"
            + " report: %s", totals.created(), totals.failed(), totals.inDoubt(), totals.pending(),
            totals.unreadable(), reportPath));
        out.println("API budget used: " + throttle.used() + " (a write counts 2), 429 answers: "
            + throttle.rateLimitedAnswers());
        if (importer.stopped()) {
          out.println("stopped: " + importer.stopReason() + "; run the same command again to resume");
        }
        return totals.allCreated() ? 0 : 1;
      } finally {
        reported.countDown();
        if (installShutdownHook) {
          try {
            Runtime.getRuntime().removeShutdownHook(hook);
          } catch (IllegalStateException shuttingDown) {
            // the hook is running: it waits for the report written above
          }
        }
      }
    } catch (SQLException e) {
      err.println("error: the journal " + journalPath + " failed: " + e.getMessage());
      return 2;
    } catch (IOException e) {
      err.println("error: " + e.getMessage());
      return 2;
    } finally {
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
  }

  private String usageProblem() {
    if (concurrency < 1 || concurrency > 64) {
      return "--concurrency must be 1..64";
    }
    if (requestsPerMinute != 0 && requestsPerMinute < 2) {
      return "--requests-per-minute must be 0 (no limit) or at least 2";
    }
    if (reconcileAfterSeconds < 0) {
      return "--reconcile-after must not be negative";
    }
    if (io.mailwright.helpscout.ConversationStatus.fromWireValue(status) == null) {
      return "--status must be active, closed or pending";
    }
    if (isMbox() && mailbox == null) {
      return "--mailbox is required for an mbox archive";
    }
    if (isMbox() && !agentAddresses.isEmpty() && agentUser == null) {
      return "--agent-user is required with --agent-address (the user the reply threads are by)";
    }
    return null;
  }

  private boolean isMbox() {
    if (format != Format.auto) {
      return format == Format.mbox;
    }
    String name = input.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".mbox") || name.endsWith(".mbx");
  }

  private ConversationSource source() {
    if (isMbox()) {
      return new MboxSource(input, new MboxSource.Settings(mailbox, agentAddresses, agentUser, status));
    }
    return new JsonLinesSource(input, mailbox, maxLineChars);
  }
}
