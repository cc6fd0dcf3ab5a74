package io.mailwright.helpscout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.mailwright.runtime.RequestValidationException;
import io.mailwright.runtime.Rule;
import io.mailwright.runtime.Validatable;
import io.mailwright.runtime.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code requireValid()} and {@code requireValidStrict()} of every request type read from JSON (README,
 * "Requests read from JSON"): the value itself when valid, else a {@link RequestValidationException}
 * with exactly the violations {@code validate()} or {@code validateStrict()} lists.
 */
class RequireValidTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @ParameterizedTest
  @MethodSource("io.mailwright.helpscout.EqualityContractTest#generatedValueTypes")
  void anEmptyObjectWithATypoIsRefusedWithEveryViolationLenientlyOrStrictly(Class<?> type) throws Exception {
    Validatable value = (Validatable) MAPPER.readValue("{\"zzz\": 1}", type);

    List<Violation> lenient = value.validate();
    List<Violation> strict = value.validateStrict();
    assertFalse(lenient.isEmpty(), type + " has a rule an empty object breaks");
    assertTrue(strict.stream().anyMatch(v -> v.path().equals("zzz") && v.rule() == Rule.UNKNOWN_FIELD), strict.toString());
    assertEquals(strict.size(), lenient.size() + 1, "strict = lenient + the unknown field");

    assertEquals(lenient, assertThrows(RequestValidationException.class, value::requireValid).violations());
    assertEquals(strict, assertThrows(RequestValidationException.class, value::requireValidStrict).violations());
  }

  @Test
  void aValidValueIsReturnedItselfAndAnUnknownFieldOnlyFailsStrictly() throws Exception {
    Customer customer = MAPPER.readValue("{\"email\": \"bear@acme.com\", \"firstname\": \"Vernon\"}", Customer.class);
    assertSame(customer, customer.requireValid());
    assertEquals(List.of("firstname"), assertThrows(RequestValidationException.class, customer::requireValidStrict).violations().stream()
        .map(Violation::path).toList());

    ReplyThread reply = MAPPER.readValue("{\"text\": \"On its way\", \"customer\": {\"id\": 1}}", ReplyThread.class);
    assertSame(reply, reply.requireValid());
    assertSame(reply, reply.requireValidStrict());

    CreateConversationRequest nested = MAPPER.readValue("""
        {"subject": "Pens", "mailboxId": 85, "type": "email", "status": "active",
         "customer": {"email": "bear@acme.com"},
         "threads": [{"type": "customer", "text": "Buy", "customer": {"email": "bear@acme.com"}, "createdat": "x"}],
         "tagz": ["vip"]}
        """, CreateConversationRequest.class);
    assertSame(nested, nested.requireValid());
    assertEquals(List.of("tagz", "threads[0].createdat"), assertThrows(RequestValidationException.class,
        nested::requireValidStrict).violations().stream().map(Violation::path).sorted().toList(),
        "every unknown field, nested ones with their path");
  }
}
