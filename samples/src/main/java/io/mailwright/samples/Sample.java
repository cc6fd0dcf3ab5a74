package io.mailwright.samples;

/** One runnable sample: it prints what it does, and what it created as the API gives it back. */
interface Sample {
  /** What the sample shows, as its heading. */
  String title();

  /** Whether it needs the sandbox (it merges conversations, or fills one up): skipped against the real API. */
  default boolean sandboxOnly() {
    return false;
  }

  void run(SampleContext ctx) throws Exception;
}
