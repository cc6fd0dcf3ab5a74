package io.mailwright.processor;

import static com.google.common.truth.Truth.assertThat;
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
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * What the processor writes for one feature of a model, compared with a golden file: the generated
 * source as reviewed and accepted. One small model per feature ({@code models/<feature>/}), one
 * golden per test beside this class in the test resources: a whole class for a few
 * ({@code GoldenTest/<test>/<generated type>.java}: a shape, a union, a union member, an enum, a
 * resource group, the entry point, a response shape, a query type), only the members the feature
 * changes for every other ({@code GoldenTest/<test>/<generated type>.members}, see
 * {@link GoldenMembers}), so that a change to the boilerplate rewrites eight goldens, not all. {@code GoldenTest/README.md} says how to
 * regenerate them.
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
    assertGeneratesGoldenMembers("length", "com.example.length.Profile", "firstName", "Builder.firstName", "validateInto");
  }

  @Test
  void valueListEnum() {
    assertGeneratesGolden("valuelist", "com.example.valuelist.Color");
  }

  @Test
  void valueListField() {
    assertGeneratesGoldenMembers("valuelist", "com.example.valuelist.Paint", "color", "Builder.color", "validateInto");
  }

  @Test
  void listOfObjects() {
    assertGeneratesGoldenMembers("list", "com.example.list.Order", "Order", "items", "Builder.items", "Builder.addItem", "validateInto");
  }

  @Test
  void nestedObject() {
    assertGeneratesGoldenMembers("nested", "com.example.nested.Parcel", "to", "Builder.to", "validateInto");
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
    assertGeneratesGoldenMembers("path", "com.example.path.LibraryApi", "getShelf", "moveBook", "removeBook");
  }

  @Test
  void crossFieldRules() {
    assertGeneratesGoldenMembers("crossfield", "com.example.crossfield.Message", "phone", "validateInto");
  }

  @Test
  void absentOrNullField() {
    assertGeneratesGoldenMembers("explicitnull", "com.example.explicitnull.Assignment", "assigneeSet", "assignee", "hasAssignee", "assigneeJson", "Builder.assignee", "equals", "hashCode", "toString", "validateInto");
  }

  @Test
  void formats() {
    assertGeneratesGoldenMembers("formats", "com.example.formats.Contact", "email", "Builder.email", "photo", "Builder.photo", "metAt", "Builder.metAt", "validateInto");
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
    assertGeneratesGoldenMembers("files", "com.example.files.Document", "fromFile", "of", "Builder.file");
  }

  @Test
  void resolvesMoved() {
    assertGeneratesGoldenMembers("files", "com.example.files.Documents", "LOCATE", "locate", "locateAsync");
  }

  @Test
  void responseShape() {
    assertGeneratesGolden("reads", "com.example.reads.Book");
  }

  @Test
  void nestedResponseShape() {
    assertGeneratesGoldenMembers("reads", "com.example.reads.Author", "Author", "id", "name");
  }

  @Test
  void queryParameters() {
    assertGeneratesGolden("reads", "com.example.reads.ListBooksQuery");
  }

  @Test
  void readOperations() {
    assertGeneratesGoldenMembers("reads", "com.example.reads.Books", "GET", "LIST", "get", "getAsync", "locate",
        "locateAsync", "list", "listAsync", "listAll");
  }

  @Test
  void readApi() {
    assertGeneratesGoldenMembers("reads", "com.example.reads.ShelfApi", "getBook", "listBooks");
  }

  @Test
  void endpointWithInlineFields() {
    assertGeneratesGoldenMembers("inline", "com.example.inline.CreateTicketRequest", "header:public", "subject", "Builder.subject", "validateInto");
  }

  /** {@code @Pattern}: the compiled pattern, the Javadoc sentence and the check (after required and length). */
  @Test
  void pattern() {
    assertGeneratesGoldenMembers("pattern", "com.example.pattern.Coupon", "CODE_PATTERN", "COLOUR_PATTERN", "TAG_PATTERN",
        "code", "tag", "validateInto");
  }

  /** {@code @Range}: the Javadoc sentence and the check, for both bounds, a min alone and a max alone. */
  @Test
  void range() {
    assertGeneratesGoldenMembers("range", "com.example.range.Quota", "percent", "validateInto");
  }

  /**
   * What the model's root says beyond HTTP ({@code @Authorization}, {@code @ApiHeaders},
   * {@code @ErrorBody}, {@code @ErrorType}): the entry point's {@code PROTOCOL} and {@code oauth}
   * factories.
   */
  @Test
  void protocol() {
    assertGeneratesGoldenMembers("protocol", "com.example.protocol.Kennel", "PROTOCOL", "oauth");
  }

  /** An {@code @ErrorType}: its exception class, a subclass of the runtime's ApiException. */
  @Test
  void errorType() {
    assertGeneratesGolden("protocol", "com.example.protocol.KennelFullException");
  }

  /**
   * {@code @ResponseHeader(meaning = ...)} and an {@code @ErrorType} status on a call: the operation
   * names its id and web-location headers, the call's {@code @throws} the model's exception type.
   */
  @Test
  void createdHeadersAndErrorTypes() {
    assertGeneratesGoldenMembers("protocol", "com.example.protocol.Dogs", "ADMIT", "admit");
  }

  /** A shape that includes a mixin (which includes another) and places one of its fields among its own. */
  @Test
  void mixinFields() {
    assertGeneratesGoldenMembers("mixin", "com.example.mixin.Photo", "header:@JsonPropertyOrder", "imported", "Builder.imported");
  }

  /**
   * Mixins change the model's text, never the client: {@code models/mixin} and the same model written
   * out in full ({@code models/mixinspelled}) generate the same files, byte for byte but the package.
   */
  @Test
  void mixinsGenerateWhatTheModelWrittenOutGenerates() throws IOException {
    Compilation withMixins = TestCompiler.javac().compile(TestCompiler.model("mixin"));
    Compilation spelledOut = TestCompiler.javac().compile(TestCompiler.model("mixinspelled"));
    assertThat(withMixins).succeededWithoutWarnings();
    assertThat(spelledOut).succeededWithoutWarnings();
    Map<String, String> expected = new TreeMap<>();
    for (JavaFileObject f : spelledOut.generatedSourceFiles()) {
      expected.put(f.getName().replace("mixinspelled", "mixin"), f.getCharContent(true).toString()
          .replace("com.example.mixinspelled", "com.example.mixin"));
    }
    Map<String, String> actual = new TreeMap<>();
    for (JavaFileObject f : withMixins.generatedSourceFiles()) {
      actual.put(f.getName(), f.getCharContent(true).toString());
    }
    assertThat(actual.keySet()).hasSize(5);
    assertThat(actual).containsExactlyEntriesIn(expected);
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

  /**
   * A feature's golden: only the members of the generated type the feature changes ({@link
   * GoldenMembers}), at {@code GoldenTest/<test>/<SimpleName>.members}. The whole type still compiles
   * without a warning.
   */
  private void assertGeneratesGoldenMembers(String feature, String generatedType, String... members) {
    Compilation compilation = TestCompiler.javac().compile(TestCompiler.model(feature));
    assertThat(compilation).succeededWithoutWarnings();
    JavaFileObject generated = compilation.generatedSourceFile(generatedType).orElse(null);
    assertWithMessage("generated source %s", generatedType).that(generated).isNotNull();
    String actual;
    try {
      actual = GoldenMembers.extract(generated.getCharContent(true).toString(), List.of(members));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String resource = goldenResource(testName, generatedType).replaceFirst("\\.java$", ".members");
    if (UPDATE) {
      try {
        Path target = sourceTreePath(resource);
        Files.createDirectories(target.getParent());
        Files.writeString(target, actual, UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    assertWithMessage("members %s of %s against the golden %s", List.of(members), generatedType, resource)
        .that(actual).isEqualTo(text(golden(resource)));
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
