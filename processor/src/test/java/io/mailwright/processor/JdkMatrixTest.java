package io.mailwright.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The processor on every JDK the machine has (Dagger runs its tests in each compiler mode; this is
 * the JDK matrix): javac 17 and javac 25, each in its own process, compile the shipped client (its
 * {@code package-info} trigger and the runtime, the Help Scout model from class files) to Java 17
 * with every lint as an error, and generate the very same sources.
 *
 * <p>JDK 25 is looked up in {@code -Dmailwright.jdk25.home}, then {@code JAVA25_HOME}, then
 * {@code /usr/lib/jvm/temurin-25-jdk-amd64}; without one, the test is skipped and says so.
 */
class JdkMatrixTest {
  private static final List<String> JDK25_CANDIDATES = Stream.of(System.getProperty("mailwright.jdk25.home"),
      System.getenv("JAVA25_HOME"), "/usr/lib/jvm/temurin-25-jdk-amd64").filter(s -> s != null && !s.isBlank()).toList();

  @Test
  void jdk17AndJdk25GenerateTheSameCleanClient(@TempDir Path dir) throws Exception {
    Path javac25 = JDK25_CANDIDATES.stream().map(h -> Path.of(h, "bin", "javac")).filter(Files::isExecutable)
        .findFirst().orElse(null);
    assumeTrue(javac25 != null, "no JDK 25 here (looked in " + JDK25_CANDIDATES + "; set -Dmailwright.jdk25.home):"
        + " the processor was tested on JDK " + Runtime.version().feature() + " only");
    Path javac17 = Path.of(System.getProperty("java.home"), "bin", "javac");

    Map<String, String> on17 = generate(javac17, dir.resolve("jdk17"));
    Map<String, String> on25 = generate(javac25, dir.resolve("jdk25"));

    assertFalse(on17.isEmpty());
    assertEquals(on17.keySet(), on25.keySet(), "the same files");
    for (String file : on17.keySet()) {
      assertEquals(on17.get(file), on25.get(file), file);
    }
  }

  /** Runs that javac over the client's sources; returns the generated sources by path. */
  private static Map<String, String> generate(Path javac, Path out) throws IOException, InterruptedException {
    Path classes = Files.createDirectories(out.resolve("classes"));
    Path generated = Files.createDirectories(out.resolve("generated"));
    // An empty source path: javac would otherwise look for sources on the (test) classpath too.
    Path noSources = Files.createDirectories(out.resolve("no-sources"));
    // The client's trigger; the runtime it compiles against is a jar on the (test) classpath.
    List<String> sources = List.of(Path.of(System.getProperty("mailwright.clientTrigger")).toString());
    String classpath = System.getProperty("java.class.path");
    List<String> command = new ArrayList<>(List.of(javac.toString(), "--release", "17", "-Xlint:all,-processing",
        "-Werror", "-implicit:none", "-encoding", "UTF-8", "-classpath", classpath, "-sourcepath", noSources.toString(), "-processorpath", classpath,
        "-processor", ClientProcessor.class.getName(), "-d", classes.toString(), "-s", generated.toString()));
    command.addAll(sources);
    Path log = out.resolve("javac.log");
    Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!p.waitFor(5, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError(javac + " did not finish in 5 minutes");
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    assertEquals(0, p.exitValue(), javac + " failed:\n" + output);
    assertEquals("", output.strip(), javac + " printed warnings or notes");
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(generated)) {
      for (Path f : walk.filter(Files::isRegularFile).toList()) {
        files.put(generated.relativize(f).toString().replace(File.separatorChar, '/'),
            Files.readString(f, StandardCharsets.UTF_8));
      }
    }
    return files;
  }
}
