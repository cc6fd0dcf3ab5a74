package io.mailwright.helpscout;

import static io.mailwright.helpscout.ResponseFields.absentBut;
import static io.mailwright.helpscout.ResponseFields.assertAllAbsent;
import static io.mailwright.helpscout.ResponseFields.assertFields;
import static io.mailwright.helpscout.ResponseFields.fields;
import static io.mailwright.helpscout.RuntimeFixtures.json;
import static io.mailwright.helpscout.RuntimeFixtures.take;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mailwright.helpscout.RuntimeFixtures.RecordingSleeper;
import io.mailwright.helpscout.testing.ReadFixtures;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every documented field of every response type, read from the documentation's example over real
 * HTTP into its accessor: each read of the client gets the example of its documentation page (the
 * values of the Help Scout pages for Get Customer, List Mailboxes, List Mailbox Folders, List Mailbox
 * Custom Fields, Get Resource Owner; Get Conversation and List Threads with every field the pages'
 * tables list filled in), and each accessor must return the value of its field. An empty object
 * reads as every field absent ({@code null}, lists empty), and a value this client does not know is
 * kept as text.
 */
class DocumentedResponsesTest {
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

  // The persons of the examples: Vernon Bear the customer, Jack Sprout the user, a team.
  static final String VERNON = """
      {"id": 29418, "type": "customer", "first": "Vernon", "last": "Bear", "email": "bear@acme.com",
       "photoUrl": "https://acme.com/bear.png"}""";
  static final String JACK = """
      {"id": 1234, "type": "user", "first": "Jack", "last": "Sprout", "email": "jack@acme.com",
       "photoUrl": "https://acme.com/jack.png"}""";
  static final String TEAM = """
      {"id": 77, "type": "team", "first": "Bears", "last": "Team", "email": "team@acme.com",
       "photoUrl": "https://acme.com/team.png"}""";

  static Map<String, Object> vernon() {
    return fields("id", 29418L, "type", PersonType.CUSTOMER, "typeWireValue", "customer", "first", "Vernon",
        "last", "Bear", "email", "bear@acme.com", "photoUrl", "https://acme.com/bear.png");
  }

  static Map<String, Object> jack() {
    return fields("id", 1234L, "type", PersonType.USER, "typeWireValue", "user", "first", "Jack",
        "last", "Sprout", "email", "jack@acme.com", "photoUrl", "https://acme.com/jack.png");
  }

  static Map<String, Object> team() {
    return fields("id", 77L, "type", PersonType.TEAM, "typeWireValue", "team", "first", "Bears",
        "last", "Team", "email", "team@acme.com", "photoUrl", "https://acme.com/team.png");
  }

  /** A reply as List Threads answers it: {@code message}, with every field of the page's table. */
  static final String THREAD = """
      {"id": 2198, "type": "message", "status": "closed", "state": "published",
       "action": {"type": "manual-workflow", "text": "You ran the Assign to Spam workflow", "associatedEntities": {}},
       "body": "<p>How are you?</p>", "source": {"type": "api", "via": "user"},
       "customer": %s, "createdBy": %s, "assignedTo": %s,
       "savedReplyId": 17, "to": ["bear@acme.com"], "cc": ["cc@acme.com", "cc2@acme.com"], "bcc": ["bcc@acme.com"],
       "createdAt": "2017-04-21T14:39:56Z", "openedAt": "2017-04-21T15:01:02Z",
       "_embedded": {"attachments": [{"id": 12391, "filename": "logo.png", "mimeType": "image/png", "size": 22,
         "width": 160, "height": 120, "_links": {"data": {"href": "https://api.helpscout.net/v2/attachments/12391/data"},
         "web": {"href": "https://secure.helpscout.net/file/12391/logo.png"}}}]},
       "_links": {"self": {"href": "https://api.helpscout.net/v2/conversations/12/threads/2198"}}}
      """.formatted(VERNON, JACK, TEAM);

