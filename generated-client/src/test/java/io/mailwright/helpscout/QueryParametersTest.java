package io.mailwright.helpscout;

import static io.mailwright.helpscout.RuntimeFixtures.json;
import static io.mailwright.helpscout.RuntimeFixtures.take;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.mailwright.helpscout.RuntimeFixtures.RecordingSleeper;
import io.mailwright.helpscout.testing.ReadFixtures;
import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The query types: every documented parameter under its documented name, in the API's form; a
 * parameter set to {@code null} is not sent (also after it was set); {@code toBuilder()} holds every
 * parameter; {@code toString()} shows them. ListConversationsQuery's parameters on the wire are in
 * {@code ReadCallsTest}.
 */
class QueryParametersTest {
  @StartStop
  final MockWebServer server = new MockWebServer();

  private HelpScout client;

  @BeforeEach
  void setUp() {
    client = RuntimeFixtures.client(server, new RecordingSleeper()).build();
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  private static final Instant MODIFIED = Instant.parse("2019-01-15T18:27:24.789Z");

  static ListCustomersQuery fullCustomersQuery() {
    return ListCustomersQuery.builder().mailbox(85).firstName("Vernon").lastName("Bear").modifiedSince(MODIFIED)
        .sortField(CustomerSortField.LAST_NAME).sortOrder(SortOrder.DESC).query("(email:\"bear@acme.com\")").page(3)
        .build();
  }

  static ListUsersQuery fullUsersQuery() {
    return ListUsersQuery.builder().email("bear@acme.com").mailbox(85).page(2).build();
  }

  static ListConversationsQuery fullConversationsQuery() {
    return ListConversationsQuery.builder().embed(ConversationEmbed.THREADS).mailbox(85, 86).folder(1234)
        .status(ConversationStatusFilter.SPAM).tag("vip", "trial").assignedTo(42).modifiedSince(MODIFIED).number(3152)
        .sortField(ConversationSortField.MODIFIED_AT).sortOrder(SortOrder.ASC).query("subject:\"pens\"").page(4)
        .build();
  }

  /** Each query type with every parameter set, and the parameters it must hold, in their documented form. */
  static Stream<Arguments> fullQueries() {
    return Stream.of(
        Arguments.of("ListCustomersQuery", query(() -> fullCustomersQuery()), Map.of("mailbox", "85", "firstName", "Vernon",
            "lastName", "Bear", "modifiedSince", "2019-01-15T18:27:24Z", "sortField", "lastName", "sortOrder", "desc",
            "query", "(email:\"bear@acme.com\")", "page", "3")),
        Arguments.of("ListUsersQuery", query(() -> fullUsersQuery()), Map.of("email", "bear@acme.com", "mailbox", "85", "page", "2")),
        Arguments.of("ListConversationsQuery", query(() -> fullConversationsQuery()), Map.ofEntries(Map.entry("embed", "threads"),
            Map.entry("mailbox", "85,86"), Map.entry("folder", "1234"), Map.entry("status", "spam"),
            Map.entry("tag", "vip,trial"), Map.entry("assigned_to", "42"),
            Map.entry("modifiedSince", "2019-01-15T18:27:24Z"), Map.entry("number", "3152"),
            Map.entry("sortField", "modifiedAt"), Map.entry("sortOrder", "asc"), Map.entry("query", "subject:\"pens\""),
            Map.entry("page", "4"))),
        Arguments.of("GetConversationQuery", query(() -> GetConversationQuery.builder().embed(ConversationEmbed.THREADS).build()),
            Map.of("embed", "threads")),
        Arguments.of("ListThreadsQuery", query(() -> ListThreadsQuery.builder().page(5).build()), Map.of("page", "5")),
        Arguments.of("ListMailboxesQuery", query(() -> ListMailboxesQuery.builder().page(6).build()), Map.of("page", "6")),
        Arguments.of("ListMailboxFoldersQuery", query(() -> ListMailboxFoldersQuery.builder().page(7).build()), Map.of("page", "7")),
        Arguments.of("ListMailboxFieldsQuery", query(() -> ListMailboxFieldsQuery.builder().page(8).build()), Map.of("page", "8")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fullQueries")
  void everyParameterIsHeldUnderItsDocumentedNameAndKeptByToBuilder(String name, Supplier<Object> made,
      Map<String, String> expected) throws Exception {
    Object query = made.get();
    Object copy = build(query.getClass().getMethod("toBuilder").invoke(query));

    assertEquals(expected, toQueryMap(query), name);
    assertEquals(expected, toQueryMap(copy), name + ".toBuilder()");
    assertEquals(name + toQueryMap(query), query.toString());
    assertThrows(UnsupportedOperationException.class, () -> toQueryMap(query).put("page", "1"),
        name + ": a query is immutable");
  }

  @Test
  void customersAndUsersQueriesAreSentWithEveryParameter() throws Exception {
    server.enqueue(json(200, ReadFixtures.page("customers", "", 3, 50, 0, 0, null)));
    server.enqueue(json(200, ReadFixtures.page("users", "", 2, 50, 0, 0, null)));

    client.customers().list(fullCustomersQuery());
    client.users().list(fullUsersQuery());

    HttpUrl customers = take(server).getUrl();
    assertEquals("/v2/customers", customers.encodedPath());
    assertEquals(toQueryMap(fullCustomersQuery()), parameters(customers));
    HttpUrl users = take(server).getUrl();
    assertEquals("/v2/users", users.encodedPath());
    assertEquals(Map.of("email", "bear@acme.com", "mailbox", "85", "page", "2"), parameters(users));
  }

  /** Each parameter that takes an object, set and then set to {@code null}: not sent. */
  static Stream<Arguments> parametersSetToNull() {
    return Stream.<Supplier<Object>>of(
            () -> fullCustomersQuery().toBuilder().firstName(null).lastName(null).modifiedSince(null).sortField(null)
                .sortOrder(null).query(null).build(),
            () -> fullUsersQuery().toBuilder().email(null).build(),
            () -> fullConversationsQuery().toBuilder().embed((ConversationEmbed[]) null).mailbox((long[]) null)
                .status(null).tag((String[]) null).modifiedSince(null).sortField(null).sortOrder(null).query(null)
                .build(),
            () -> GetConversationQuery.builder().embed(ConversationEmbed.THREADS).embed((ConversationEmbed[]) null)
                .build())
        .map(q -> Arguments.of(Named.of(q.get().getClass().getSimpleName(), q)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("parametersSetToNull")
  void aParameterSetToNullIsNotSent(Supplier<Object> made) throws Exception {
    Object query = made.get();
    Map<String, String> left = toQueryMap(query);
    String name = query.getClass().getSimpleName();

    Map<String, Map<String, String>> expected = Map.of(
        "ListCustomersQuery", Map.of("mailbox", "85", "page", "3"),
        "ListUsersQuery", Map.of("mailbox", "85", "page", "2"),
        "ListConversationsQuery", Map.of("folder", "1234", "assigned_to", "42", "number", "3152", "page", "4"),
        "GetConversationQuery", Map.of());
    assertEquals(expected.get(name), left, name);
  }

  /** A query made inside the test that uses it, not while the cases are listed. */
  private static Supplier<Object> query(Supplier<Object> query) {
    return query;
  }

  private static Object build(Object builder) throws Exception {
    return builder.getClass().getMethod("build").invoke(builder);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, String> toQueryMap(Object query) throws Exception {
    return (Map<String, String>) query.getClass().getMethod("toQueryMap").invoke(query);
  }

  private static Map<String, String> parameters(HttpUrl url) {
    Map<String, String> parameters = new java.util.LinkedHashMap<>();
    for (String name : url.queryParameterNames()) {
      parameters.put(name, url.queryParameter(name));
    }
    return parameters;
  }
}
