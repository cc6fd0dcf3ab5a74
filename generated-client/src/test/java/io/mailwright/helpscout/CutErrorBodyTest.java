package io.mailwright.helpscout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mailwright.helpscout.HostileServer.Fault;
import io.mailwright.runtime.ApiException;
import io.mailwright.runtime.BadRequestException;
import io.mailwright.runtime.ServerException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Once a status line has arrived, a write's outcome is that status: a body that breaks off, has a
 * broken chunked encoding or is garbage under gzip is the status's exception with the body marked
 * unreadable, never a TransportException (which tells the caller that re-sending is safe).
 */
class CutErrorBodyTest {
  private RawServer server;
  private HelpScout client;

  @AfterEach
  void tearDown() throws IOException {
    if (client != null) {
      client.close();
    }
    if (server != null) {
      server.close();
    }
  }

  private static void write(OutputStream out, String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.ISO_8859_1));
  }

  /** A 502 whose body misbehaves in the named way, then the connection closes. */
  private static void badGateway(String how, OutputStream out) throws IOException {
    switch (how) {
      case "cut" -> write(out, "HTTP/1.1 502 Bad Gateway\r\nContent-Type: text/html\r\nContent-Length: 4000\r\n\r\n"
          + "<html><body>Bad Gat");
      case "chunked" -> write(out, "HTTP/1.1 502 Bad Gateway\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n"
          + "5\r\n<html\r\nnot-hex\r\n");
      case "gzip" -> {
        write(out, "HTTP/1.1 502 Bad Gateway\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\nContent-Length: 64\r\n\r\n");
        byte[] garbage = new byte[64];
        for (int i = 0; i < garbage.length; i++) {
          garbage[i] = (byte) (i * 37 + 11);
        }
        out.write(garbage);
      }
      case "gzip-cut" -> {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
          gz.write("<html><body>Bad Gateway</body></html>".repeat(50).getBytes(StandardCharsets.UTF_8));
        }
        byte[] all = zipped.toByteArray();
        write(out, "HTTP/1.1 502 Bad Gateway\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\nContent-Length: "
            + all.length + "\r\n\r\n");
        out.write(all, 0, all.length / 2);
      }
      default -> throw new AssertionError(how);
    }
  }

  private HelpScout client() {
    client = HelpScout.builder().baseUrl(server.baseUrl()).accessToken("test-token").build();
    return client;
  }

  @ParameterizedTest
  @ValueSource(strings = {"cut", "chunked", "gzip", "gzip-cut"})
  void badGatewayWithABrokenBodyIsServerExceptionWithTheBodyMarkedUnreadable(String how) throws IOException {
    server = new RawServer((i, line, body, out) -> badGateway(how, out));

    ServerException e = assertThrows(ServerException.class, () -> client().threads().createNote(123, RuntimeFixtures.note()));

    assertEquals(502, e.status());
    assertTrue(e.bodyUnreadable(), e.getMessage());
    assertTrue(e.getMessage().contains("could not be read"), e.getMessage());
    assertTrue(e.getMessage().contains("may have been applied"), e.getMessage());
    assertEquals(1, server.requests.get(), "not sent again");
  }

  @ParameterizedTest
  @ValueSource(strings = {"cut", "chunked", "gzip"})
  void asyncBadGatewayWithABrokenBodyFailsTheFutureWithServerException(String how) throws IOException {
    server = new RawServer((i, line, body, out) -> badGateway(how, out));

    ExecutionException e = assertThrows(ExecutionException.class,
        () -> client().threads().createNoteAsync(123, RuntimeFixtures.note()).get(30, TimeUnit.SECONDS));

    ServerException cause = assertInstanceOf(ServerException.class, e.getCause());
    assertTrue(cause.bodyUnreadable());
    assertEquals(1, server.requests.get());
  }

  @Test
  void badRequestWithACutBodyIsStillABadRequest() throws IOException {
    server = new RawServer((i, line, body, out) -> write(out, "HTTP/1.1 400 Bad Request\r\n"
        + "Content-Type: application/vnd.error+json\r\nContent-Length: 900\r\n\r\n{\"logRef\":\"abc#1\",\"message\":\"Valid"));

    BadRequestException e = assertThrows(BadRequestException.class,
        () -> client().threads().createNote(123, RuntimeFixtures.note()));

    assertTrue(e.bodyUnreadable());
    assertEquals(400, e.status());
  }

  @Test
  void aCompleteErrorBodyIsNotMarkedUnreadable() throws IOException {
    server = new RawServer((i, line, body, out) -> write(out, "HTTP/1.1 503 Service Unavailable\r\n"
        + "Content-Type: application/json\r\nContent-Length: 21\r\n\r\n{\"message\":\"resting\"}"));

    ApiException e = assertThrows(ServerException.class, () -> client().threads().createNote(123, RuntimeFixtures.note()));

    assertFalse(e.bodyUnreadable());
    assertEquals("resting", e.apiMessage());
  }

  /**
   * Sixteen threads write through a server (a proxy's behaviour) that cuts the body of a third of its
   * 502s after processing the write. Callers re-send only on TransportException, as the README says:
   * no write is created twice, and every 502 is reported as such.
   */
  @Test
  void callersResendingOnlyOnTransportExceptionMakeNoDuplicateThroughAProxyCuttingBadGatewayBodies()
      throws Exception {
    Map<Fault, Double> shares = new EnumMap<>(Fault.class);
    shares.put(Fault.CUT_502, 0.3);

    Soak.Result r = Soak.run(16, 400, shares, 0, 42);

    assertTrue(r.faults().get(Fault.CUT_502) > 50, r.report());
    assertEquals(0, r.duplicated(), r.report());
    assertEquals(0, r.lost(), r.report());
    assertEquals(0, r.transportResends(), r.report());
    assertEquals(r.faults().get(Fault.CUT_502), r.outcomes().get(Soak.Outcome.SERVER_ERROR), r.report());
    assertEquals(0, r.unknownNotProcessed(), r.report());
  }
}