  static Map<String, Object> thread() {
    return fields(
        "id", 2198L,
        "type", ThreadType.MESSAGE, "typeWireValue", "message",
        "status", "closed",
        "state", ThreadState.PUBLISHED, "stateWireValue", "published",
        "action", fields("type", "manual-workflow", "text", "You ran the Assign to Spam workflow"),
        "body", "<p>How are you?</p>",
        "source", fields("type", "api", "via", "user"),
        "customer", vernon(),
        "createdBy", jack(),
        "assignedTo", team(),
        "savedReplyId", 17L,
        "to", List.of("bear@acme.com"),
        "cc", List.of("cc@acme.com", "cc2@acme.com"),
        "bcc", List.of("bcc@acme.com"),
        "createdAt", Instant.parse("2017-04-21T14:39:56Z"),
        "openedAt", Instant.parse("2017-04-21T15:01:02Z"),
        "attachments", List.of(fields("id", 12391L, "filename", "logo.png", "mimeType", "image/png", "size", 22L,
            "width", 160, "height", 120, "dataLink", "https://api.helpscout.net/v2/attachments/12391/data")));
  }

  static final String CONVERSATION = """
      {"id": 12, "number": 3152, "threads": 2, "type": "email", "folderId": 1234, "status": "closed",
       "state": "published", "subject": "Order 12", "preview": "Hello, Help Scout. How are you?", "mailboxId": 85,
       "assignee": %s, "createdBy": %s, "createdAt": "2017-04-21T14:39:56Z",
       "closedBy": 1234, "closedByUser": %s, "closedAt": "2017-04-22T10:00:00Z",
       "userUpdatedAt": "2017-04-22T10:00:01Z",
       "customerWaitingSince": {"time": "2017-04-21T14:39:56Z", "friendly": "20 hours ago", "latestReplyFrom": "customer"},
       "source": {"type": "email", "via": "customer"},
       "tags": [{"id": 9150, "color": "#929499", "tag": "vip"}, {"id": 9151, "color": "#ff0000", "tag": "order"}],
       "cc": ["cc@acme.com"], "bcc": ["bcc@acme.com", "bcc2@acme.com"],
       "primaryCustomer": %s,
       "customFields": [{"id": 531, "name": "Plan", "value": "168", "text": "Trial"}],
       "_embedded": {"threads": [%s]},
       "_links": {"self": {"href": "https://api.helpscout.net/v2/conversations/12"},
         "web": {"href": "https://secure.helpscout.net/conversation/12/3152/"}}}
      """.formatted(JACK, VERNON, JACK, VERNON, THREAD);

  static Map<String, Object> conversation() {
    return fields(
        "id", 12L,
        "number", 3152L,
        "threadCount", 2,
        "type", ConversationType.EMAIL, "typeWireValue", "email",
        "folderId", 1234L,
        "status", ConversationReadStatus.CLOSED, "statusWireValue", "closed",
        "state", ConversationState.PUBLISHED, "stateWireValue", "published",
        "subject", "Order 12",
        "preview", "Hello, Help Scout. How are you?",
        "mailboxId", 85L,
        "assignee", jack(),
        "createdBy", vernon(),
        "createdAt", Instant.parse("2017-04-21T14:39:56Z"),
        "closedBy", 1234L,
        "closedByUser", jack(),
        "closedAt", Instant.parse("2017-04-22T10:00:00Z"),
        "userUpdatedAt", Instant.parse("2017-04-22T10:00:01Z"),
        "customerWaitingSince", fields("time", Instant.parse("2017-04-21T14:39:56Z"), "friendly", "20 hours ago",
            "latestReplyFrom", "customer"),
        "source", fields("type", "email", "via", "customer"),
        "tags", List.of(fields("id", 9150L, "color", "#929499", "tag", "vip"),
            fields("id", 9151L, "color", "#ff0000", "tag", "order")),
        "cc", List.of("cc@acme.com"),
        "bcc", List.of("bcc@acme.com", "bcc2@acme.com"),
        "primaryCustomer", vernon(),
        "customFields", List.of(fields("id", 531L, "name", "Plan", "value", "168", "text", "Trial")),
        "threads", List.of(thread()),
        "webLink", "https://secure.helpscout.net/conversation/12/3152/");
  }

