package io.mailwright.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mailwright.runtime.Rule;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The code a field error's {@code about} link names, for every rule the client can report. */
class HttpErrorCodeTest {
  @Test
  void everyRuleHasHelpScoutsCodeOrItsNameInUpperCamelCase() {
    Map<Rule, String> expected = new EnumMap<>(Rule.class);
    expected.put(Rule.REQUIRED, "NotEmpty");
    expected.put(Rule.LENGTH, "Length");
    expected.put(Rule.SIZE, "Size");
    expected.put(Rule.ONE_OF, "EnumValue");
    expected.put(Rule.EMAIL, "Email");
    expected.put(Rule.BASE64, "Base64");
    expected.put(Rule.INSTANT, "DateFormat");
    expected.put(Rule.ONLY_WHEN, "OnlyWhen");
    expected.put(Rule.AT_LEAST_ONE, "AtLeastOne");
    expected.put(Rule.PATTERN, "Pattern");
    expected.put(Rule.RANGE, "Range");
    expected.put(Rule.UNKNOWN_FIELD, "UnknownField");
    assertEquals(Rule.values().length, expected.size(), "a rule without an expected code here");
    for (Rule rule : Rule.values()) {
      assertEquals(expected.get(rule), HttpError.code(rule), rule.name());
    }
  }
}
