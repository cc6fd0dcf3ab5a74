package io.mailwright.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.mailwright.helpscout.ConversationStatus;
import io.mailwright.helpscout.ConversationType;
import io.mailwright.helpscout.CreateConversationRequest;
import io.mailwright.helpscout.Customer;
import io.mailwright.helpscout.CustomerThread;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The {@code query} parameter of List Conversations and List Customers, over real HTTP. */
class SearchQueryTest {
  private final Fixture f = new Fixture();
  private long bearPens;
  private long bearInk;
  private long fox;

  @AfterEach
  void close() {
    f.close();
  }

  /** Three imported conversations on three days; the fox's second customer thread is the bear's. */
  @BeforeEach
  void conversations() {
    bearPens = create("bear@acme.com", "Where are my PENS?", "2019-01-01T10:00:00Z", "vip");
    bearInk = create("bear@acme.com", "Ink for the pens", "2019-01-02T10:00:00Z", "ink");
    fox = f.client.conversations().create(CreateConversationRequest.builder()
        .subject("Paper").mailboxId(85L).type(ConversationType.EMAIL).status(ConversationStatus.CLOSED).imported(true)
        .createdAt(Instant.parse("2019-01-03T10:00:00Z"))
        .customer(Customer.builder().email("fox@acme.com"))
        .threads(CustomerThread.builder().text("paper").customer(Customer.builder().email("fox@acme.com")).build(),
            CustomerThread.builder().text("me too").customer(Customer.builder().email("bear@acme.com")).build())
        .build()).requireId();
  }

  private long create(String email, String subject, String createdAt, String tag) {
    return f.client.conversations().create(CreateConversationRequest.builder()
        .subject(subject).mailboxId(85L).type(ConversationType.EMAIL).status(ConversationStatus.ACTIVE).imported(true)
        .createdAt(Instant.parse(createdAt)).tags(tag)
        .customer(Customer.builder().email(email))
        .threads(CustomerThread.builder().text("hello").customer(Customer.builder().email(email)).build())
        .build()).requireId();
  }

  private HttpResponse<String> search(String query) {
    return f.get("v2/conversations?status=all&sortOrder=asc&query="
        + URLEncoder.encode(query, StandardCharsets.UTF_8));
  }

  private List<Long> ids(String query) {
    List<Long> ids = new ArrayList<>();
    Fixture.ok(search(query)).get("_embedded").get("conversations").forEach(c -> ids.add(c.get("id").asLong()));
    return ids;
  }

  @Test
  void emailMatchesAnyCustomerOfTheConversationIgnoringCase() {
    assertEquals(List.of(bearPens, bearInk, fox), ids("email:\"bear@acme.com\""));
    assertEquals(List.of(bearPens, bearInk, fox), ids("(email:\"BEAR@acme.com\")"));
    assertEquals(List.of(fox), ids("email:fox@acme.com"));
    assertEquals(List.of(), ids("email:\"bear@acme\""), "an email is matched whole");
  }

  @Test
  void subjectIsACaseInsensitiveContains() {
    assertEquals(List.of(bearPens, bearInk), ids("subject:\"pens\""));
    assertEquals(List.of(bearPens), ids("subject:\"where are my pens?\""));
    assertEquals(List.of(), ids("subject:\"pencils\""));
  }

  @Test
  void createdAtIsAnInclusiveRangeWithOpenEnds() {
    assertEquals(List.of(bearPens, bearInk), ids("createdAt:[2019-01-01T10:00:00Z TO 2019-01-02T10:00:00Z]"));
    assertEquals(List.of(bearInk, fox), ids("createdAt:[2019-01-02T00:00:00Z TO *]"));
    assertEquals(List.of(bearPens), ids("createdAt:[* TO 2019-01-01T10:00:00Z]"));
    assertEquals(List.of(bearPens), ids("createdAt:[\"2019-01-01T11:00:00+01:00\" TO 2019-01-01T10:00:00Z]"));
  }

  @Test
  void termsJoinWithAndOrNotAndParentheses() {
    assertEquals(List.of(bearInk), ids("(email:\"bear@acme.com\" AND subject:\"ink\")"));
    assertEquals(List.of(bearInk, fox), ids("subject:\"ink\" OR subject:\"paper\""));
    assertEquals(List.of(bearPens, bearInk), ids("email:\"bear@acme.com\" AND NOT email:\"fox@acme.com\""));
    assertEquals(List.of(bearPens, bearInk), ids("(NOT email:\"fox@acme.com\")"));
    assertEquals(List.of(bearInk, fox),
        ids("(subject:\"ink\" OR email:\"fox@acme.com\") AND createdAt:[2019-01-02T00:00:00Z TO *]"));
    assertEquals(List.of(bearPens, fox), ids("subject:\"pens\" AND tag:\"vip\" OR status:closed"),
        "AND binds tighter than OR");
    assertEquals(List.of(bearPens), ids("email:\"bear@acme.com\" AND createdAt:[2019-01-01T00:00:00Z TO "
        + "2019-01-01T23:59:59Z] AND subject:\"Where are my PENS?\""), "what a reconciliation asks");
    assertEquals(List.of(bearInk), ids("number:2"));
  }

  @Test
  void notExcludesWhatMatches() {
    assertEquals(List.of(), ids("NOT email:\"bear@acme.com\""), "every conversation has the bear as a customer");
    assertEquals(List.of(bearPens, bearInk), ids("NOT subject:\"paper\""));
  }

  @Test
  void anUnparseableQueryIs400WithAMessage() {
    for (String bad : List.of("email:", "(email:\"a@b.c\"", "email:\"a@b.c", "colour:\"red\"", "email:\"a\" AND",
        "createdAt:2019-01-01", "createdAt:[2019-01-01 TO *]", "createdAt:[* 2019-01-01T00:00:00Z]",
        "subject:\"a\" subject:\"b\"", "AND", ")", "pens")) {
      HttpResponse<String> r = search(bad);
      assertEquals(400, r.statusCode(), bad + ": " + r.body());
      JsonNode error = Fixture.json(r).get("_embedded").get("errors").get(0);
      assertEquals("query", error.get("path").asText(), bad);
      assertEquals(bad, error.get("rejectedValue").asText());
      assertTrue(error.get("message").asText().startsWith("Invalid query"), error.toString());
    }
  }

  @Test
  void customersAreSearchedByEmailToo() {
    JsonNode page = Fixture.ok(f.get("v2/customers?query="
        + URLEncoder.encode("(email:\"fox@acme.com\")", StandardCharsets.UTF_8)));
    JsonNode customers = page.get("_embedded").get("customers");
    assertEquals(1, customers.size());
    assertEquals("fox@acme.com", customers.get(0).get("_embedded").get("emails").get(0).get("value").asText());
    assertEquals(400, f.get("v2/customers?query=subject%3A%22x%22").statusCode(), "customers have no subject");
  }
}
