package io.mailwright.helpscout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mailwright.helpscout.testing.ReadFixtures;
import io.mailwright.runtime.Created;
import io.mailwright.runtime.OAuth;
import io.mailwright.runtime.Page;
import io.mailwright.runtime.RateLimiter;
import io.mailwright.runtime.StoredTokens;
import io.mailwright.runtime.TokenStore;
import io.mailwright.runtime.TransportException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What the runtime's values show when a user logs them (the results they tell, never a credential),
 * and a {@link RateLimiter} that a user's own requests draw on too.
 */
class RuntimeValuesShownTest {
  @StartStop
  final MockWebServer server = new MockWebServer();

  private final List<HelpScout> clients = new ArrayList<>();

  @AfterEach
  void tearDown() {
    clients.forEach(HelpScout::close);
  }

  private HelpScout client(HelpScout.Builder builder) {
    HelpScout client = builder.build();
    clients.add(client);
    return client;
  }

  @Test
  void aCreatedResultShowsItsIdLocationsAndCorrelationId() {
    server.enqueue(RuntimeFixtures.created(99));

    Created created = client(RuntimeFixtures.client(server, new RuntimeFixtures.RecordingSleeper()))
        .threads().createNote(123, RuntimeFixtures.note());

    assertEquals("Created{id=99, location=null, webLocation=null, correlationId=" + RuntimeFixtures.CORRELATION_ID + "}",
        created.toString());
  }

  @Test
  void aPageShowsItsFiguresAndHowManyItemsItHolds() {
    server.enqueue(RuntimeFixtures.json(200, ReadFixtures.conversationPage(2, 3, 7, 3, "https://api.helpscout.net/v2/conversations?page=3")));

    Page<Conversation> page = client(RuntimeFixtures.client(server, new RuntimeFixtures.RecordingSleeper()))
        .conversations().list();

    assertEquals("Page[number=2, size=3, totalElements=7, totalPages=3, items=3, hasNext=true]", page.toString());
  }

  @Test
  void storedTokensShowWhenTheyExpireAndNeverTheTokens() {
    StoredTokens tokens = new StoredTokens("access-secret-1", Instant.parse("2024-03-01T12:00:00Z"), "refresh-secret-1");

    assertEquals("StoredTokens[accessToken=redacted, expiresAt=2024-03-01T12:00:00Z, refreshToken=redacted]",
        tokens.toString());
    assertEquals("TokenStore.inMemory[redacted]", TokenStore.inMemory(tokens).toString());
  }

  @Test
  void anOAuthFlowShowsItsClientIdAndNeverItsSecret() {
    OAuth oauth = HelpScout.oauth("https://api.helpscout.net/", "app-id", "app-secret-42", TokenStore.inMemory(null));

    assertEquals("OAuth[clientId=app-id, clientSecret=redacted]", oauth.toString());
  }

  @Test
  void aUsersOwnRequestsTakenFromASharedLimiterLeaveLessForTheClient() throws InterruptedException {
    RateLimiter shared = new RateLimiter(2);
    HelpScout client = client(RuntimeFixtures.client(server, new RuntimeFixtures.RecordingSleeper())
        .rateLimiter(shared).callTimeout(Duration.ofSeconds(5)));

    shared.acquire("POST");   // another integration's write, counted by the user: the allowance of 2 is spent
    TransportException e = assertThrows(TransportException.class,
        () -> client.threads().createNote(123, RuntimeFixtures.note()));

    assertTrue(e.getMessage().contains("client-side rate limit"), e.getMessage());
    assertEquals(0, server.getRequestCount());
  }
}
