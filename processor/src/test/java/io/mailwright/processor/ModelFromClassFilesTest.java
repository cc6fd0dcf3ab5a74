package io.mailwright.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The model annotations have CLASS retention because a model usually reaches the processor as a
 * jar: generated-client reads the Help Scout model from api-model's classes. This test compiles a
 * model to class files first, then runs the processor with only the trigger as source, and expects
 * exactly what the same model gives when it is compiled from source (the union goldens: repeatable
 * {@code @Variant}s, nested shapes and {@code @Doc} texts all come out of class files).
 */
class ModelFromClassFilesTest {
  @Test
  void modelReadFromClassFilesGeneratesWhatItsSourceGenerates(@TempDir Path modelClasses, @TempDir Path noSources)
      throws IOException {
    Compilation model = Compiler.javac()
        .withOptions("-proc:none")
        .withClasspath(TestCompiler.testClasspath())
        .compile(TestCompiler.modelWithoutTrigger("union"));
    assertThat(model).succeededWithoutWarnings();
    writeClassFiles(model, modelClasses);

    // An empty -sourcepath: javac must not find the model's sources, only its classes.
    Compilation client = TestCompiler.javac(List.of(modelClasses.toFile()), "-sourcepath", noSources.toString())
        .compile(triggerOnly());

    assertThat(client).succeededWithoutWarnings();
    GoldenTest.assertMatchesGolden(client, "com.example.union.Pet",
        GoldenTest.goldenResource("unionWithDiscriminator", "com.example.union.Pet"));
    GoldenTest.assertMatchesGolden(client, "com.example.union.Dog",
        GoldenTest.goldenResource("unionMember", "com.example.union.Dog"));
  }

  private static JavaFileObject triggerOnly() {
    List<JavaFileObject> sources = TestCompiler.model("union").stream()
        .filter(f -> f.getName().endsWith("package-info.java"))
        .toList();
    assertThat(sources).hasSize(1);
    return sources.get(0);
  }

  /** The class files of a compilation, at their package paths under {@code root}. */
  private static void writeClassFiles(Compilation compilation, Path root) throws IOException {
    int written = 0;
    for (JavaFileObject f : compilation.generatedFiles()) {
      if (f.getKind() != JavaFileObject.Kind.CLASS) {
        continue;
      }
      // In-memory output is named /CLASS_OUTPUT/<package path>/<Name>.class.
      String prefix = "/" + StandardLocation.CLASS_OUTPUT.getName() + "/";
      String name = f.toUri().getPath();
      assertWithMessage("class file %s", name).that(name).startsWith(prefix);
      Path target = root.resolve(name.substring(prefix.length()));
      Files.createDirectories(target.getParent());
      try (InputStream in = f.openInputStream()) {
        Files.copy(in, target);
      }
      written++;
    }
    assertWithMessage("class files of the model").that(written).isGreaterThan(0);
    try (Stream<Path> walk = Files.walk(root)) {
      assertWithMessage("model directory holds class files only")
          .that(walk.filter(p -> p.toString().endsWith(".java")).toList())
          .isEmpty();
    }
  }
}
