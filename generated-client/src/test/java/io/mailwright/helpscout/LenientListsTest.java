package io.mailwright.helpscout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.mailwright.runtime.internal.Lenient;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Lists of numbers in a response (a model's {@code List<Long>} or {@code List<Integer>} field; the Help
 * Scout model has none yet, so the generated code's helpers are read here from real JSON): numbers,
 * numbers as text, a single value for a list; what is not a whole number of the type is left out.
 */
class LenientListsTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static Object json(String json) throws Exception {
    return MAPPER.readValue(json, Object.class);
  }

  @Test
  void aListOfLongsKeepsWholeNumbersAndLeavesOutTheRest() throws Exception {
    assertEquals(List.of(1L, 2L, 3L), Lenient.longs(json("[1, \"2\", 3.0, 3.5, \"x\", null, true, {}]")));
    assertEquals(List.of(7L), Lenient.longs(json("\"7\"")), "a single value is a list of one");
    assertEquals(List.of(), Lenient.longs(json("null")));
    assertEquals(List.of(), Lenient.longs(json("\"x\"")));
    assertEquals(List.of(Long.MIN_VALUE), Lenient.longs(json("[-9.223372036854775808E18, 9.223372036854775808E18]")),
        "-2^63 is a long, 2^63 is not");
  }

  @Test
  void aListOfIntsLeavesOutWhatAnIntCannotHold() throws Exception {
    assertEquals(List.of(1, Integer.MAX_VALUE, Integer.MIN_VALUE),
        Lenient.integers(json("[1, 2147483647, 2147483648, -2147483648, -2147483649]")));
    assertEquals(List.of(5), Lenient.integers(json("5")));
  }
}