  /** Get Customer's example: {@code "gender": "Male"}, capitalized, is not one of the values, and is kept. */
  static final String CUSTOMER = """
      {"id": 500, "firstName": "Vernon", "lastName": "Bear", "gender": "Male", "jobTitle": "CEO and Co-Founder",
       "location": "Greater Dallas/FT Worth Area", "organization": "Acme, Inc", "organizationId": 35,
       "photoType": "twitter", "photoUrl": "http://twitter.com/img/some-avatar.jpg", "age": "30-35",
       "conversationCount": 10, "createdAt": "2012-07-23T12:34:12Z", "updatedAt": "2012-07-24T20:18:33Z",
       "background": "I've worked with Vernon before and he's really great.", "draft": false,
       "_embedded": {
         "emails": [{"id": 1, "value": "bear@acme.com", "type": "home"}],
         "phones": [{"id": 2, "value": "123-123-123", "type": "home"}],
         "chats": [{"id": 5, "value": "54831172", "type": "aim"}],
         "social_profiles": [{"id": 4, "value": "@me", "type": "twitter"}],
         "websites": [{"id": 3, "value": "http://home.com"}],
         "properties": [{"type": "text", "slug": "car", "name": "Car", "value": "Tesla", "text": "Tesla",
           "source": {"name": "api"}}],
         "address": {"city": "Prague", "lines": []}},
       "_links": {"self": {"href": "https://api.helpscout.net/v2/customers/500"},
         "address": {"href": "https://api.helpscout.net/v2/customers/500/address"}}}
      """;

  static Map<String, Object> customer() {
    return fields(
        "id", 500L,
        "firstName", "Vernon",
        "lastName", "Bear",
        "gender", null, "genderWireValue", "Male",
        "jobTitle", "CEO and Co-Founder",
        "location", "Greater Dallas/FT Worth Area",
        "organization", "Acme, Inc",
        "organizationId", 35L,
        "photoType", PhotoType.TWITTER, "photoTypeWireValue", "twitter",
        "photoUrl", "http://twitter.com/img/some-avatar.jpg",
        "age", "30-35",
        "conversationCount", 10L,
        "createdAt", Instant.parse("2012-07-23T12:34:12Z"),
        "updatedAt", Instant.parse("2012-07-24T20:18:33Z"),
        "background", "I've worked with Vernon before and he's really great.",
        "draft", false,
        "emails", List.of(fields("id", 1L, "value", "bear@acme.com", "type", "home")),
        "phones", List.of(fields("id", 2L, "value", "123-123-123", "type", "home")),
        "chats", List.of(fields("id", 5L, "value", "54831172", "type", "aim")),
        "socialProfiles", List.of(fields("id", 4L, "value", "@me", "type", "twitter")),
        "websites", List.of(fields("id", 3L, "value", "http://home.com", "type", null)),
        "properties", List.of(fields("type", "text", "slug", "car", "name", "Car", "value", "Tesla", "text", "Tesla")),
        "selfLink", "https://api.helpscout.net/v2/customers/500");
  }

  /** An item of List Customers: a known gender, a draft, a second email. */
  static final String LISTED_CUSTOMER = """
      {"id": 501, "firstName": "Vera", "lastName": "Bear", "gender": "female", "jobTitle": "CTO",
       "location": "Prague", "organization": "Acme, Inc", "organizationId": 35, "photoType": "gravatar",
       "photoUrl": "https://gravatar.com/vera.png", "age": "40-45", "conversationCount": 3,
       "createdAt": "2013-01-02T03:04:05Z", "updatedAt": "2013-01-03T03:04:05Z", "background": "New", "draft": true,
       "_embedded": {"emails": [{"id": 10, "value": "vera@acme.com", "type": "work"},
           {"id": 11, "value": "vera@home.com", "type": "home"}],
         "phones": [{"id": 12, "value": "555-0100", "type": "work"}], "chats": [{"id": 13, "value": "vera", "type": "skype"}],
         "social_profiles": [{"id": 14, "value": "@vera", "type": "twitter"}],
         "websites": [{"id": 15, "value": "https://vera.dev", "type": "work"}],
         "properties": [{"type": "number", "slug": "seats", "name": "Seats", "value": "12", "text": "12"}]},
       "_links": {"self": {"href": "https://api.helpscout.net/v2/customers/501"}}}
      """;

  static Map<String, Object> listedCustomer() {
    return fields(
        "id", 501L, "firstName", "Vera", "lastName", "Bear",
        "gender", Gender.FEMALE, "genderWireValue", "female",
        "jobTitle", "CTO", "location", "Prague", "organization", "Acme, Inc", "organizationId", 35L,
        "photoType", PhotoType.GRAVATAR, "photoTypeWireValue", "gravatar",
        "photoUrl", "https://gravatar.com/vera.png", "age", "40-45", "conversationCount", 3L,
        "createdAt", Instant.parse("2013-01-02T03:04:05Z"), "updatedAt", Instant.parse("2013-01-03T03:04:05Z"),
        "background", "New", "draft", true,
        "emails", List.of(fields("id", 10L, "value", "vera@acme.com", "type", "work"),
            fields("id", 11L, "value", "vera@home.com", "type", "home")),
        "phones", List.of(fields("id", 12L, "value", "555-0100", "type", "work")),
        "chats", List.of(fields("id", 13L, "value", "vera", "type", "skype")),
        "socialProfiles", List.of(fields("id", 14L, "value", "@vera", "type", "twitter")),
        "websites", List.of(fields("id", 15L, "value", "https://vera.dev", "type", "work")),
        "properties", List.of(fields("type", "number", "slug", "seats", "name", "Seats", "value", "12", "text", "12")),
        "selfLink", "https://api.helpscout.net/v2/customers/501");
  }

