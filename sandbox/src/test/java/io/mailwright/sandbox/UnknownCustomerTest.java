package io.mailwright.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import io.mailwright.helpscout.Customer;
import io.mailwright.helpscout.CustomerThread;
import io.mailwright.runtime.BadRequestException;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A customer named by an id that no customer has: {@code 400} at that customer's path, with the id
 * as the rejected value, and nothing created (a request never crashes the sandbox into a 500).
 */
class UnknownCustomerTest {
  private final Fixture f = new Fixture();

  @AfterEach
  void close() {
    f.close();
  }

  @Test
  void conversationWhoseOwnCustomerIdIsUnknownIs400AtCustomerId() {
    BadRequestException e = assertThrows(BadRequestException.class, () -> f.client.conversations()
        .create(Fixture.conversation("bear@acme.com").customer(Customer.builder().id(987654L)).build()));

    assertEquals(400, e.status());
    assertEquals(List.of("customer.id"), e.fieldErrors().stream().map(BadRequestException.FieldError::path).toList());
    assertEquals("987654", e.fieldErrors().get(0).rejectedValue());
    assertNothingCreated();
  }

  @Test
  void conversationWhoseThreadsCustomerIdIsUnknownIs400AtThatThread() {
    BadRequestException e = assertThrows(BadRequestException.class, () -> f.client.conversations()
        .create(Fixture.conversation("bear@acme.com")
            .addThread(CustomerThread.builder().text("me again").customer(Customer.builder().id(424242L)))
            .build()));

    assertEquals(List.of("threads[1].customer.id"),
        e.fieldErrors().stream().map(BadRequestException.FieldError::path).toList());
    assertNothingCreated();
  }

  /** Every unknown id of one request at once (the mailbox's too), as every violation is reported at once. */
  @Test
  void everyUnknownIdOfOneRequestIsReportedAtOnce() {
    BadRequestException e = assertThrows(BadRequestException.class, () -> f.client.conversations()
        .create(Fixture.conversation("bear@acme.com").mailboxId(999_999L).customer(Customer.builder().id(987654L))
            .addThread(CustomerThread.builder().text("me again").customer(Customer.builder().id(424242L)))
            .build()));

    assertEquals(List.of("mailboxId", "customer.id", "threads[1].customer.id"),
        e.fieldErrors().stream().map(BadRequestException.FieldError::path).toList());
    assertNothingCreated();
  }

  @Test
  void threadWhoseCustomerIdIsUnknownIs400AndAddsNothing() {
    long id = f.createConversation("bear@acme.com");

    BadRequestException e = assertThrows(BadRequestException.class, () -> f.client.threads().createCustomerThread(id,
        CustomerThread.builder().text("hello").customer(Customer.builder().id(13L)).build()));

    assertEquals(List.of("customer.id"), e.fieldErrors().stream().map(BadRequestException.FieldError::path).toList());
    assertEquals(1, f.sandbox.threadCount(id));
  }

  @Test
  void aKnownCustomerIdIsAccepted() {
    long first = f.createConversation("bear@acme.com");
    long customerId = f.readConversation(first).get("primaryCustomer").get("id").asLong();

    long second = f.client.conversations().create(Fixture.conversation("bear@acme.com")
        .customer(Customer.builder().id(customerId)).build()).requireId();

    assertEquals(customerId, f.readConversation(second).get("primaryCustomer").get("id").asLong());
  }

  /** The id a fresh sandbox gives its first conversation does not exist here: nothing was created. */
  private void assertNothingCreated() {
    long firstId;
    try (Fixture fresh = new Fixture()) {
      firstId = fresh.createConversation("bear@acme.com");
    }
    HttpResponse<String> r = f.get("v2/conversations/" + firstId);
    JsonNode body = Fixture.json(r);
    assertEquals(404, r.statusCode(), body.toString());
    assertEquals(List.of(), f.sandbox.notifications());
  }
}
