package io.mailwright.helpscout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.mailwright.helpscout.RuntimeFixtures.RecordingSleeper;
import io.mailwright.runtime.MailwrightException;
import io.mailwright.runtime.TransportException;
import io.mailwright.runtime.internal.TestHooks;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A server that never completes the handshake (its accept queue is full, so the kernel drops the
 * connection attempts): the connect timeout ends each attempt. A connection that never carried the
 * request is tried again as configured, then a {@link TransportException}: the API received nothing.
 */
class ConnectTimeoutTest {
  @Test
  void aConnectionThatIsNeverEstablishedEndsInTheConnectTimeoutAndIsRetriedThenTransportException()
      throws IOException {
    List<Socket> fillers = new ArrayList<>();
    try (ServerSocket full = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      // Never accepted: these fill the listen queue, and the kernel then drops further attempts.
      for (int i = 0; i < 4; i++) {
        Socket s = new Socket();
        try {
          s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), full.getLocalPort()), 200);
          fillers.add(s);
        } catch (SocketTimeoutException e) {
          s.close();
          break;   // the queue is full already
        }
      }
      assumeTrue(queueIsFull(full.getLocalPort()), "this system completes handshakes past the listen backlog");
      RecordingSleeper sleeper = new RecordingSleeper();
      try (HelpScout client = TestHooks.sleeper(HelpScout.builder().baseUrl("http://127.0.0.1:" + full.getLocalPort() + "/")
          .accessToken("test-token"), sleeper).connectTimeout(Duration.ofMillis(250)).maxRetries(2).build()) {

        MailwrightException e = assertThrows(MailwrightException.class,
            () -> client.threads().createNote(123, RuntimeFixtures.note()));

        assertEquals(TransportException.class, e.getClass(), e.toString());
        assertInstanceOf(SocketTimeoutException.class, rootCause(e), e.toString());
        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2)), sleeper.sleeps,
            "never carried the request: tried again, with the backoff");
      }
    } finally {
      for (Socket s : fillers) {
        s.close();
      }
    }
  }

  private static boolean queueIsFull(int port) throws IOException {
    try (Socket probe = new Socket()) {
      probe.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
      return false;
    } catch (SocketTimeoutException e) {
      return true;
    }
  }

  private static Throwable rootCause(Throwable t) {
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t;
  }
}
