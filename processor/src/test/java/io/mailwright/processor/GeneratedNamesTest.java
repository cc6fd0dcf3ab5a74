package io.mailwright.processor;

import static com.google.common.truth.Truth.assertThat;

import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
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
    Class<?> state = TestCompiler.compileAndLoad("naming", classes).loadClass("com.example.naming.State");

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
    Class<?> builder = TestCompiler.compileAndLoad("naming", classes).loadClass("com.example.naming.Shelf$Builder");

    TreeSet<String> adders = new TreeSet<>();
    for (Method m : builder.getMethods()) {
      if (m.getName().matches("add[A-Z].*")) {
        adders.add(m.getName());
      }
    }
    assertThat(adders).containsExactly("addCategory", "addBox", "addGlass", "addBrush", "addMatch", "addAddress",
        "addCc", "addIe", "addS");
  }

}
