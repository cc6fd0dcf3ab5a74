package io.mailwright.helpscout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bytes on the wire, pinned: each seed example (built with the builders, and read from the seed's
 * JSON), each full request of {@link RoundTripTest} and the three states of {@code assignTo}, written
 * by Jackson 2 and by Jackson 3 with their defaults, must be byte for byte what the generated types
 * wrote when the expected files under {@code /wire-bytes} were recorded (before the generated code
 * was made smaller: the Jackson annotation bundle, {@code @JsonProperty} on fields). Key order,
 * spacing, escapes and number forms all count, not only the tree.
 *
 * <p>Recorded again only on purpose, with {@code -Dmailwright.wirebytes.update=true} (writes into
 * {@code src/test/resources/wire-bytes}); read the diff.
 */
class WireBytesTest {
  private static final boolean UPDATE = Boolean.getBoolean("mailwright.wirebytes.update");

  static Map<String, Object> examples() {
    Map<String, Object> examples = new LinkedHashMap<>();
    examples.put("seed000-customer-thread", SeedExamplesTest.seed000());
    examples.put("seed001-chat-thread", SeedExamplesTest.seed001());
    examples.put("seed002-reply-thread", SeedExamplesTest.seed002());
    examples.put("seed003-note", SeedExamplesTest.seed003());
    examples.put("seed004-conversation", SeedExamplesTest.seed004());
    examples.put("phone-thread", SeedExamplesTest.phoneExample());
    // The seeds as JSON, read into their types (no validation) and written back.
    examples.put("seed000-read", Jackson.JACKSON_2.read(seed("000-create-customer-thread.json"), CustomerThread.class));
    examples.put("seed001-read", Jackson.JACKSON_2.read(seed("001-create-chat-thread.json"), ChatThread.class));
    examples.put("seed002-read", Jackson.JACKSON_2.read(seed("002-create-reply-thread.json"), ReplyThread.class));
    examples.put("seed003-read", Jackson.JACKSON_2.read(seed("003-create-note.json"), NoteThread.class));
    examples.put("seed004-read", Jackson.JACKSON_2.read(seed("004-create-conversation.json"), CreateConversationRequest.class));
    examples.put("phone-read", Jackson.JACKSON_2.read(seed("phone-create-phone-thread.json"), PhoneThread.class));
    // Every field of every request type set (RoundTripTest's fixtures).
    examples.put("full-conversation", RoundTripTest.fullConversation());
    examples.put("full-customer-thread", RoundTripTest.customerThread());
    examples.put("full-chat-thread", RoundTripTest.chatThread());
    examples.put("full-phone-thread", RoundTripTest.phoneThread());
    examples.put("full-reply-thread", RoundTripTest.replyThread());
    examples.put("full-note", RoundTripTest.noteThread());
    examples.put("full-customer", RoundTripTest.fullCustomer(456));
    examples.put("attachment-bytes", RoundTripTest.attachments().get(1));
    // assignTo: absent, an explicit null, a user.
    examples.put("assign-to-absent", Fixtures.conversation().build());
    examples.put("assign-to-null", Fixtures.conversation().assignTo(null).build());
    examples.put("assign-to-user", Fixtures.conversation().assignTo(7L).build());
    return examples;
  }

  static Stream<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    for (Jackson jackson : Jackson.values()) {
      examples().forEach((name, value) -> cases.add(Arguments.of(jackson, name, value)));
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{1} with {0}")
  @MethodSource("cases")
  void writtenBytesAreThoseRecorded(Jackson jackson, String name, Object request) {
    String file = jackson.name().toLowerCase(java.util.Locale.ROOT) + "/" + name + ".json";
    String written = jackson.write(request);
    if (UPDATE) {
      write(Path.of("src/test/resources/wire-bytes", file), written);
      return;
    }
    byte[] expected = Jackson.resource("/wire-bytes/" + file).getBytes(StandardCharsets.UTF_8);

    assertEquals(new String(expected, StandardCharsets.UTF_8), written, file);
    assertEquals(expected.length, written.getBytes(StandardCharsets.UTF_8).length, file);
  }

  private static String seed(String file) {
    return Jackson.resource("/seeds/" + file);
  }

  private static void write(Path path, String text) {
    try {
      Files.createDirectories(path.getParent());
      Files.writeString(path, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
