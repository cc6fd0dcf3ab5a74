package io.mailwright.helpscout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mailwright.helpscout.HostileServer.Fault;
import io.mailwright.runtime.Created;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A server closes keep-alive connections it finds idle. A write that the pool hands such a connection
 * must not come back as "outcome unknown" when the server never read it: the client finds the
 * connection closed before writing, and sends the request on a fresh one.
 */
class StaleConnectionTest {
  @Test
  void writesAfterTheServerClosedTheIdlePooledConnectionGoOutOnAFreshOneAndSucceed() throws Exception {
    try (HostileServer server = new HostileServer(7)) {
      // Every connection is closed by the server about a millisecond after its answer.
      server.fault(Fault.IDLE_CLOSE, 1.0);
      server.idleCloseMaxMillis = 1;
      List<Long> ids = new ArrayList<>();
      server.acceptToken("t0ken");
      try (HelpScout client = HelpScout.builder().baseUrl(server.baseUrl()).accessToken("t0ken").build()) {
        for (int i = 0; i < 5; i++) {
          // Long enough for the server's close to reach the client: the pooled connection is then dead.
          Thread.sleep(300);
          Created created = client.threads().createNote(123, NoteThread.builder().text("Note [w-" + i + "]").build());
          ids.add(created.requireId());
        }
      }

      assertEquals(List.of(0L, 1L, 2L, 3L, 4L), ids);
      for (int i = 0; i < 5; i++) {
        assertEquals(1, server.processedCount("w-" + i));
      }
    }
  }
}
