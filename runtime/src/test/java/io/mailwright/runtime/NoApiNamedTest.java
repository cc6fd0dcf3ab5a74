package io.mailwright.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The runtime names no API: what is specific to Help Scout (its headers, its token path, the members
 * of its error bodies, its name) comes from the model, through the generated {@code PROTOCOL}. A scan
 * of every string literal of the runtime's sources.
 */
class NoApiNamedTest {
  /**
   * What would be Help Scout's, written into the runtime. HAL's own names ({@code _embedded},
   * {@code _links}, {@code href}) are a standard the runtime reads for any API, not Help Scout's.
   */
  private static final List<String> HELP_SCOUT = List.of("x-ratelimit", "resource-id", "web-location",
      "correlation-id", "logref", "oauth2", "rejectedvalue", "_embedded.errors", "helpscout", "help scout");

  private static final Pattern STRING_LITERAL = Pattern.compile("\"(?:[^\"\\\\\\n]|\\\\.)*\"");

  @Test
  void noStringLiteralOfTheRuntimeNamesAHelpScoutHeaderPathOrBodyMember() throws IOException {
    Path sources = Path.of("src/main/java");
    assertTrue(Files.isDirectory(sources.resolve("io/mailwright/runtime/internal")), sources.toAbsolutePath()
        + " is not the runtime's source folder");
    List<String> found = new ArrayList<>();
    int literals = 0;
    try (Stream<Path> files = Files.walk(sources)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        String code = withoutComments(Files.readString(file));
        Matcher m = STRING_LITERAL.matcher(code);
        while (m.find()) {
          literals++;
          String literal = m.group().toLowerCase(Locale.ROOT);
          for (String name : HELP_SCOUT) {
            if (literal.contains(name)) {
              found.add(sources.relativize(file) + ": " + m.group());
            }
          }
        }
      }
    }
    assertTrue(literals > 100, "the scan saw the runtime's literals (" + literals + ")");
    assertEquals(List.of(), found);
  }

  /**
   * Nor does a type of the runtime carry an API's name: the root of every exception is
   * {@code MailwrightException}, and what is Help Scout's alone ({@code ConversationLockedException},
   * the entry point) is generated from the model.
   */
  @Test
  void noTypeOfTheRuntimeIsNamedAfterAnApi() throws IOException {
    List<String> named = new ArrayList<>();
    int types = 0;
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        types++;
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.contains("helpscout")) {
          named.add(file.toString());
        }
      }
    }
    assertTrue(types > 40, "the scan saw the runtime's types (" + types + ")");
    assertEquals(List.of(), named);
  }

  /** The code without its comments (a Javadoc may say what Help Scout sends; the code may not). */
  private static String withoutComments(String code) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < code.length()) {
      char c = code.charAt(i);
      if (c == '"') {
        int end = i + 1;
        while (end < code.length() && code.charAt(end) != '"' && code.charAt(end) != '\n') {
          end += code.charAt(end) == '\\' ? 2 : 1;
        }
        out.append(code, i, Math.min(end + 1, code.length()));
        i = end + 1;
      } else if (code.startsWith("//", i)) {
        i = code.indexOf('\n', i) < 0 ? code.length() : code.indexOf('\n', i);
      } else if (code.startsWith("/*", i)) {
        i = code.indexOf("*/", i) < 0 ? code.length() : code.indexOf("*/", i) + 2;
      } else if (c == '\'') {
        int end = code.indexOf('\'', i + (code.charAt(i + 1) == '\\' ? 3 : 2));
        out.append(code, i, end + 1);
        i = end + 1;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }
}
