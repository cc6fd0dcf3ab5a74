package io.mailwright.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The client jar has a stable module name ({@code Automatic-Module-Name: io.mailwright.helpscout},
 * issue 11, item 9) and works on the module path: a small program, a named module that
 * {@code requires io.mailwright.helpscout}, is compiled and run on the module path, sends a note to
 * a local server and reads a request from JSON with Jackson. The runtime is a jar of its own
 * ({@code io.mailwright.runtime}) that the program never names: requiring the client is enough.
 */
class ModulePathTest {
  /** The jars the client needs at run time, as they are on this test's class path. */
  private static final List<String> RUNTIME = List.of("helpscout-client", "mailwright-runtime", "retrofit", "okhttp-jvm", "okio-jvm",
      "kotlin-stdlib", "jackson-databind", "jackson-core", "jackson-annotations", "jspecify");

  private static final String MODULE_INFO = """
      module usage {
        requires io.mailwright.helpscout;
        requires com.fasterxml.jackson.databind;
        requires jdk.httpserver;
      }
      """;

  private static final String MAIN = """
      package usage;

      import com.fasterxml.jackson.databind.ObjectMapper;
      import com.sun.net.httpserver.HttpServer;
      import io.mailwright.helpscout.HelpScout;
      import io.mailwright.helpscout.NoteThread;
      import io.mailwright.runtime.Created;
      import java.net.InetAddress;
      import java.net.InetSocketAddress;

      public class Main {
        public static void main(String[] args) throws Exception {
          HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
          server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().add("Resource-ID", "77");
            exchange.sendResponseHeaders(201, -1);
            exchange.close();
          });
          server.start();
          try (HelpScout helpScout = HelpScout.builder()
              .baseUrl("http://127.0.0.1:" + server.getAddress().getPort() + "/").accessToken("token").build()) {
            Created created = helpScout.threads().createNote(1, NoteThread.builder().text("from the module path"));
            NoteThread read = new ObjectMapper().readValue("{\\"text\\": \\"read\\"}", NoteThread.class).requireValid();
            System.out.println("module " + HelpScout.class.getModule().getName() + " named " + HelpScout.class.getModule().isNamed()
                + ", created " + created.requireId() + ", " + read.text());
          } finally {
            server.stop(0);
          }
        }
      }
      """;

  @Test
  void clientRunsOnTheModulePath(@TempDir Path dir) throws Exception {
    List<String> modulePath = new ArrayList<>();
    String clientJar = null;
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      String name = Path.of(entry).getFileName().toString();
      if (name.endsWith(".jar") && RUNTIME.stream().anyMatch(name::startsWith)) {
        modulePath.add(entry);
        if (name.startsWith("helpscout-client")) {
          clientJar = entry;
        }
      }
    }
    // Under `mvn test` the reactor hands over target/classes; the jar exists from `package` on (mvn verify).
    Assumptions.assumeTrue(clientJar != null, "the client is not a jar on this class path (run mvn verify)");
    try (JarFile jar = new JarFile(clientJar)) {
      assertEquals("io.mailwright.helpscout", jar.getManifest().getMainAttributes().getValue("Automatic-Module-Name"));
    }

    Path src = dir.resolve("src");
    Files.createDirectories(src.resolve("usage"));
    Files.writeString(src.resolve("module-info.java"), MODULE_INFO);
    Files.writeString(src.resolve("usage/Main.java"), MAIN);
    Path out = dir.resolve("out");
    String mp = String.join(File.pathSeparator, modulePath);
    StringWriter javacOut = new StringWriter();
    int javac = ToolProvider.findFirst("javac").orElseThrow().run(new PrintWriter(javacOut), new PrintWriter(javacOut),
        "--module-path", mp, "-d", out.toString(), src.resolve("module-info.java").toString(),
        src.resolve("usage/Main.java").toString());
    assertEquals(0, javac, javacOut.toString());

    Path log = dir.resolve("run.log");
    Process run = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "--module-path", out + File.pathSeparator + mp, "--add-modules", "ALL-MODULE-PATH", "-m", "usage/usage.Main")
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    // A guard against a hung child, not a measure of speed.
    assertTrue(run.waitFor(2, TimeUnit.MINUTES), "the program did not finish");
    String output = read(log);
    assertEquals(0, run.exitValue(), output);
    assertTrue(output.contains("module io.mailwright.helpscout named true, created 77, read"), output);
  }

  private static String read(Path log) throws IOException {
    return Files.readString(log);
  }
}
