package io.mailwright.helpscout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.mailwright.runtime.AuthenticationException;
import io.mailwright.runtime.BadRequestException;
import io.mailwright.runtime.ForbiddenException;
import io.mailwright.runtime.NotFoundException;
import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The 400 body forms of Help Scout's own PHP SDK tests, and JSON bodies that are not objects. */
class ErrorBodyFormatsTest {
  @StartStop
  final MockWebServer server = new MockWebServer();

  private HelpScout client;

  @AfterEach
  void tearDown() {
    if (client != null) {
      client.close();
    }
  }

  private HelpScout client() {
    client = HelpScout.builder().baseUrl(server.url("/").toString()).accessToken("test-token").build();
    return client;
  }

  @Test
  void theAboutCodeIsReadFromALinksListToo() {
    server.enqueue(RuntimeFixtures.json(400, """
        {"logRef":"abc#9","message":"Bad request","_embedded":{"errors":[
          {"path":"subject","message":"may not be empty","source":"JSON",
           "links":[{"rel":"self","href":"https://api.helpscout.net/v2/conversations"},
                    {"rel":"about","href":"https://developer.helpscout.com/mailbox-api/overview/errors#1"}]},
          {"path":"status","message":"bad","rejectedValue":"Wrong",
           "_links":{"about":{"href":"http://developer.helpscout.net/mailbox-api/overview/errors#EnumValue"}}}]}}
        """));

    BadRequestException e = assertThrows(BadRequestException.class,
        () -> client().threads().createNote(123, RuntimeFixtures.note()));

    assertEquals(List.of("1", "EnumValue"), e.fieldErrors().stream().map(BadRequestException.FieldError::code).toList());
  }

  @Test
  void aJsonArrayBodyIsJsonNotAProxyPage() {
    server.enqueue(RuntimeFixtures.json(401, "[]"));
    server.enqueue(RuntimeFixtures.json(403, "[]"));
    server.enqueue(RuntimeFixtures.json(404, "[]"));

    AuthenticationException unauthorized = assertThrows(AuthenticationException.class,
        () -> client().threads().createNote(123, RuntimeFixtures.note()));
    ForbiddenException forbidden = assertThrows(ForbiddenException.class,
        () -> client.threads().createNote(123, RuntimeFixtures.note()));
    NotFoundException notFound = assertThrows(NotFoundException.class,
        () -> client.threads().createNote(123, RuntimeFixtures.note()));

    for (Exception e : List.of(unauthorized, forbidden, notFound)) {
      assertFalse(e.getMessage().contains("not JSON"), e.getMessage());
    }
  }
}
