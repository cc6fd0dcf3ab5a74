package io.mailwright.importer;

import java.io.IOException;
import java.io.PrintStream;
import java.util.HashMap;
import java.util.Map;

/** {@code --check}: reads the whole input, prints every problem with its position and JSON path, sends nothing. */
final class Check {
  private Check() {}

  static int run(ConversationSource source, PrintStream out) throws IOException, InterruptedException {
    int[] counts = new int[2];
    Map<String, String> seen = new HashMap<>();
    source.read(new ConversationSource.Sink() {
      @Override
      public void conversation(ImportItem item) {
        counts[0]++;
        boolean bad = false;
        String where = item.position() + (item.sourceId() == null ? "" : " (sourceId " + item.sourceId() + ")");
        for (String problem : item.problems()) {
          out.println(where + ": " + problem);
          bad = true;
        }
        if (item.sourceId() != null) {
          String first = seen.putIfAbsent(item.sourceId(), item.position());
          if (first != null) {
            out.println(where + ": sourceId: repeats " + first);
            bad = true;
          }
        }
        if (bad) {
          counts[1]++;
        }
        for (java.nio.file.Path p : item.temporaryFiles()) {
          try {
            java.nio.file.Files.deleteIfExists(p);
          } catch (IOException e) {
            // left for the exit
          }
        }
      }

      @Override
      public void unreadable(String position, String problem) {
        counts[0]++;
        counts[1]++;
        out.println(position + ": " + problem);
      }
    });
    out.println(counts[0] + " conversation(s) read, " + counts[1] + " with problems"
        + (counts[1] == 0 ? ": the input is clean" : ""));
    return counts[1] == 0 ? 0 : 1;
  }
}
