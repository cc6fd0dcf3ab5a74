package io.mailwright.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mailwright.helpscout.CreateConversationRequest;
import io.mailwright.runtime.internal.BenchmarkAccess;
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
 * Benchmark 2: making the Create Conversation request and writing it to JSON bytes. The generated
 * side builds it through its builders ({@code build()} validates the whole graph) and writes it;
 * the baseline fills a hand-written POJO, checks nothing, and writes it. Both with one mapper
 * configured as the client's ({@code JsonBodies.mapper()}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class SerializationBenchmark {
  private ObjectMapper mapper;
  private CreateConversationRequest built;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    mapper = BenchmarkAccess.clientMapper();
    built = Conversation.generated();
    byte[] ours = mapper.writeValueAsBytes(built);
    byte[] theirs = mapper.writeValueAsBytes(Conversation.pojo());
    if (!mapper.readTree(ours).equals(mapper.readTree(theirs))) {
      throw new IllegalStateException("the two sides must write the same JSON:\n" + new String(ours)
          + "\n" + new String(theirs));
    }
  }

  /** Builders, {@code build()} (validation included), {@code writeValueAsBytes}. */
  @Benchmark
  public byte[] generated() throws JsonProcessingException {
    return mapper.writeValueAsBytes(Conversation.generated());
  }

  /** Filling the POJO, {@code writeValueAsBytes}; no validation. */
  @Benchmark
  public byte[] pojo() throws JsonProcessingException {
    return mapper.writeValueAsBytes(Conversation.pojo());
  }

  /** For the reading only: writing an already built generated request. */
  @Benchmark
  public byte[] generatedWriteOnly() throws JsonProcessingException {
    return mapper.writeValueAsBytes(built);
  }
}
