package io.mailwright.helpscout;

import static io.mailwright.helpscout.RuntimeFixtures.CORRELATION_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.mailwright.runtime.ApiException;
import io.mailwright.runtime.NotFoundException;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * resolveMerged reads the new place of a moved conversation from every redirect that says "it is
 * there" (301 and 308 permanent, 302 and 307 temporary), without following it; the other 3xx say
 * something else and are errors with their status.
 */
class MovedStatusesTest {
  @StartStop
  final MockWebServer server = new MockWebServer();

  private HelpScout client;

  @BeforeEach
  void setUp() {
    client = RuntimeFixtures.client(server, new RuntimeFixtures.RecordingSleeper()).build();
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  private static MockResponse redirect(int status, String location) {
    return new MockResponse.Builder().code(status).addHeader("Location", location)
        .addHeader("Correlation-Id", CORRELATION_ID).build();
  }

  @ParameterizedTest
  @ValueSource(ints = {301, 302, 307, 308})
  void everyRedirectToTheConversationGivesItsNewIdWithoutFollowingIt(int status) throws Exception {
    server.enqueue(redirect(status, "https://api.helpscout.net/v2/conversations/9876"));
    server.enqueue(redirect(status, "/v2/conversations/9876"));
    server.enqueue(RuntimeFixtures.json(200, "{\"id\":9876}"));   // what following one would get: unused

    assertEquals(9876, client.conversations().resolveMerged(1234));
    assertEquals(9876L, client.conversations().resolveMergedAsync(1234).get(30, java.util.concurrent.TimeUnit.SECONDS));

    assertEquals(2, server.getRequestCount(), "no redirect was followed");
    assertEquals("/v2/conversations/1234", server.takeRequest().getUrl().encodedPath());
    assertEquals("/v2/conversations/1234", server.takeRequest().getUrl().encodedPath());
  }

  @ParameterizedTest
  @ValueSource(ints = {300, 303, 304, 305})
  void otherRedirectionStatusesAreErrorsWithTheirStatus(int status) {
    server.enqueue(redirect(status, "https://api.helpscout.net/v2/conversations/9876"));

    ApiException e = assertThrows(ApiException.class, () -> client.conversations().resolveMerged(1234));

    assertEquals(status, e.status());
    assertEquals("GET", e.method());
  }

  @Test
  void aRedirectWhoseLocationEndsInNoIdIsAnErrorWithItsStatus() {
    server.enqueue(redirect(308, "https://api.helpscout.net/v2/conversations/"));
    server.enqueue(redirect(307, "https://secure.helpscout.net/login"));

    assertEquals(308, assertThrows(ApiException.class, () -> client.conversations().resolveMerged(1234)).status());
    assertEquals(307, assertThrows(ApiException.class, () -> client.conversations().resolveMerged(1234)).status());
  }

  @Test
  void notFoundStaysNotFound() {
    server.enqueue(new MockResponse.Builder().code(404).build());

    assertInstanceOf(NotFoundException.class,
        assertThrows(ApiException.class, () -> client.conversations().resolveMerged(1234)));
  }
}