  static final String MAILBOX = """
      {"id": 1, "name": "Help Scout", "slug": "83ebc5d87292a795", "email": "bearbox@acme.com",
       "createdAt": "2013-06-05T09:17:15Z", "updatedAt": "2016-11-11T12:20:39Z",
       "_links": {"self": {"href": "https://api.helpscout.net/v2/mailboxes/1"},
         "folders": {"href": "https://api.helpscout.net/v2/mailboxes/1/folders"},
         "fields": {"href": "https://api.helpscout.net/v2/mailboxes/1/fields"}}}
      """;

  static Map<String, Object> mailbox() {
    return fields("id", 1L, "name", "Help Scout", "slug", "83ebc5d87292a795", "email", "bearbox@acme.com",
        "createdAt", Instant.parse("2013-06-05T09:17:15Z"), "updatedAt", Instant.parse("2016-11-11T12:20:39Z"),
        "selfLink", "https://api.helpscout.net/v2/mailboxes/1");
  }

  static final String FOLDER = """
      {"id": 1234, "name": "Mine", "type": "mine", "userId": 4532, "totalCount": 2, "activeCount": 1,
       "updatedAt": "2012-07-24T20:18:33Z"}
      """;

  static Map<String, Object> folder() {
    return fields("id", 1234L, "name", "Mine", "type", FolderType.MINE, "typeWireValue", "mine", "userId", 4532L,
        "totalCount", 2L, "activeCount", 1L, "updatedAt", Instant.parse("2012-07-24T20:18:33Z"));
  }

  static final String FIELD = """
      {"id": 104, "required": true, "order": 2, "type": "dropdown", "name": "Beers",
       "options": [{"id": 168, "order": 1, "label": "IPA"}, {"id": 169, "order": 2, "label": "Stout"}]}
      """;

  static Map<String, Object> field() {
    return fields("id", 104L, "required", true, "order", 2, "type", "dropdown", "name", "Beers",
        "options", List.of(fields("id", 168L, "order", 1, "label", "IPA"), fields("id", 169L, "order", 2, "label", "Stout")));
  }

  static final String USER = """
      {"id": 4, "firstName": "Vernon", "lastName": "Bear", "email": "bear@acme.com", "role": "owner",
       "timezone": "America/New_York", "photoUrl": "http://somesite.com/images/avatar.jpg",
       "createdAt": "2011-04-01T03:18:33Z", "updatedAt": "2012-07-24T20:18:33Z", "type": "user",
       "mention": "vernon", "initials": "VB", "jobTitle": "Honey Master", "phone": "555-2368",
       "alternateEmails": ["bear@forest.com"], "companyId": 1,
       "_links": {"self": {"href": "https://api.helpscout.net/v2/users/4"}}}
      """;

  static Map<String, Object> user() {
    return fields("id", 4L, "firstName", "Vernon", "lastName", "Bear", "email", "bear@acme.com",
        "role", UserRole.OWNER, "roleWireValue", "owner", "timezone", "America/New_York",
        "photoUrl", "http://somesite.com/images/avatar.jpg", "createdAt", Instant.parse("2011-04-01T03:18:33Z"),
        "updatedAt", Instant.parse("2012-07-24T20:18:33Z"), "type", PersonType.USER, "typeWireValue", "user",
        "mention", "vernon", "initials", "VB", "jobTitle", "Honey Master", "phone", "555-2368",
        "alternateEmails", List.of("bear@forest.com"));
  }

