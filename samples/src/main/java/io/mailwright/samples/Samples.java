package io.mailwright.samples;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Runs the samples, all of them or those named: {@code java -jar helpscout-samples.jar [name...]}.
 * Against an in-process sandbox by default; against the real API when {@code HELPSCOUT_CLIENT_ID},
 * {@code HELPSCOUT_CLIENT_SECRET} and {@code HELPSCOUT_MAILBOX_ID} are set (the sandbox-only samples
 * are then skipped, and say so; {@code HELPSCOUT_CUSTOM_FIELD_ID} names a custom field to set, and
 * {@code HELPSCOUT_BASE_URL} another API, such as a sandbox started on its own). Exits with 1 when a
 * sample failed.
 */
public final class Samples {
  static final List<Sample> ALL = List.of(
      new CreateConversation(),
      new AddThreads(),
      new DraftReply(),
      new ImportHistory(),
      new ValidationError(),
      new LockedConversation(),
      new MergedConversation(),
      new RecoverUnknownOutcome(),
      new RateLimit());

  private Samples() {}

  public static void main(String[] args) {
    List<Sample> chosen = new ArrayList<>();
    for (String name : args) {
      Sample s = ALL.stream().filter(x -> x.getClass().getSimpleName().equalsIgnoreCase(name)).findFirst()
          .orElse(null);
      if (s == null) {
        System.err.println("no sample " + name + "; the samples are "
            + Arrays.toString(ALL.stream().map(x -> x.getClass().getSimpleName()).toArray()));
        System.exit(2);
      }
      chosen.add(s);
    }
    System.exit(run(chosen.isEmpty() ? ALL : chosen, System.getenv(), System.out));
  }

  /** Runs one sample on its own: the samples' own {@code main} methods call this. */
  static void runOnly(Sample sample) {
    System.exit(run(List.of(sample), System.getenv(), System.out));
  }

  /** Runs the samples in order, and returns the exit status: 0 when none failed. */
  static int run(List<Sample> samples, Map<String, String> env, PrintStream out) {
    SampleContext ctx;
    try {
      ctx = SampleContext.fromEnvironment(env, out);
    } catch (IllegalArgumentException e) {
      out.println(e.getMessage());
      return 2;
    }
    int failed = 0;
    try (ctx) {
      if (ctx.onSandbox()) {
        out.println("Running against an in-process Help Scout sandbox at " + ctx.baseUrl);
        out.println("(set " + SampleContext.CLIENT_ID + ", " + SampleContext.CLIENT_SECRET + " and "
            + SampleContext.MAILBOX_ID + " to run against the real API;");
        out.println(" name samples to run only those: java -jar helpscout-samples.jar RateLimit MergedConversation)");
      } else {
        out.println("Running against " + ctx.baseUrl + ", mailbox " + ctx.mailboxId
            + ": the samples create real conversations there.");
      }
      int n = 0;
      for (Sample sample : samples) {
        out.println();
        out.println("== " + (++n) + ". " + sample.title() + " ==");
        if (sample.sandboxOnly() && !ctx.onSandbox()) {
          out.println("  skipped: this one needs the in-process sandbox and its test hooks"
              + " (run without the HELPSCOUT_ variables to see it)");
          continue;
        }
        try {
          sample.run(ctx);
        } catch (Exception | AssertionError e) {
          failed++;
          out.println("  FAILED: " + e);
          e.printStackTrace(out);
        }
      }
      out.println();
      out.println(failed == 0 ? "All samples ran." : failed + " sample(s) failed.");
    }
    return failed == 0 ? 0 : 1;
  }
}
