package io.mailwright.helpscout;

import io.mailwright.runtime.MailwrightException;

/**
 * Makes one write and one token request against a server that answers each with a 200 MiB body, as a
 * program of its own: {@link BoundedBodyTest} runs it in a JVM with 64 MiB of heap. Prints the class
 * of each exception; an OutOfMemoryError ends the program with its own exit code.
 */
public final class HugeBodyReceiver {
  private HugeBodyReceiver() {}

  public static void main(String[] args) {
    try (HelpScout client = HelpScout.builder().baseUrl(args[0]).accessToken("test-token").build()) {
      client.threads().createNote(123, RuntimeFixtures.note());
      System.out.println("write: no exception");
    } catch (MailwrightException e) {
      System.out.println("write: " + e.getClass().getSimpleName() + " " + e.getMessage().length());
    }
    try (HelpScout client = HelpScout.builder().baseUrl(args[0]).clientCredentials("app", "secret").build()) {
      client.threads().createNote(123, RuntimeFixtures.note());
      System.out.println("token: no exception");
    } catch (MailwrightException e) {
      System.out.println("token: " + e.getClass().getSimpleName() + " " + e.getMessage().length());
    }
    System.out.println("max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB");
  }
}
