package io.mailwright.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The README shows how to extend the client by editing the model (adding Update Custom Fields).
 * This test takes the example's code blocks out of the README, applies them to a copy of the Help
 * Scout model exactly as the README says, and compiles the result with the processor: the example
 * keeps working, and the client it describes is the one generated.
 */
class ReadmeExtensionExampleTest {
  private static final String NEW_PAGE = "UpdateCustomFields.java";
  private static final String ROOT = "HelpScoutMailbox.java";

  @Test
  void readmeExampleAddsUpdateCustomFieldsToTheClient() throws IOException {
    Compilation compilation = TestCompiler.javac().compile(extendedModel(example(NEW_PAGE)));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("example.helpscout.Conversations").contentsAsUtf8String()
        .contains("public Created updateCustomFields(long conversationId, UpdateCustomFieldsRequest request)");
    assertThat(compilation).generatedSourceFile("example.helpscout.Conversations").contentsAsUtf8String()
        .contains("public CompletableFuture<Created> updateCustomFieldsAsync(long conversationId,");
    assertThat(compilation).generatedSourceFile("example.helpscout.HelpScoutApi").contentsAsUtf8String()
        .contains("@PUT(\"v2/conversations/{conversationId}/fields\")");
    // "requires fields and checks each custom field (fields[0].id: is required)"
    String request = compilation.generatedSourceFile("example.helpscout.UpdateCustomFieldsRequest").orElseThrow()
        .getCharContent(true).toString();
    assertThat(request).contains("Checks.required(violations, \"fields\", this.fields)");
    assertThat(request).contains("violations.enter(\"fields\", i)");
  }

  @Test
  void forgettingThePathParameterIsTheErrorTheReadmeShows() throws IOException {
    String page = example(NEW_PAGE);
    String withoutPathParam = page.replace("  @PathParam long conversationId();\n", "");
    assertThat(withoutPathParam).isNotEqualTo(page);

    Compilation compilation = TestCompiler.javac().compile(extendedModel(withoutPathParam));

    assertThat(compilation).hadErrorContaining(
        "[MW101] path parameter {conversationId} has no @PathParam method in UpdateCustomFields");
  }

  /** The Help Scout model's sources, with the new page and the README's edit of the root. */
  private static List<JavaFileObject> extendedModel(String newPage) throws IOException {
    Path dir = Path.of(TestCompiler.requiredProperty("mailwright.modelSources"));
    List<JavaFileObject> sources = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        String name = f.getFileName().toString();
        String text = Files.readString(f);
        if (name.equals(ROOT)) {
          text = applyInsertion(text, example(ROOT));
        }
        sources.add(JavaFileObjects.forSourceString(qualified(name), text));
      }
    }
    sources.add(JavaFileObjects.forSourceString(qualified(NEW_PAGE), newPage));
    sources.add(JavaFileObjects.forSourceString("example.helpscout.package-info",
        "@io.mailwright.model.GenerateClient(model = io.mailwright.model.helpscout.HelpScoutMailbox.class,"
            + " name = \"HelpScout\")\npackage example.helpscout;\n"));
    return sources;
  }

  private static String qualified(String fileName) {
    return "io.mailwright.model.helpscout." + fileName.replace(".java", "");
  }

  /**
   * The README's edit of a file: its first line is a line of the file, the lines after it are
   * inserted after that line.
   */
  private static String applyInsertion(String file, String snippet) {
    String[] lines = snippet.split("\n", 2);
    int at = file.indexOf(lines[0] + "\n");
    assertThat(at).isAtLeast(0);
    int end = at + lines[0].length() + 1;
    return file.substring(0, end) + lines[1] + (lines[1].endsWith("\n") ? "" : "\n") + file.substring(end);
  }

  /** The code block after {@code <!-- extension-example:NAME -->} in the README. */
  private static String example(String name) throws IOException {
    String readme = Files.readString(Path.of(TestCompiler.requiredProperty("mailwright.readme")));
    int marker = readme.indexOf("<!-- extension-example:" + name + " -->");
    assertThat(marker).isAtLeast(0);
    int start = readme.indexOf("```java\n", marker) + "```java\n".length();
    int end = readme.indexOf("```", start);
    return readme.substring(start, end);
  }
}
