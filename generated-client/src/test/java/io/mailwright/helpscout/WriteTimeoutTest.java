package io.mailwright.helpscout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mailwright.runtime.MailwrightException;
import io.mailwright.runtime.TransportException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A server that accepts the connection and never reads: the body cannot be written to its end, and
 * the write timeout ends the call. The API never received a whole request, so it cannot have
 * processed it: a {@link TransportException} (safe to re-send), not an unknown outcome.
 */
class WriteTimeoutTest {
  @Test
  void aBodyTheServerNeverReadsEndsInTheWriteTimeoutAsATransportException() throws Exception {
    CountDownLatch done = new CountDownLatch(1);
    try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      listener.setReceiveBufferSize(4096);
      Thread server = new Thread(() -> {
        try (Socket s = listener.accept()) {
          s.setReceiveBufferSize(4096);
          done.await(60, TimeUnit.SECONDS);   // holds the connection open, reads nothing
        } catch (Exception e) {
          // the test is over
        }
      }, "write-timeout-server");
      server.setDaemon(true);
      server.start();
      // 8 MB of attachment: far more than the socket buffers of both ends hold.
      NoteThread note = NoteThread.builder().text("see attached")
          .addAttachment(Attachment.of("big.bin", new byte[8 * 1024 * 1024])).build();
      try (HelpScout client = HelpScout.builder().baseUrl("http://127.0.0.1:" + listener.getLocalPort() + "/")
          .accessToken("test-token").writeTimeout(Duration.ofMillis(500)).maxRetries(0).build()) {

        MailwrightException e = assertThrows(MailwrightException.class, () -> client.threads().createNote(123, note));

        assertEquals(TransportException.class, e.getClass(), e.toString());
        assertTrue(e.getMessage().contains("the API did not receive a complete request"), e.getMessage());
      } finally {
        done.countDown();
        server.join(TimeUnit.SECONDS.toMillis(30));
      }
    }
  }
}
