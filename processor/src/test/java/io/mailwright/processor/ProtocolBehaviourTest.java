package io.mailwright.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.testing.compile.Compilation;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.mailwright.runtime.ApiException;
import io.mailwright.runtime.BadRequestException;
import io.mailwright.runtime.ClientBuilder;
import io.mailwright.runtime.Created;
import io.mailwright.runtime.RateLimitException;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runtime serves an API that is not Help Scout: the client generated from {@code models/protocol}
 * (a kennel whose headers, token path, error bodies and own statuses are its own) run against a
 * local server over real HTTP. What the model declares is what the client reads; the runtime knows
 * none of it.
 */
class ProtocolBehaviourTest {
  @TempDir
  Path classes;

  private HttpServer server;
  private final ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
  private final List<String> requests = new ArrayList<>();

  private record Answer(int status, Map<String, String> headers, String body) {}

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::answer);
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private void answer(HttpExchange exchange) throws IOException {
    exchange.getRequestBody().readAllBytes();
    synchronized (requests) {
      requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + " "
          + exchange.getRequestHeaders().getFirst("Authorization"));
    }
    Answer a = exchange.getRequestURI().getPath().equals("/auth/token")
        ? new Answer(200, Map.of("Content-Type", "application/json"),
            "{\"access_token\": \"kennel-token\", \"token_type\": \"bearer\", \"expires_in\": 7200}")
        : answers.remove();
    a.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
    byte[] body = a.body().getBytes(UTF_8);
    exchange.sendResponseHeaders(a.status(), body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      exchange.getResponseBody().write(body);
    }
    exchange.close();
  }

  @Test
  void theCreatedResultAndTheTokenComeFromTheModelsHeadersAndPath() throws Exception {
    answers.add(new Answer(201, Map.of("Dog-Id", "7", "Dog-Page", "https://kennel.example.com/rex",
        "X-Request-Id", "req-1", "X-Quota-Limit", "100", "X-Quota-Left", "98"), ""));
    try (AutoCloseable kennel = client(true)) {
      Created created = (Created) admit(kennel, "Rex");
      assertThat(created.requireId()).isEqualTo(7);
      assertThat(created.webLocation()).isEqualTo("https://kennel.example.com/rex");
      assertThat(created.correlationId()).isEqualTo("req-1");
      assertThat(created.rateLimit().limitPerMinute().getAsInt()).isEqualTo(100);
      assertThat(created.rateLimit().remainingThisMinute().getAsInt()).isEqualTo(98);
    }
    assertThat(requests).containsExactly("POST /auth/token null", "POST /dogs Bearer kennel-token").inOrder();
  }

  @Test
  void aStatusTheModelTypesIsItsExceptionWithTheBodysMessageAndCorrelationId() throws Exception {
    answers.add(new Answer(409, Map.of("Content-Type", "application/json"),
        "{\"detail\": \"all runs taken\", \"trace\": \"t-9\"}"));
    answers.add(new Answer(423, Map.of(), ""));
    try (AutoCloseable kennel = client(false)) {
      ApiException full = (ApiException) failure(kennel);
      assertThat(full.getClass().getName()).isEqualTo("com.example.protocol.KennelFullException");
      assertThat(full.status()).isEqualTo(409);
      assertThat(full.apiMessage()).isEqualTo("all runs taken");
      assertThat(full.correlationId()).isEqualTo("t-9");
      // The endpoint's own words for the status come first.
      assertThat(full.getMessage()).contains("No run is free today.");

      ApiException asleep = (ApiException) failure(kennel);
      assertThat(asleep.getClass().getName()).isEqualTo("com.example.protocol.DogAsleepException");
      assertThat(asleep.getMessage()).contains("The dog is asleep: try after its nap.");
    }
  }

  @Test
  void fieldErrorsAreReadWhereTheModelSaysTheyAre() throws Exception {
    answers.add(new Answer(400, Map.of("Content-Type", "application/json"), """
        {"detail": "invalid", "problems": {"fields": [
          {"pointer": "name", "detail": "too long", "given": "Rexxxxx",
           "_links": {"type": {"href": "https://kennel.example.com/errors#TooLong"}}},
          {"pointer": "name", "detail": "reserved", "given": 7,
           "links": [{"rel": "type", "href": "https://kennel.example.com/errors#Reserved"}]}]}}
        """));
    try (AutoCloseable kennel = client(false)) {
      BadRequestException e = (BadRequestException) failure(kennel);
      assertThat(e.fieldErrors()).containsExactly(
          new BadRequestException.FieldError("name", "too long", "Rexxxxx", "TooLong"),
          new BadRequestException.FieldError("name", "reserved", "7", "Reserved")).inOrder();
    }
  }

  @Test
  void aRateLimitIsReadFromTheModelsHeaders() throws Exception {
    answers.add(new Answer(429, Map.of("X-Quota-Limit", "100", "X-Quota-Left", "0", "X-Quota-Reset", "30"), ""));
    try (AutoCloseable kennel = client(false)) {
      RateLimitException e = (RateLimitException) failure(kennel);
      assertThat(e.limitPerMinute()).isEqualTo(100);
      assertThat(e.remainingThisMinute()).isEqualTo(0);
      assertThat(e.retryAfter()).isEqualTo(java.time.Duration.ofSeconds(30));
    }
  }

  /** The Kennel client on the local server: by client credentials, or with a token and no retries. */
  private AutoCloseable client(boolean clientCredentials) throws Exception {
    Class<?> kennel = load().loadClass("com.example.protocol.Kennel");
    ClientBuilder<?, ?> builder = (ClientBuilder<?, ?>) kennel.getMethod("builder").invoke(null);
    builder.baseUrl("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    if (clientCredentials) {
      builder.clientCredentials("app", "secret");
    } else {
      builder.accessToken("token").maxRetries(0);
    }
    return (AutoCloseable) builder.build();
  }

  private static Object admit(Object kennel, String name) throws Exception {
    Object dogs = kennel.getClass().getMethod("dogs").invoke(kennel);
    ClassLoader loader = kennel.getClass().getClassLoader();
    Class<?> request = loader.loadClass("com.example.protocol.AdmitDogRequest");
    Object builder = request.getMethod("builder").invoke(null);
    builder.getClass().getMethod("name", String.class).invoke(builder, name);
    Object body = builder.getClass().getMethod("build").invoke(builder);
    try {
      return dogs.getClass().getMethod("admit", request).invoke(dogs, body);
    } catch (InvocationTargetException e) {
      throw (Exception) e.getCause();
    }
  }

  private static RuntimeException failure(Object kennel) throws Exception {
    try {
      admit(kennel, "Rex");
    } catch (RuntimeException e) {
      return e;
    }
    throw new AssertionError("the call succeeded");
  }

  /** The generated classes of the protocol model, over the test's class path (the runtime is shared). */
  private ClassLoader load() throws IOException {
    Compilation compilation = TestCompiler.javac().compile(TestCompiler.model("protocol"));
    assertThat(compilation).succeededWithoutWarnings();
    for (JavaFileObject f : compilation.generatedFiles()) {
      if (f.getKind() == JavaFileObject.Kind.CLASS) {
        Path target = classes.resolve(f.getName().replaceFirst("^/CLASS_OUTPUT/", ""));
        Files.createDirectories(target.getParent());
        try (InputStream in = f.openInputStream()) {
          Files.copy(in, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    return new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader());
  }
}
