package io.mailwright.helpscout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.mailwright.helpscout.RuntimeFixtures.RecordingSleeper;
import io.mailwright.runtime.MailwrightException;
import io.mailwright.runtime.OutcomeUnknownException;
import io.mailwright.runtime.ServerException;
import io.mailwright.runtime.TransportException;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A read that fails is not a write whose outcome is unknown: a read changes nothing, so a read
 * timeout or a connection lost after the GET went out is a {@link TransportException}, never an
 * {@link OutcomeUnknownException} (which tells the caller to read back before re-sending), and it
 * is repeated as many times as the retries allow (a write never is); a 5xx is a
 * {@link ServerException} for a read as for a write.
 */
class ReadFailuresTest {
  private final MockWebServer server = new MockWebServer();
  private final RecordingSleeper sleeper = new RecordingSleeper();
  private HelpScout client;

  @BeforeEach
  void setUp() throws IOException {
    server.start(InetAddress.getByName("127.0.0.1"), 0);
    client = RuntimeFixtures.client(server, sleeper).baseUrl("http://127.0.0.1:" + server.getPort() + "/")
        .readTimeout(Duration.ofMillis(300)).build();
  }

  @AfterEach
  void tearDown() {
    client.close();
    server.close();
  }

  @Test
  void aReadThatTimesOutIsATransportExceptionNotAnUnknownOutcome() {
    for (int i = 0; i < 4; i++) {
      server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
    }

    MailwrightException e = assertThrows(MailwrightException.class, () -> client.conversations().resolveMerged(1234));

    assertInstanceOf(TransportException.class, e, e.toString());
    assertEquals(4, server.getRequestCount(), "the read and its 3 retries (the default)");
    assertEquals(3, sleeper.sleeps.size());
  }

  @Test
  void aReadWhoseConnectionDropsAfterItWentOutIsATransportException() {
    for (int i = 0; i < 4; i++) {
      server.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
    }

    MailwrightException e = assertThrows(MailwrightException.class, () -> client.conversations().resolveMerged(1234));

    assertInstanceOf(TransportException.class, e, e.toString());
    assertEquals(4, server.getRequestCount(), "the read and its 3 retries (the default)");
  }

  @Test
  void aDroppedReadIsRepeatedAndItsSecondAnswerCounts() {
    server.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
    server.enqueue(new MockResponse.Builder().code(301).addHeader("Location", "/v2/conversations/9876").build());

    assertEquals(9876, client.conversations().resolveMerged(1234));
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void theAsyncReadFailsTheSameWay() {
    for (int i = 0; i < 4; i++) {
      server.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
    }

    ExecutionException e = assertThrows(ExecutionException.class,
        () -> client.conversations().resolveMergedAsync(1234).get(30, TimeUnit.SECONDS));

    assertInstanceOf(TransportException.class, e.getCause(), String.valueOf(e.getCause()));
  }

  @Test
  void aServerErrorOnAReadIsAServerException() {
    server.enqueue(RuntimeFixtures.json(503, "{\"message\":\"Service Unavailable\"}"));

    ServerException e = assertThrows(ServerException.class, () -> client.conversations().resolveMerged(1234));

    assertEquals(503, e.status());
    assertEquals("GET", e.method());
    assertEquals(1, server.getRequestCount());
  }

  /** The same failures on a write, for contrast: there the outcome is unknown. */
  @Test
  void theSameDropOnAWriteIsAnUnknownOutcome() {
    server.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());

    assertThrows(OutcomeUnknownException.class, () -> client.threads().createNote(123, RuntimeFixtures.note()));
  }
}
