package io.mailwright.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@code close()} gives back what the sandbox took: its port and its worker threads. */
class SandboxCloseTest {
  @Test
  void closeFreesThePortAndEndsTheWorkerThreads() throws Exception {
    List<Thread> before = workerThreads();
    int port;
    List<Thread> mine;
    try (Fixture f = new Fixture()) {
      f.createConversation("bear@acme.com");   // the workers have served a request
      port = f.sandbox.port();
      mine = workerThreads().stream().filter(t -> !before.contains(t)).toList();
      assertTrue(!mine.isEmpty(), "workers while it serves");
      assertEquals(List.of(), mine.stream().filter(t -> !t.isDaemon()).map(Thread::getName).toList(),
          "a sandbox a test forgets to close never keeps its JVM from exiting");
      assertEquals(2, f.sandbox.requestsReceived(), "the token request and the create");
    }

    assertThrows(ConnectException.class, () -> new Socket(InetAddress.getLoopbackAddress(), port).close());
    try (ServerSocket again = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
      assertEquals(port, again.getLocalPort(), "the port is free again");
    }
    awaitEnded(mine);
  }

  @Test
  void aSandboxStartedOnAFixedPortCanBeStartedAgainOnItAfterClose() throws IOException {
    int port;
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = probe.getLocalPort();
    }
    for (int i = 0; i < 2; i++) {
      try (Sandbox s = Sandbox.start(SandboxOptions.builder().port(port).build())) {
        assertEquals(port, s.port());
      }
    }
  }

  private static List<Thread> workerThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().startsWith("helpscout-sandbox-") && t.isAlive()).toList();
  }

  /** Threads end shortly after shutdownNow(); a generous bound only guards against a hang. */
  private static void awaitEnded(List<Thread> threads) throws InterruptedException {
    for (Thread t : threads) {
      t.join(TimeUnit.SECONDS.toMillis(30));
    }
    assertEquals(List.of(), threads.stream().filter(Thread::isAlive).map(Thread::getName).toList());
  }
}
