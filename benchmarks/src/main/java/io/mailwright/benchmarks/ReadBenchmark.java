package io.mailwright.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.mailwright.benchmarks.readpojo.PojoConversation;
import io.mailwright.benchmarks.readpojo.PojoPage;
import io.mailwright.helpscout.Conversation;
import io.mailwright.helpscout.testing.ReadFixtures;
import io.mailwright.runtime.Page;
import io.mailwright.runtime.internal.BenchmarkAccess;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Benchmark 6: reading a page of 50 conversations, each with 2 embedded threads (about 160 KB of
 * JSON), from bytes. The generated side is the client's own page reader ({@code Reads.parsePage}:
 * streaming over the HAL page, each conversation through its generated lenient constructor); the
 * baseline is Jackson databind reading the same bytes into a hand-written POJO with the same fields
 * ({@code readpojo/}). Both with one mapper configured as the client's.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ReadBenchmark {
  private ObjectMapper mapper;
  private ObjectReader pojoReader;
  private BenchmarkAccess.PageReader<Conversation> pageReader;
  private byte[] json;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    mapper = BenchmarkAccess.clientMapper();
    pojoReader = mapper.readerFor(PojoPage.class);
    pageReader = BenchmarkAccess.pageReader(mapper, Conversation.class, "conversations");
    json = ReadFixtures.conversationPage(1, 50, 120, 3, "https://api.helpscout.net/v2/conversations?page=2")
        .getBytes(StandardCharsets.UTF_8);
    Page<Conversation> ours = generated();
    PojoPage theirs = pojo();
    if (ours.items().size() != 50 || theirs.embedded.conversations.size() != 50) {
      throw new IllegalStateException("both sides must read 50 conversations");
    }
    for (int i = 0; i < 50; i++) {
      Conversation a = ours.items().get(i);
      PojoConversation b = theirs.embedded.conversations.get(i);
      if (!a.id().equals(b.id) || !a.createdAt().equals(b.createdAt) || a.threads().size() != b.embedded.threads.size()
          || !a.threads().get(1).attachments().get(0).filename().equals(b.embedded.threads.get(1).embedded.attachments
              .get(0).filename)
          || !a.webLink().equals(b.links.get("web").href)) {
        throw new IllegalStateException("the two sides must read the same conversation " + i);
      }
    }
  }

  /** The generated types, through the client's page reader. */
  @Benchmark
  public Page<Conversation> generated() throws Exception {
    return pageReader.read(json);
  }

  /** A hand-written POJO with the same fields, through Jackson databind. */
  @Benchmark
  public PojoPage pojo() throws Exception {
    return pojoReader.readValue(json);
  }
}
