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
    List<File> classpath = new ArrayList<>(Classpath.WITH_RUNTIME);
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

  /** Computed once per JVM: the runtime is compiled by the first test that needs it. */
  static final class Classpath {
    static final List<File> TEST = testClasspathEntries();
    static final List<File> WITH_RUNTIME = withRuntime();

    private static List<File> testClasspathEntries() {
      List<File> entries = new ArrayList<>();
      for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
        if (!entry.isEmpty()) {
          entries.add(new File(entry));
        }
      }
      return List.copyOf(entries);
    }

    private static List<File> withRuntime() {
      List<File> entries = new ArrayList<>(TEST);
      entries.add(compileRuntime().toFile());
      return List.copyOf(entries);
    }
  }

  /**
   * Compiles generated-client's runtime sources (the classes generated code refers to) into a
   * temporary directory, deleted when the JVM exits. The sources are read where they live, so a
   * change to the runtime is seen by the next test run without a build of generated-client.
   */
  private static Path compileRuntime() {
    Path sources = Path.of(requiredProperty("mailwright.runtimeSources"));
    try {
      Path out = Files.createTempDirectory("mailwright-runtime");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(out)));
      List<File> files;
      try (Stream<Path> walk = Files.walk(sources)) {
        files = walk.filter(p -> p.toString().endsWith(".java")).map(Path::toFile).sorted().toList();
      }
      if (files.isEmpty()) {
        throw new IllegalStateException("no runtime sources under " + sources);
      }
      JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
      StringWriter messages = new StringWriter();
      try (StandardJavaFileManager fm = javac.getStandardFileManager(null, null, null)) {
        Iterable<? extends JavaFileObject> units = fm.getJavaFileObjectsFromFiles(files);
        List<String> options = List.of(
            "-classpath", System.getProperty("java.class.path"), "-d", out.toString(), "-proc:none");
        if (!javac.getTask(messages, fm, null, options, null, units).call()) {
          throw new IllegalStateException("the runtime under " + sources + " does not compile:\n" + messages);
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
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
              Classpath.WITH_RUNTIME.stream().map(File::getPath).toList());
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
