package io.mailwright.helpscout;

import io.mailwright.runtime.Created;
import java.nio.file.Path;

/**
 * Sends one note with a file attachment, as a program of its own: {@link LargeAttachmentTest} runs it
 * in a JVM with a small heap. Arguments: the API base URL and the file.
 */
public final class LargeAttachmentSender {
  private LargeAttachmentSender() {}

  public static void main(String[] args) {
    try (HelpScout client = HelpScout.builder().baseUrl(args[0]).accessToken("test-token").build()) {
      NoteThread note = NoteThread.builder().text("The export you asked for")
          .addAttachment(Attachment.fromFile(Path.of(args[1]))).build();
      Created created = client.threads().createNote(123, note);
      System.out.println("created " + created.requireId() + " with max heap "
          + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB");
    }
  }
}
