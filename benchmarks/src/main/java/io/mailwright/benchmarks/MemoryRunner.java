package io.mailwright.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Benchmark 4, the parent: starts the loopback server, writes attachment files of 1, 16 and 64 MB,
 * runs {@link AttachmentMemory} in a child JVM with {@code -Xmx96m} for each (and, as a control,
 * once for 64 MB read into memory first), checks that the server received the whole Base64 body,
 * and writes the children's lines as a JSON array.
 *
 * <p>Usage: {@code MemoryRunner <jar> <work dir> <output.json>}
 */
public final class MemoryRunner {
  private MemoryRunner() {}

  public static void main(String[] args) throws Exception {
    String jar = args[0];
    Path work = Files.createDirectories(Path.of(args[1]));
    Path output = Path.of(args[2]);
    List<String> lines = new ArrayList<>();
    try (LoopbackServer server = new LoopbackServer(2)) {
      for (int mb : new int[] {1, 16, 64}) {
        Path file = attachment(work, mb);
        long before = server.bodyBytes();
        String line = child(jar, server.url(), file, false);
        long received = server.bodyBytes() - before;
        long base64 = (Files.size(file) + 2) / 3 * 4;
        if (line.contains("\"ok\"") && received < base64) {
          throw new IllegalStateException(mb + " MB: the server received " + received + " bytes, less than the "
              + base64 + " of the Base64 content");
        }
        lines.add(line.substring(0, line.length() - 1) + ", \"received_bytes\": " + received + "}");
      }
      Path file = attachment(work, 64);
      String control = child(jar, server.url(), file, true);
      lines.add(control.substring(0, control.length() - 1) + ", \"received_bytes\": null}");
    }
    Files.writeString(output, "[\n  " + String.join(",\n  ", lines) + "\n]\n", StandardCharsets.UTF_8);
    System.out.println(String.join("\n", lines));
  }

  private static Path attachment(Path work, int mb) throws IOException {
    Path file = work.resolve("attachment-" + mb + "mb.bin");
    long size = mb * 1024L * 1024L;
    if (Files.exists(file) && Files.size(file) == size) {
      return file;
    }
    Random random = new Random(mb);
    byte[] chunk = new byte[1024 * 1024];
    try (OutputStream out = Files.newOutputStream(file)) {
      for (int i = 0; i < mb; i++) {
        random.nextBytes(chunk);
        out.write(chunk);
      }
    }
    return file;
  }

  private static String child(String jar, String url, Path file, boolean inMemory) throws Exception {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx96m", "-cp", jar, AttachmentMemory.class.getName(), url, file.toString()));
    if (inMemory) {
      command.add("inMemory");
    }
    Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    int exit = p.waitFor();
    String last = out.isEmpty() ? "" : out.substring(out.lastIndexOf('\n') + 1);
    if (!last.startsWith("{")) {
      return "{\"file_bytes\": " + Files.size(file) + ", \"in_memory\": " + inMemory
          + ", \"outcome\": \"child exited " + exit + " without a result\"}";
    }
    return last;
  }
}
