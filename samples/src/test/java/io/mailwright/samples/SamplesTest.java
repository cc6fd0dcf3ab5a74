package io.mailwright.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The samples as a reader runs them: against the in-process sandbox, every one to the end. */
class SamplesTest {
  private static String run(Map<String, String> env, int expectedStatus) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    int status = Samples.run(Samples.ALL, env, out);
    String output = bytes.toString(StandardCharsets.UTF_8);
    assertEquals(expectedStatus, status, output);
    return output;
  }

  @Test
  void everySampleRunsAgainstTheSandboxAndShowsWhatItReadBack() {
    String output = run(Map.of(), 0);

    assertTrue(output.contains("All samples ran."), output);
    assertTrue(output.contains("read back with conversations().get("), output);
    assertTrue(output.contains("order-1234.txt (text/plain)"), output);
    assertTrue(output.contains("state draft"), output);
    assertTrue(output.contains("RequestValidationException, 4 violations"), output);
    assertTrue(output.contains("ConversationLockedException, 412"), output);
    assertTrue(output.contains("NotFoundException, 404"), output);
    assertTrue(output.contains("RateLimitException, 429"), output);
    assertTrue(output.contains("OutcomeUnknownException: POST /v2/conversations/"), output);
    assertTrue(output.contains("found it, thread"), output);
    assertTrue(output.contains("not there; sent it: thread"), output);
    assertTrue(output.contains("emails and notifications Help Scout would have sent for the import: 0"), output);
  }

  @Test
  void someButNotAllVariablesIsAMistakeNotTheSandbox() {
    String output = run(Map.of(SampleContext.CLIENT_ID, "id"), 2);

    assertTrue(output.contains("set all of HELPSCOUT_CLIENT_ID"), output);
  }
}