  /** A team as List Users answers it (users of type team). */
  static final String TEAM_USER = """
      {"id": 5, "firstName": "Bears", "lastName": "Team", "email": "team@acme.com", "role": "user",
       "timezone": "Europe/Prague", "photoUrl": "https://acme.com/team.png", "createdAt": "2014-04-01T03:18:33Z",
       "updatedAt": "2015-07-24T20:18:33Z", "type": "team", "mention": "bears", "initials": "BT",
       "jobTitle": "Team", "phone": "555-0199", "alternateEmails": ["bears@forest.com", "team@forest.com"]}
      """;

  static Map<String, Object> teamUser() {
    return fields("id", 5L, "firstName", "Bears", "lastName", "Team", "email", "team@acme.com",
        "role", UserRole.USER, "roleWireValue", "user", "timezone", "Europe/Prague",
        "photoUrl", "https://acme.com/team.png", "createdAt", Instant.parse("2014-04-01T03:18:33Z"),
        "updatedAt", Instant.parse("2015-07-24T20:18:33Z"), "type", PersonType.TEAM, "typeWireValue", "team",
        "mention", "bears", "initials", "BT", "jobTitle", "Team", "phone", "555-0199",
        "alternateEmails", List.of("bears@forest.com", "team@forest.com"));
  }

  private static String page(String embedded, String... items) {
    return ReadFixtures.page(embedded, String.join(",", items), 1, 50, items.length, 1, null);
  }

  /** A read of the client: the path it must send, and the first item (or the object) it answers. */
  record Read(String name, String path, Function<HelpScout, Object> call) {
    @Override
    public String toString() {
      return name;
    }
  }

  static final Read GET_CONVERSATION = new Read("Get Conversation", "/v2/conversations/12",
      c -> c.conversations().get(12));
  static final Read LIST_CONVERSATIONS = new Read("List Conversations", "/v2/conversations",
      c -> c.conversations().list().items().get(0));
  static final Read LIST_THREADS = new Read("List Threads", "/v2/conversations/12/threads",
      c -> c.threads().list(12).items().get(0));
  static final Read GET_CUSTOMER = new Read("Get Customer", "/v2/customers/500", c -> c.customers().get(500));
  static final Read LIST_CUSTOMERS = new Read("List Customers", "/v2/customers",
      c -> c.customers().list().items().get(0));
  static final Read LIST_MAILBOXES = new Read("List Mailboxes", "/v2/mailboxes",
      c -> c.mailboxes().list().items().get(0));
  static final Read GET_MAILBOX = new Read("Get Mailbox", "/v2/mailboxes/1", c -> c.mailboxes().get(1));
  static final Read LIST_FOLDERS = new Read("List Mailbox Folders", "/v2/mailboxes/1/folders",
      c -> c.mailboxes().listFolders(1).items().get(0));
  static final Read LIST_FIELDS = new Read("List Mailbox Custom Fields", "/v2/mailboxes/1/fields",
      c -> c.mailboxes().listFields(1).items().get(0));
  static final Read ME = new Read("Get Resource Owner", "/v2/users/me", c -> c.users().me());
  static final Read GET_USER = new Read("Get User", "/v2/users/4", c -> c.users().get(4));
  static final Read LIST_USERS = new Read("List Users", "/v2/users", c -> c.users().list().items().get(0));

