package io.mailwright.helpscout;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The two Jackson generations a user may bring. The generated types carry only jackson-annotations
 * (shared by both), so either mapper, with its defaults, must write and read them.
 */
enum Jackson {
  JACKSON_2 {
    private final ObjectMapper mapper = new ObjectMapper();

    @Override
    String write(Object value) {
      try {
        return mapper.writeValueAsString(value);
      } catch (JsonProcessingException e) {
        throw new AssertionError("Jackson 2 cannot write " + value, e);
      }
    }

    @Override
    <T> T read(String json, Class<T> type) {
      try {
        return mapper.readValue(json, type);
      } catch (JsonProcessingException e) {
        throw new AssertionError("Jackson 2 cannot read " + type.getSimpleName() + " from " + json, e);
      }
    }
  },

  JACKSON_3 {
    private final tools.jackson.databind.json.JsonMapper mapper = tools.jackson.databind.json.JsonMapper.builder().build();

    @Override
    String write(Object value) {
      return mapper.writeValueAsString(value);
    }

    @Override
    <T> T read(String json, Class<T> type) {
      return mapper.readValue(json, type);
    }
  };

  private static final ObjectMapper TREES = new ObjectMapper();

  abstract String write(Object value);

  abstract <T> T read(String json, Class<T> type);

  /**
   * The JSON tree of a text, to compare bodies whatever their key order and spacing. Both sides of a
   * comparison go through text: a tree made straight from a value holds {@code long} nodes, which
   * never equal the {@code int} nodes parsed from the same digits.
   */
  static JsonNode tree(String json) {
    try {
      return TREES.readTree(json);
    } catch (JsonProcessingException e) {
      throw new AssertionError("not JSON: " + json, e);
    }
  }

  /** The tree of the body Jackson 2 writes for a request. */
  static JsonNode treeOf(Object request) {
    return tree(JACKSON_2.write(request));
  }

  /** The text of a test resource. */
  static String resource(String name) {
    try (InputStream in = Jackson.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new AssertionError("no test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
