package io.mailwright.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.mailwright.helpscout.HelpScout;
import io.mailwright.helpscout.NoteThread;
import io.mailwright.helpscout.ThreadStatus;
import io.mailwright.runtime.Created;
import io.mailwright.runtime.internal.BenchmarkAccess;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * Benchmark 3: {@code createNote} over loopback against {@link LoopbackServer}. The generated
 * client ({@code accessToken("x")}, so no token endpoint) validates the note, writes it as it
 * sends it and reads the {@code Resource-ID}; the baseline is raw OkHttp posting the same JSON,
 * prebuilt as bytes, with the same headers and the same OkHttp settings (no redirects, no
 * connection retries, the client's timeouts). One thread and four threads.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EndToEndBenchmark {
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  private LoopbackServer server;
  private HelpScout client;
  private OkHttpClient raw;
  private NoteThread note;
  private Request rawRequest;
  private Request rawChunkedRequest;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    server = new LoopbackServer(4);
    client = HelpScout.builder().baseUrl(server.url()).accessToken("x").okHttpClient(new OkHttpClient()).build();
    raw = new OkHttpClient.Builder()
        .followRedirects(false)
        .followSslRedirects(false)
        .retryOnConnectionFailure(false)
        .connectTimeout(Duration.ofSeconds(10))
        .readTimeout(Duration.ofSeconds(30))
        .writeTimeout(Duration.ofSeconds(30))
        .build();
    note = NoteThread.builder()
        .text(Conversation.NOTE_TEXT)
        .user(Conversation.USER)
        .status(ThreadStatus.ACTIVE)
        .build();
    ObjectMapper mapper = BenchmarkAccess.clientMapper();
    byte[] body = mapper.writeValueAsBytes(note);
    rawRequest = new Request.Builder()
        .url(server.url() + "v2/conversations/1042/notes")
        .header("Authorization", "Bearer x")
        .post(RequestBody.create(body, JSON))
        .build();
    rawChunkedRequest = rawRequest.newBuilder().post(new RequestBody() {
      @Override
      public MediaType contentType() {
        return JSON;
      }

      @Override
      public long contentLength() {
        return -1;
      }

      @Override
      public void writeTo(okio.BufferedSink sink) throws IOException {
        sink.write(body);
      }
    }).build();
    if (generatedClient() != 4242L || rawOkHttp() != 4242L) {
      throw new IllegalStateException("the loopback server must answer both sides with Resource-ID 4242");
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    client.close();
    raw.dispatcher().executorService().shutdown();
    raw.connectionPool().evictAll();
    server.close();
  }

  @Benchmark
  @Threads(1)
  public long generatedClient() {
    Created created = client.threads().createNote(1042L, note);
    return created.requireId();
  }

  @Benchmark
  @Threads(1)
  public long rawOkHttp() throws IOException {
    try (Response response = raw.newCall(rawRequest).execute()) {
      if (response.code() != 201) {
        throw new IOException("unexpected " + response.code());
      }
      return Long.parseLong(response.header("Resource-ID"));
    }
  }

  /**
   * For the reading only: raw OkHttp sending the same bytes without a length, chunked, as the
   * generated client's streamed body is.
   */
  @Benchmark
  @Threads(1)
  public long rawOkHttpChunked() throws IOException {
    try (Response response = raw.newCall(rawChunkedRequest).execute()) {
      if (response.code() != 201) {
        throw new IOException("unexpected " + response.code());
      }
      return Long.parseLong(response.header("Resource-ID"));
    }
  }

  @Benchmark
  @Threads(4)
  public long generatedClient4Threads() {
    return generatedClient();
  }

  @Benchmark
  @Threads(4)
  public long rawOkHttp4Threads() throws IOException {
    return rawOkHttp();
  }
}
