package io.mailwright.processor;

import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * What the processor writes for one feature of a model, compared with a golden file: the generated
 * source as reviewed and accepted. One small model per feature ({@code models/<feature>/}), one
 * golden per test, at {@code GoldenTest/<test method>/<generated type>.java} beside this class in
 * the test resources. {@code GoldenTest/README.md} says how to regenerate them.
 */
class GoldenTest {
  /** {@code -Dmailwright.goldens.update=true} rewrites each golden with what is generated now. */
  static final boolean UPDATE = Boolean.getBoolean("mailwright.goldens.update");

  private String testName;

  @BeforeEach
  void rememberTestName(TestInfo info) {
    testName = info.getTestMethod().orElseThrow().getName();
  }

  @Test
  void requiredField() {
    assertGeneratesGolden("required", "com.example.required.Widget");
  }

  @Test
  void stringLength() {
    assertGeneratesGolden("length", "com.example.length.Profile");
  }

  @Test
  void valueListEnum() {
    assertGeneratesGolden("valuelist", "com.example.valuelist.Color");
  }

  @Test
  void valueListField() {
    assertGeneratesGolden("valuelist", "com.example.valuelist.Paint");
  }

  @Test
  void listOfObjects() {
    assertGeneratesGolden("list", "com.example.list.Order");
  }

  @Test
  void nestedObject() {
    assertGeneratesGolden("nested", "com.example.nested.Parcel");
  }

  @Test
  void unionWithDiscriminator() {
    assertGeneratesGolden("union", "com.example.union.Pet");
  }

  @Test
  void unionMember() {
    assertGeneratesGolden("union", "com.example.union.Dog");
  }

  @Test
  void pathParameters() {
    assertGeneratesGolden("path", "com.example.path.LibraryApi");
  }

  @Test
  void crossFieldRules() {
    assertGeneratesGolden("crossfield", "com.example.crossfield.Message");
  }

  @Test
  void absentOrNullField() {
    assertGeneratesGolden("explicitnull", "com.example.explicitnull.Assignment");
  }

  @Test
  void formats() {
    assertGeneratesGolden("formats", "com.example.formats.Contact");
  }

  @Test
  void resourceGroup() {
    assertGeneratesGolden("path", "com.example.path.Books");
  }

  @Test
  void entryPoint() {
    assertGeneratesGolden("path", "com.example.path.Library");
  }

  @Test
  void fileAttachment() {
    assertGeneratesGolden("files", "com.example.files.Document");
  }

  @Test
  void resolvesMoved() {
    assertGeneratesGolden("files", "com.example.files.Documents");
  }

  @Test
  void responseShape() {
    assertGeneratesGolden("reads", "com.example.reads.Book");
  }

  @Test
  void nestedResponseShape() {
    assertGeneratesGolden("reads", "com.example.reads.Author");
  }

  @Test
  void queryParameters() {
    assertGeneratesGolden("reads", "com.example.reads.ListBooksQuery");
  }

  @Test
  void readOperations() {
    assertGeneratesGolden("reads", "com.example.reads.Books");
  }

  @Test
  void readApi() {
    assertGeneratesGolden("reads", "com.example.reads.ShelfApi");
  }

  @Test
  void endpointWithInlineFields() {
    assertGeneratesGolden("inline", "com.example.inline.CreateTicketRequest");
  }

  private void assertGeneratesGolden(String feature, String generatedType) {
    Compilation compilation = TestCompiler.javac().compile(TestCompiler.model(feature));
    // The model, the generated code and the runtime compile together without a single warning.
    assertThat(compilation).succeededWithoutWarnings();
    String resource = goldenResource(testName, generatedType);
    if (UPDATE) {
      write(resource, compilation, generatedType);
    }
    assertMatchesGolden(compilation, generatedType, resource);
  }

  /** The golden of a test: {@code io/mailwright/processor/GoldenTest/<test>/<SimpleName>.java}. */
  static String goldenResource(String test, String generatedType) {
    return "io/mailwright/processor/GoldenTest/" + test + "/"
        + generatedType.substring(generatedType.lastIndexOf('.') + 1) + ".java";
  }

  /**
   * The generated type is the golden: the same Java (compile-testing's tree comparison, which
   * reports where they differ) and the same text, since Javadoc and formatting are part of what a
   * user reads and the tree comparison ignores comments.
   */
  static void assertMatchesGolden(Compilation compilation, String generatedType, String resource) {
    JavaFileObject golden = golden(resource);
    assertThat(compilation).generatedSourceFile(generatedType).hasSourceEquivalentTo(golden);
    assertThat(compilation).generatedSourceFile(generatedType).contentsAsUtf8String().isEqualTo(text(golden));
  }

  /** In update mode from the source tree (just written); else from the test classpath. */
  private static JavaFileObject golden(String resource) {
    if (UPDATE) {
      try {
        return JavaFileObjects.forResource(sourceTreePath(resource).toUri().toURL());
      } catch (MalformedURLException e) {
        throw new IllegalStateException(e);
      }
    }
    if (GoldenTest.class.getClassLoader().getResource(resource) == null) {
      throw new AssertionError("no golden " + resource + "; write it with -Dmailwright.goldens.update=true"
          + " (see GoldenTest/README.md) and read it before committing");
    }
    return JavaFileObjects.forResource(resource);
  }

  private static String text(JavaFileObject file) {
    try (InputStream in = file.openInputStream()) {
      return new String(in.readAllBytes(), UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(String resource, Compilation compilation, String generatedType) {
    JavaFileObject generated = compilation.generatedSourceFile(generatedType).orElse(null);
    assertWithMessage("generated source %s", generatedType).that(generated).isNotNull();
    Path target = sourceTreePath(resource);
    try {
      Files.createDirectories(target.getParent());
      Files.writeString(target, generated.getCharContent(true), UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path sourceTreePath(String resource) {
    return Path.of(TestCompiler.requiredProperty("mailwright.testResources"), resource);
  }
}
