package io.mailwright.helpscout;

import static io.mailwright.helpscout.RuntimeFixtures.CORRELATION_ID;
import static io.mailwright.helpscout.RuntimeFixtures.NOTES_PATH;
import static io.mailwright.helpscout.RuntimeFixtures.json;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mailwright.helpscout.RuntimeFixtures.RecordingSleeper;
import io.mailwright.runtime.ApiException;
import io.mailwright.runtime.AuthenticationException;
import io.mailwright.runtime.BadRequestException.FieldError;
import io.mailwright.runtime.BadRequestException;
import io.mailwright.runtime.ForbiddenException;
import io.mailwright.runtime.NotFoundException;
import io.mailwright.runtime.RateLimitException;
import io.mailwright.runtime.RequestTooLargeException;
import io.mailwright.runtime.ServerException;
import java.time.Duration;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each error status of the API, with the body the API (or a proxy in front of it) really sends, becomes its exception. */
class ErrorMappingTest {
  /** API-FACTS: the 400 of a create with an empty subject and an unknown status. */
  static final String VALIDATION_ERROR = """
      {"logRef":"64bb72b4-0a92-11e8-ba89-0ed5f89f718b#1","message":"Bad request",
       "_embedded":{"errors":[
         {"path":"subject","message":"may not be empty","source":"JSON",
          "_links":{"about":{"href":"http://developer.helpscout.net/mailbox-api/overview/errors#NotEmpty"}}},
         {"path":"status","message":"Expected one of these: 'active', 'closed', 'pending'","rejectedValue":"Wrong",
          "source":"JSON","_links":{"about":{"href":"http://developer.helpscout.net/mailbox-api/overview/errors#EnumValue"}}}]},
       "_links":{"about":{"href":"http://developer.helpscout.net/mailbox-api/overview/errors"}}}
      """;

  static final String PROXY_HTML = """
      <html>
      <head><title>502 Bad Gateway</title></head>
      <body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body>
      </html>
      """;

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

  private ApiException createNoteFails(MockResponse response) {
    server.enqueue(response);
    return assertThrows(ApiException.class, () -> client.threads().createNote(123, RuntimeFixtures.note()));
  }

  private static MockResponse vndError(int code, String body) {
    return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/vnd.error+json")
        .addHeader("Correlation-Id", CORRELATION_ID).body(body).build();
  }

  private static void assertRequestContext(ApiException e, int status) {
    assertAll(
        () -> assertEquals(status, e.status()),
        () -> assertEquals(CORRELATION_ID, e.correlationId()),
        () -> assertEquals("POST", e.method()),
        () -> assertEquals(NOTES_PATH, e.path()),
        () -> assertTrue(e.getMessage().startsWith("POST " + NOTES_PATH + " → " + status), e.getMessage()),
        () -> assertTrue(e.getMessage().contains(CORRELATION_ID), e.getMessage()));
  }

  @Test
  void validationErrorOf400ListsEachFieldWithPathMessageRejectedValueAndCodeFromAboutFragment() {
    ApiException e = createNoteFails(vndError(400, VALIDATION_ERROR));

    BadRequestException bad = assertInstanceOf(BadRequestException.class, e);
    assertRequestContext(bad, 400);
    assertEquals("Bad request", bad.apiMessage());
    assertEquals(List.of(
        new FieldError("subject", "may not be empty", null, "NotEmpty"),
        new FieldError("status", "Expected one of these: 'active', 'closed', 'pending'", "Wrong", "EnumValue")),
        bad.fieldErrors());
    assertTrue(bad.getMessage().contains("subject: may not be empty [NotEmpty]"), bad.getMessage());
    assertTrue(bad.getMessage().contains("(rejected 'Wrong') [EnumValue]"), bad.getMessage());
  }

  @Test
  void badRequestWithoutEmbeddedHasNoFieldErrorsAndTakesCorrelationIdFromLogRef() {
    // No Correlation-Id header: the body's logRef is the same value.
    ApiException e = createNoteFails(json(400, """
        {"logRef":"64bb72b4-0a92-11e8-ba89-0ed5f89f718b#1","message":"Bad request",
         "_links":{"about":{"href":"http://developer.helpscout.net/mailbox-api/overview/errors"}}}"""));

    BadRequestException bad = assertInstanceOf(BadRequestException.class, e);
    assertRequestContext(bad, 400);
    assertEquals(List.of(), bad.fieldErrors());
  }

  @Test
  void badRequestForUnparsableJsonCarriesTheApiMessage() {
    ApiException e = createNoteFails(vndError(400, """
        {"logRef":"64bb72b4-0a92-11e8-ba89-0ed5f89f718b#1","message":"Error parsing request body into JSON",
         "_links":{"about":{"href":"http://developer.helpscout.net/mailbox-api/overview/errors"}}}"""));

    BadRequestException bad = assertInstanceOf(BadRequestException.class, e);
    assertRequestContext(bad, 400);
    assertEquals("Error parsing request body into JSON", bad.apiMessage());
    assertEquals(List.of(), bad.fieldErrors());
    assertTrue(bad.getMessage().contains("Error parsing request body into JSON"), bad.getMessage());
  }