  static Stream<Arguments> documentedExamples() {
    return Stream.of(
        Arguments.of(GET_CONVERSATION, CONVERSATION, conversation()),
        Arguments.of(LIST_CONVERSATIONS, page("conversations", CONVERSATION), conversation()),
        Arguments.of(LIST_THREADS, page("threads", THREAD), thread()),
        Arguments.of(GET_CUSTOMER, CUSTOMER, customer()),
        Arguments.of(LIST_CUSTOMERS, page("customers", LISTED_CUSTOMER, CUSTOMER), listedCustomer()),
        Arguments.of(LIST_MAILBOXES, page("mailboxes", MAILBOX), mailbox()),
        Arguments.of(GET_MAILBOX, MAILBOX, mailbox()),
        Arguments.of(LIST_FOLDERS, page("folders", FOLDER), folder()),
        Arguments.of(LIST_FIELDS, page("fields", FIELD), field()),
        Arguments.of(ME, USER, user()),
        Arguments.of(GET_USER, USER, user()),
        Arguments.of(LIST_USERS, page("users", TEAM_USER, USER), teamUser()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documentedExamples")
  void everyDocumentedFieldIsReadIntoItsAccessor(Read read, String body, Map<String, Object> expected) throws Exception {
    server.enqueue(json(200, body));

    Object value = read.call().apply(client);

    RecordedRequest request = take(server);
    assertEquals("GET", request.getMethod(), read.name());
    assertEquals(read.path(), request.getUrl().encodedPath(), read.name());
    assertFields(value.getClass().getSimpleName(), value, expected);
  }

  /**
   * An empty object, and empty objects wherever the type nests one: every field reads as absent, lists
   * as empty, nothing fails.
   */
  static Stream<Arguments> emptyExamples() {
    String emptyThread = """
        {"action": {}, "source": {}, "customer": {}, "createdBy": {}, "assignedTo": {},
         "_embedded": {"attachments": [{}]}}""";
    String emptyConversation = """
        {"assignee": {}, "createdBy": {}, "closedByUser": {}, "customerWaitingSince": {}, "source": {},
         "tags": [{}], "primaryCustomer": {}, "customFields": [{}], "_embedded": {"threads": [%s]}, "_links": {}}
        """.formatted(emptyThread);
    String emptyCustomer = """
        {"_embedded": {"emails": [{}], "phones": [{}], "chats": [{}], "social_profiles": [{}], "websites": [{}],
         "properties": [{}]}, "_links": {}}""";
    return Stream.of(
        Arguments.of(GET_CONVERSATION, "{}"),
        Arguments.of(GET_CONVERSATION, emptyConversation),
        Arguments.of(LIST_CONVERSATIONS, page("conversations", "{}")),
        Arguments.of(LIST_THREADS, page("threads", "{}")),
        Arguments.of(LIST_THREADS, page("threads", emptyThread)),
        Arguments.of(GET_CUSTOMER, "{}"),
        Arguments.of(GET_CUSTOMER, emptyCustomer),
        Arguments.of(LIST_CUSTOMERS, page("customers", "{}")),
        Arguments.of(LIST_MAILBOXES, page("mailboxes", "{}")),
        Arguments.of(GET_MAILBOX, "{}"),
        Arguments.of(LIST_FOLDERS, page("folders", "{}")),
        Arguments.of(LIST_FIELDS, page("fields", "{}")),
        Arguments.of(LIST_FIELDS, page("fields", "{\"options\": [{}]}")),
        Arguments.of(ME, "{}"),
        Arguments.of(GET_USER, "{}"),
        Arguments.of(LIST_USERS, page("users", "{}")));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("emptyExamples")
  void absentFieldsReadAsNullAndListsAsEmpty(Read read, String body) throws Exception {
    server.enqueue(json(200, body));

    Object value = read.call().apply(client);

    assertEquals(read.path(), take(server).getUrl().encodedPath());
    assertAllAbsent(value.getClass().getSimpleName(), value);
  }

  /** Help Scout adds values to its lists: a value this client does not know reads as null, its text kept. */
  @Test
  void aValueThisClientDoesNotKnowIsKeptAsText() {
    server.enqueue(json(200, """
        {"type": "sms", "status": "snoozed", "state": "archived",
         "assignee": {"type": "bot"}, "_embedded": {"threads": [{"type": "ai-draft", "state": "queued"}]}}
        """));
    server.enqueue(json(200, "{\"gender\": \"other\", \"photoType\": \"mastodon\"}"));
    server.enqueue(json(200, page("folders", "{\"type\": \"snoozed\"}")));
    server.enqueue(json(200, "{\"role\": \"light user\", \"type\": \"robot\"}"));

    Conversation c = client.conversations().get(12);
    CustomerDetails customer = client.customers().get(500);
    Folder folder = client.mailboxes().listFolders(1).items().get(0);
    User user = client.users().me();

    assertFields("Conversation", c, absentBut(Conversation.class, "type", null, "typeWireValue", "sms",
        "status", null, "statusWireValue", "snoozed", "state", null, "stateWireValue", "archived",
        "assignee", absentBut(Person.class, "type", null, "typeWireValue", "bot"),
        "threads", List.of(absentBut(ThreadDetails.class, "type", null, "typeWireValue", "ai-draft",
            "state", null, "stateWireValue", "queued"))));
    assertFields("CustomerDetails", customer, absentBut(CustomerDetails.class, "gender", null,
        "genderWireValue", "other", "photoType", null, "photoTypeWireValue", "mastodon"));
    assertFields("Folder", folder, absentBut(Folder.class, "type", null, "typeWireValue", "snoozed"));
    assertFields("User", user, absentBut(User.class, "role", null, "roleWireValue", "light user",
        "type", null, "typeWireValue", "robot"));
  }
}
