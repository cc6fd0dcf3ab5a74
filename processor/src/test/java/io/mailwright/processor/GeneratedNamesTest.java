package io.mailwright.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The names a user calls, from a model compiled by real javac and loaded: a constant for each wire
 * value however it is spelled, and {@code addX} with the singular of each list's name.
 */
class GeneratedNamesTest {
  @TempDir
  Path classes;

  @Test
  void eachWireValueIsAConstantInUpperSnakeCase() throws Exception {
    Class<?> state = load().loadClass("com.example.naming.State");

    List<String> constants = new ArrayList<>();
    for (Object c : state.getEnumConstants()) {
      constants.add(((Enum<?>) c).name());
    }
    assertThat(constants).containsExactly(
        "IN_PROGRESS",   // inProgress: a word boundary inside camel case
        "ON_HOLD",       // on-hold
        "DRAFT",         // -draft: no leading separator
        "DONE",          // done-: no trailing separator
        "V_2FA",         // 2fa: a Java name cannot start with a digit
        "ALL_CAPS")      // ALL_CAPS: capitals in a row are one word
        .inOrder();
  }

  @Test
  void eachListHasAnAddMethodNamedForOneOfItsElements() throws Exception {
    Class<?> builder = load().loadClass("com.example.naming.Shelf$Builder");

    TreeSet<String> adders = new TreeSet<>();
    for (Method m : builder.getMethods()) {
      if (m.getName().matches("add[A-Z].*")) {
        adders.add(m.getName());
      }
    }
    assertThat(adders).containsExactly("addCategory", "addBox", "addGlass", "addBrush", "addMatch", "addAddress",
        "addCc", "addIe", "addS");
  }

  /** The generated classes of the naming model, compiled, with the runtime they call. */
  private ClassLoader load() throws IOException {
    Compilation compilation = TestCompiler.javac().compile(TestCompiler.model("naming"));
    assertThat(compilation).succeededWithoutWarnings();
    for (JavaFileObject f : compilation.generatedFiles()) {
      if (f.getKind() == JavaFileObject.Kind.CLASS) {
        Path target = classes.resolve(f.getName().replaceFirst("^/CLASS_OUTPUT/", ""));
        Files.createDirectories(target.getParent());
        try (InputStream in = f.openInputStream()) {
          Files.copy(in, target);
        }
      }
    }
    List<URL> urls = new ArrayList<>();
    urls.add(classes.toUri().toURL());
    for (File f : TestCompiler.Classpath.TEST) {
      urls.add(f.toURI().toURL());
    }
    return new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
  }
}
