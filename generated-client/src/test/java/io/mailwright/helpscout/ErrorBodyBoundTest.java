package io.mailwright.helpscout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mailwright.helpscout.RuntimeFixtures.RecordingSleeper;
import io.mailwright.runtime.ServerException;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An error body is read up to 64 KiB and no further: an error page of exactly 64 KiB is read whole,
 * one of a byte more is cut there, and the exception says so (what a proxy's HTML error page of any
 * size costs: 64 KiB).
 */
class ErrorBodyBoundTest {
  private static final int BOUND = 64 * 1024;
  private static final String CUT_NOTE = "(only its first 64 KiB were read)";

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

  /** A proxy's error page of {@code size} bytes: not JSON. */
  private static MockResponse badGateway(int size) {
    String page = "<html><body>Bad Gateway</body></html>";
    return new MockResponse.Builder().code(502).addHeader("Content-Type", "text/html")
        .body(page + "x".repeat(size - page.length())).build();
  }

  private ServerException createNoteFailsWith(int size) {
    server.enqueue(badGateway(size));
    return assertThrows(ServerException.class, () -> client.threads().createNote(123, RuntimeFixtures.note()));
  }

  @Test
  void anErrorPageOfExactly64KiBIsReadWhole() {
    ServerException e = createNoteFailsWith(BOUND);

    assertEquals(502, e.status());
    assertTrue(e.getMessage().contains("the response body is not JSON: '<html><body>Bad Gateway"), e.getMessage());
    assertFalse(e.getMessage().contains(CUT_NOTE), e.getMessage());
  }

  @Test
  void anErrorPageOfOneByteMoreIsCutAt64KiB() {
    ServerException e = createNoteFailsWith(BOUND + 1);

    assertEquals(502, e.status());
    assertTrue(e.getMessage().contains("the response body is not JSON " + CUT_NOTE + ": '<html><body>Bad Gateway"),
        e.getMessage());
  }

  @Test
  void aLargeErrorPageIsCutAt64KiB() {
    ServerException e = createNoteFailsWith(10 * BOUND);

    assertTrue(e.getMessage().contains(CUT_NOTE), e.getMessage());
    assertFalse(e.bodyUnreadable());
  }
}
