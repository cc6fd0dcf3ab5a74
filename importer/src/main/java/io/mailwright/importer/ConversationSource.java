package io.mailwright.importer;

import java.io.IOException;

/** An export file, read one conversation at a time (each pass reads the file again; nothing is kept). */
interface ConversationSource {
  /** Reads the whole input, handing each conversation to {@code sink} in input order. */
  void read(Sink sink) throws IOException, InterruptedException;

  /** Problems of the file itself that belong to no conversation (a malformed mbox message, a broken line). */
  interface Sink {
    void conversation(ImportItem item) throws InterruptedException;

    /** Something in the input that is not a conversation at all and cannot be imported. */
    void unreadable(String position, String problem);
  }
}
