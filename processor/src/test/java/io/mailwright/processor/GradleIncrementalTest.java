package io.mailwright.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;
import org.junit.jupiter.api.Test;

/**
 * Gradle runs the processor incrementally (issue 11, item 12): the jar declares it in
 * {@code META-INF/gradle/incremental.annotation.processors} as {@code aggregating} (it writes a whole
 * client from one trigger and the model types it names). Gradle's rules for that kind hold: the
 * declared class is the processor the jar registers, and every annotation it reads has CLASS or
 * RUNTIME retention.
 */
class GradleIncrementalTest {
  @Test
  void processorIsDeclaredAggregatingAndKeepsGradlesRules() throws IOException {
    List<String> lines;
    try (InputStream in = getClass().getResourceAsStream("/META-INF/gradle/incremental.annotation.processors")) {
      assertNotNull(in, "META-INF/gradle/incremental.annotation.processors is missing");
      lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
    }
    assertEquals(List.of(ClientProcessor.class.getName() + ",aggregating"), lines);
    assertTrue(ServiceLoader.load(Processor.class).stream().anyMatch(p -> p.type() == ClientProcessor.class),
        "the declared processor is the one registered in META-INF/services");

    // Aggregating processors may read only CLASS- or RUNTIME-retained annotations: every annotation of the model.
    Path vocabulary = Path.of(System.getProperty("mailwright.modelSources")).resolve("..");
    try (Stream<Path> files = Files.list(vocabulary)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String name = file.getFileName().toString().replace(".java", "");
        Class<?> type = loadModelClass(name);
        if (type != null && type.isAnnotation()) {
          Retention retention = type.getAnnotation(Retention.class);
          assertNotNull(retention, name + " has no @Retention (SOURCE by default)");
          assertTrue(retention.value() != RetentionPolicy.SOURCE, name + " is SOURCE-retained");
        }
      }
    }
  }

  private static Class<?> loadModelClass(String simpleName) {
    try {
      return Class.forName("io.mailwright.model." + simpleName);
    } catch (ClassNotFoundException e) {
      return null;
    }
  }
}
