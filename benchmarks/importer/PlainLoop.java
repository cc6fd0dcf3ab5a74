import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mailwright.helpscout.CreateConversationRequest;
import io.mailwright.helpscout.HelpScout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The baseline of the importer's throughput benchmark: the same export sent by calling the client
 * directly in a loop (no journal, no throttle, no reconciliation), on THREADS threads.
 *
 *   java -cp importer/target/helpscout-import.jar benchmarks/importer/PlainLoop.java EXPORT BASE_URL THREADS
 */
public class PlainLoop {
  public static void main(String[] args) throws Exception {
    ObjectMapper json = new ObjectMapper();
    List<CreateConversationRequest> requests = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of(args[0]))) {
      ObjectNode c = (ObjectNode) json.readTree(line);
      c.remove("sourceId");
      c.put("imported", true);
      c.put("mailboxId", 85);
      for (JsonNode t : c.path("threads")) {
        ((ObjectNode) t).put("imported", true);
      }
      requests.add(json.treeToValue(c, CreateConversationRequest.class));
    }
    int threads = Integer.parseInt(args[2]);
    long start = System.nanoTime();
    try (HelpScout client = HelpScout.builder().baseUrl(args[1])
        .clientCredentials(System.getenv("HELPSCOUT_CLIENT_ID"), System.getenv("HELPSCOUT_CLIENT_SECRET")).build()) {
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      List<Future<?>> done = new ArrayList<>();
      int per = (requests.size() + threads - 1) / threads;
      for (int t = 0; t < threads; t++) {
        List<CreateConversationRequest> mine = requests.subList(Math.min(requests.size(), t * per),
            Math.min(requests.size(), (t + 1) * per));
        done.add(pool.submit(() -> mine.forEach(r -> client.conversations().create(r).requireId())));
      }
      for (Future<?> f : done) {
        f.get();
      }
      pool.shutdown();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf("plain loop: %d conversations in %.1f s: %.1f/s%n", requests.size(), seconds,
        requests.size() / seconds);
  }
}
