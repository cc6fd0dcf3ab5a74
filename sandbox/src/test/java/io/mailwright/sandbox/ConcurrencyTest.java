package io.mailwright.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.mailwright.helpscout.ConversationLockedException;
import io.mailwright.helpscout.NoteThread;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ConcurrencyTest {
  private static final int WRITERS = 8;

  private static <T> List<T> runAtOnce(int n, Callable<T> task) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(n);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        futures.add(pool.submit(() -> {
          start.await();
          return task.call();
        }));
      }
      start.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> f : futures) {
        results.add(f.get());
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void eightWritersAtOnceNeverPassTheLimitAndLoseNoThread() throws Exception {
    try (Fixture f = new Fixture(SandboxOptions.builder().rateLimitPerMinute(1_000_000), c -> {})) {
      long id = f.createConversation("bear@acme.com");
      Set<Long> created = ConcurrentHashMap.newKeySet();
      AtomicInteger locked = new AtomicInteger();

      runAtOnce(WRITERS, () -> {
        for (int i = 0; i < 20; i++) {
          try {
            created.add(f.client.threads().createNote(id, NoteThread.builder().text("n").build()).requireId());
          } catch (ConversationLockedException e) {
            locked.incrementAndGet();
          }
        }
        return null;
      });

      assertEquals(Store.LOCKED_AT - 1, created.size(), "threads the client saw created");
      assertEquals(WRITERS * 20 - created.size(), locked.get(), "every other attempt was refused");
      assertEquals(Store.LOCKED_AT, f.sandbox.threadCount(id), "the store holds the first thread and every one created");
      Set<Long> stored = new HashSet<>();
      for (JsonNode t : f.threads(id)) {
        stored.add(t.get("id").asLong());
      }
      assertEquals(Store.LOCKED_AT, stored.size());
      assertEquals(true, stored.containsAll(created), "none lost");
    }
  }

  @Test
  void aNewEmailArrivingEightTimesAtOnceMakesOneCustomer() throws Exception {
    try (Fixture f = new Fixture(SandboxOptions.builder().rateLimitPerMinute(1_000_000), c -> {})) {
      List<Long> conversations = runAtOnce(WRITERS, () -> f.createConversation("new@acme.com"));

      Set<Long> customers = new HashSet<>();
      for (long id : conversations) {
        customers.add(f.readConversation(id).get("primaryCustomer").get("id").asLong());
      }
      assertEquals(1, customers.size());
    }
  }
}
