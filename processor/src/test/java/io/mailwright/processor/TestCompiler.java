package io.mailwright.processor;

import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * The compiler every processor test runs: javac with {@link ClientProcessor}, the lint the build
 * uses, and a classpath on which generated code compiles (the test classpath, which holds the
 * model vocabulary, Jackson and Retrofit, plus the client's hand-written runtime).
 */
final class TestCompiler {
  private TestCompiler() {}

  /** javac with the processor. Generated code must compile without a warning under this lint. */
  static Compiler javac() {
    return javac(List.of());
  }

  /**
   * javac with the processor, more classpath entries (a model compiled to class files) and more
   * options.
   */
  static Compiler javac(List<File> moreClasspath, String... moreOptions) {
    List<File> classpath = new ArrayList<>(Classpath.TEST);
    classpath.addAll(moreClasspath);
    List<String> options = new ArrayList<>();
    // "-processing" only remarks that no processor claims Jackson's annotations.
    options.add("-Xlint:all,-processing");
    options.addAll(List.of(moreOptions));
    return Compiler.javac()
        .withProcessors(new ClientProcessor())
        .withOptions(options)
        .withClasspath(classpath);
  }

  /**
   * The sources of a test model, {@code io/mailwright/processor/models/<feature>/}: its
   * package-info (the {@code @GenerateClient} trigger) and the model under {@code model/}.
   */
  static List<JavaFileObject> model(String feature) {
    return modelFiles(feature, p -> true);
  }

  /** The model of a test model without its trigger: what a model jar would be compiled from. */
  static List<JavaFileObject> modelWithoutTrigger(String feature) {
    return modelFiles(feature, p -> !p.getFileName().toString().equals("package-info.java"));
  }

  private static List<JavaFileObject> modelFiles(String feature, Predicate<Path> which) {
    String dir = "io/mailwright/processor/models/" + feature;
    URL url = TestCompiler.class.getClassLoader().getResource(dir);
    if (url == null) {
      throw new IllegalArgumentException("no test model " + dir + " on the test classpath");
    }
    try (Stream<Path> walk = Files.walk(Path.of(url.toURI()))) {
      List<JavaFileObject> files = new ArrayList<>();
      for (Path p : walk.filter(p -> p.toString().endsWith(".java")).filter(which).sorted().toList()) {
        files.add(JavaFileObjects.forResource(p.toUri().toURL()));
      }
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The test classpath alone, for compiling a model to class files without the runtime. */
  static List<File> testClasspath() {
    return Classpath.TEST;
  }

  /**
   * The test classpath, computed once per JVM: it holds the runtime (mailwright-runtime, a test
   * dependency), which generated code refers to.
   */
  static final class Classpath {
    static final List<File> TEST = testClasspathEntries();

    private static List<File> testClasspathEntries() {
      List<File> entries = new ArrayList<>();
      for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
        if (!entry.isEmpty()) {
          entries.add(new File(entry));
        }
      }
      return List.copyOf(entries);
    }
  }

  /**
   * The files the processor writes for these sources, when plain javac (not compile-testing, whose
   * failed compilations hide their generated files) runs it with {@code -s} on a temporary
   * directory. Paths relative to that directory.
   */
  static List<String> filesWrittenFor(List<JavaFileObject> sources) {
    try {
      Path dir = Files.createTempDirectory("mailwright-generated");
      try {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        try (StandardJavaFileManager fm = javac.getStandardFileManager(null, null, null)) {
          String classpath = String.join(File.pathSeparator,
              Classpath.TEST.stream().map(File::getPath).toList());
          List<String> options = List.of("-classpath", classpath, "-proc:only", "-s", dir.toString());
          JavaCompiler.CompilationTask task =
              javac.getTask(new StringWriter(), fm, diagnostic -> {}, options, null, sources);
          task.setProcessors(List.of(new ClientProcessor()));
          task.call();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
          return walk.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).sorted().toList();
        }
      } finally {
        deleteTree(dir);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String requiredProperty(String name) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("system property " + name + " is not set; run the tests with Maven"
          + " (processor/pom.xml sets it for surefire)");
    }
    return value;
  }

  private static void deleteTree(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // A leftover temporary directory is harmless.
    }
  }
}
