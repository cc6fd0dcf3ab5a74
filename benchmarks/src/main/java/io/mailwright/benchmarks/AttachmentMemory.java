package io.mailwright.benchmarks;

import com.sun.management.GarbageCollectionNotificationInfo;
import io.mailwright.helpscout.Attachment;
import io.mailwright.helpscout.HelpScout;
import io.mailwright.helpscout.NoteThread;
import io.mailwright.runtime.Created;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Benchmark 4, the child JVM (run with {@code -Xmx96m} by {@link MemoryRunner}): sends one note with
 * an attachment of the given file through the generated client to the runner's loopback server, and
 * prints one JSON line with the heap it used.
 *
 * <p>Three figures: the highest heap in use seen by a 1 ms sampler (garbage included, so it follows
 * the collector's rhythm more than the request), the sum of the heap pools' peaks (an upper bound)
 * and the most heap still in use right after a collection (the live data: what a client that held
 * the whole attachment in memory would grow). All after one small warm-up request and
 * {@code System.gc()}, with the pools' peaks reset.
 *
 * <p>With {@code inMemory} the file is first read into a byte array ({@code Attachment.of(name,
 * bytes)}), the control that shows what the streaming saves.
 */
public final class AttachmentMemory {
  private AttachmentMemory() {}

  public static void main(String[] args) throws Exception {
    String url = args[0];
    Path file = Path.of(args[1]);
    boolean inMemory = args.length > 2 && args[2].equals("inMemory");
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    try (HelpScout client = HelpScout.builder().baseUrl(url).accessToken("x")
        .readTimeout(Duration.ofMinutes(2)).writeTimeout(Duration.ofMinutes(2)).build()) {
      client.threads().createNote(1L, NoteThread.builder().text("warm-up")
          .addAttachment(Attachment.of("warm-up.txt", new byte[1024])).build());
      System.gc();
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        pool.resetPeakUsage();
      }
      AtomicLong afterGc = new AtomicLong();
      for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
        ((NotificationEmitter) gc).addNotificationListener((n, handback) -> {
          if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
            var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
            long used = 0;
            for (Map.Entry<String, MemoryUsage> e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
              if (isHeap(e.getKey())) {
                used += e.getValue().getUsed();
              }
            }
            afterGc.accumulateAndGet(used, Math::max);
          }
        }, null, null);
      }
      AtomicLong sampled = new AtomicLong(memory.getHeapMemoryUsage().getUsed());
      Thread sampler = new Thread(() -> {
        while (!Thread.currentThread().isInterrupted()) {
          sampled.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
          try {
            Thread.sleep(1);
          } catch (InterruptedException e) {
            return;
          }
        }
      });
      sampler.setDaemon(true);
      sampler.start();

      long start = System.nanoTime();
      String outcome;
      try {
        Attachment attachment = inMemory
            ? Attachment.of(file.getFileName().toString(), Files.readAllBytes(file))
            : Attachment.fromFile(file);
        Created created = client.threads().createNote(1L, NoteThread.builder().text("the attachment")
            .addAttachment(attachment).build());
        outcome = created.status() == 201 ? "ok" : "status " + created.status();
      } catch (OutOfMemoryError e) {
        outcome = "OutOfMemoryError";
      }
      long millis = (System.nanoTime() - start) / 1_000_000;
      sampler.interrupt();
      sampler.join();
      long poolPeaks = 0;
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        if (pool.getType() == MemoryType.HEAP) {
          poolPeaks += pool.getPeakUsage().getUsed();
        }
      }
      System.out.println("{\"file_bytes\": " + Files.size(file)
          + ", \"in_memory\": " + inMemory
          + ", \"outcome\": \"" + outcome + "\""
          + ", \"millis\": " + millis
          + ", \"max_heap\": " + memory.getHeapMemoryUsage().getMax()
          + ", \"peak_used_sampled\": " + sampled.get()
          + ", \"peak_pools_sum\": " + poolPeaks
          + ", \"max_live_after_gc\": " + afterGc.get() + "}");
    }
  }

  private static boolean isHeap(String pool) {
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getName().equals(pool)) {
        return p.getType() == MemoryType.HEAP;
      }
    }
    return false;
  }
}
