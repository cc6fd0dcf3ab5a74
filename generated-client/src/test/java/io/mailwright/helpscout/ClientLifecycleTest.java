package io.mailwright.helpscout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** A closed client sends nothing; a client refuses to send credentials over plain http off this machine. */
class ClientLifecycleTest {
  @StartStop
  final MockWebServer server = new MockWebServer();

  private HelpScout.Builder builder() {
    return HelpScout.builder().baseUrl(server.url("/").toString()).accessToken("test-token");
  }

  @Test
  void aClosedClientThrowsIllegalStateExceptionAndSendsNothing() {
    server.enqueue(RuntimeFixtures.created(1));
    HelpScout client = builder().build();
    client.close();

    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> client.threads().createNote(123, RuntimeFixtures.note()));

    assertEquals("client closed", e.getMessage());
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void aClosedClientFailsTheAsyncCallWithIllegalStateException() {
    server.enqueue(RuntimeFixtures.created(1));
    HelpScout client = builder().build();
    client.close();

    ExecutionException e = assertThrows(ExecutionException.class,
        () -> client.threads().createNoteAsync(123, RuntimeFixtures.note()).get(10, TimeUnit.SECONDS));

    IllegalStateException cause = assertInstanceOf(IllegalStateException.class, e.getCause());
    assertEquals("client closed", cause.getMessage());
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void aClosedClientOnTheCallersOkHttpClientSendsNothingEither() {
    // The caller's OkHttp client is not shut down by close(): the client itself must refuse.
    OkHttpClient http = new OkHttpClient();
    server.enqueue(RuntimeFixtures.created(1));
    HelpScout client = builder().okHttpClient(http).build();
    client.close();

    assertThrows(IllegalStateException.class, () -> client.conversations().resolveMerged(5));
    ExecutionException e = assertThrows(ExecutionException.class,
        () -> client.threads().createNoteAsync(123, RuntimeFixtures.note()).get(10, TimeUnit.SECONDS));
    assertInstanceOf(IllegalStateException.class, e.getCause());
    assertEquals(0, server.getRequestCount());
    http.dispatcher().executorService().shutdown();
  }

  @Test
  void plainHttpToAHostOffThisMachineIsRefusedAndSaysWhy() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> HelpScout.builder().baseUrl("http://api.example.com/").clientCredentials("id", "secret").build());

    assertTrue(e.getMessage().contains("api.example.com"), e.getMessage());
    assertTrue(e.getMessage().contains("allowInsecureHttp()"), e.getMessage());
    assertTrue(e.getMessage().contains("unencrypted"), e.getMessage());
    assertTrue(!e.getMessage().contains("secret\""), e.getMessage());
  }

  @Test
  void plainHttpOffThisMachineIsAcceptedWhenAllowedExplicitly() {
    HelpScout.builder().baseUrl("http://api.example.com/").clientCredentials("id", "secret").allowInsecureHttp().build()
        .close();
  }

  @Test
  void plainHttpToLoopbackAndHttpsNeedNothing() {
    for (String url : new String[] {"http://127.0.0.1:8080/", "http://localhost:9/", "http://[::1]:8080/",
        "https://api.example.com/"}) {
      HelpScout.builder().baseUrl(url).accessToken("t0ken").build().close();
    }
  }

  @Test
  void theOAuthFlowRefusesPlainHttpOffThisMachineToo() {
    assertThrows(IllegalArgumentException.class, () -> HelpScout.oauth(
        "http://api.example.com/", "id", "secret", io.mailwright.runtime.TokenStore.inMemory(null)));
  }
}