  @Test
  void unauthorizedBecomesAuthenticationException() {
    ApiException e = createNoteFails(vndError(401, "{\"logRef\":\"" + CORRELATION_ID + "\",\"message\":\"Unauthorized\"}"));

    assertInstanceOf(AuthenticationException.class, e);
    assertRequestContext(e, 401);
    assertTrue(e.getMessage().contains("missing, invalid or expired"), e.getMessage());
  }

  @Test
  void forbiddenBecomesForbiddenException() {
    ApiException e = createNoteFails(vndError(403, "{\"logRef\":\"" + CORRELATION_ID + "\",\"message\":\"Access denied\"}"));

    assertInstanceOf(ForbiddenException.class, e);
    assertRequestContext(e, 403);
    assertEquals("Access denied", e.apiMessage());
  }

  @Test
  void notFoundOfAThreadCreateSaysAMergedConversationAnswers404AndHowToResolveIt() {
    ApiException e = createNoteFails(vndError(404, "{\"logRef\":\"" + CORRELATION_ID + "\",\"message\":\"Not Found\"}"));

    assertInstanceOf(NotFoundException.class, e);
    assertRequestContext(e, 404);
    assertTrue(e.getMessage().contains("merged"), e.getMessage());
    assertTrue(e.getMessage().contains("resolveMerged"), e.getMessage());
  }

  @Test
  void preconditionFailedBecomesConversationLockedException() {
    ApiException e = createNoteFails(vndError(412,
        "{\"logRef\":\"" + CORRELATION_ID + "\",\"message\":\"Conversation is locked\"}"));

    assertInstanceOf(ConversationLockedException.class, e);
    assertRequestContext(e, 412);
    assertTrue(e.getMessage().contains("locked"), e.getMessage());
  }

  @Test
  void payloadTooLargeBecomesRequestTooLargeException() {
    ApiException e = createNoteFails(vndError(413,
        "{\"logRef\":\"" + CORRELATION_ID + "\",\"message\":\"Request entity too large\"}"));

    assertInstanceOf(RequestTooLargeException.class, e);
    assertRequestContext(e, 413);
  }

  @Test
  void tooManyRequestsWithRetriesOffBecomesRateLimitExceptionWithTheFigures() {
    client.close();
    client = RuntimeFixtures.client(server, new RecordingSleeper()).maxRetries(0).build();
    ApiException e = createNoteFails(new MockResponse.Builder().code(429)
        .addHeader("Content-Type", "application/json")
        .addHeader("Correlation-Id", CORRELATION_ID)
        .addHeader("X-RateLimit-Limit-Minute", "400")
        .addHeader("X-RateLimit-Remaining-Minute", "0")
        .addHeader("X-RateLimit-Retry-After", "17")
        .body("{\"message\":\"API rate limit exceeded\"}").build());

    RateLimitException limited = assertInstanceOf(RateLimitException.class, e);
    assertRequestContext(limited, 429);
    assertEquals("API rate limit exceeded", limited.apiMessage());
    assertEquals(400, limited.limitPerMinute());
    assertEquals(0, limited.remainingThisMinute());
    assertEquals(Duration.ofSeconds(17), limited.retryAfter());
  }

  @ParameterizedTest
  @ValueSource(ints = {500, 502, 503, 504})
  void serverErrorOfAWriteSaysTheWriteMayHaveBeenApplied(int status) {
    ApiException e = createNoteFails(vndError(status, "{\"logRef\":\"" + CORRELATION_ID + "\",\"message\":\"Oops\"}"));

    assertInstanceOf(ServerException.class, e);
    assertRequestContext(e, status);
    assertTrue(e.getMessage().contains("may have been applied"), e.getMessage());
  }

  /** An HTML page from a proxy or load balancer: the status still decides the exception. */
  @ParameterizedTest
  @ValueSource(ints = {400, 401, 403, 404, 412, 413, 429, 500, 502, 503})
  void htmlBodyFromAProxyNeverHidesTheStatus(int status) {
    client.close();
    client = RuntimeFixtures.client(server, new RecordingSleeper()).maxRetries(0).build();
    ApiException e = createNoteFails(new MockResponse.Builder().code(status)
        .addHeader("Content-Type", "text/html")
        .addHeader("Correlation-Id", CORRELATION_ID)
        .body(PROXY_HTML).build());

    assertRequestContext(e, status);
    assertNull(e.apiMessage());
    Class<? extends ApiException> expected = switch (status) {
      case 400 -> BadRequestException.class;
      case 401 -> AuthenticationException.class;
      case 403 -> ForbiddenException.class;
      case 404 -> NotFoundException.class;
      case 412 -> ConversationLockedException.class;
      case 413 -> RequestTooLargeException.class;
      case 429 -> RateLimitException.class;
      default -> ServerException.class;
    };
    assertInstanceOf(expected, e);
    // What the proxy said is the only clue to what happened: it is quoted.
    assertTrue(e.getMessage().contains("not JSON") && e.getMessage().contains("502 Bad Gateway"), e.getMessage());
  }

  @Test
  void errorWithoutBodyOrCorrelationIdStillCarriesStatusMethodAndPath() {
    ApiException e = createNoteFails(new MockResponse.Builder().code(503).build());

    assertInstanceOf(ServerException.class, e);
    assertEquals(503, e.status());
    assertNull(e.correlationId());
    assertEquals("POST", e.method());
    assertEquals(NOTES_PATH, e.path());
  }
}
