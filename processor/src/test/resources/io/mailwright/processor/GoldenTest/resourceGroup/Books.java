package com.example.path;

import io.mailwright.runtime.ApiException;
import io.mailwright.runtime.Async;
import io.mailwright.runtime.Created;
import io.mailwright.runtime.OutcomeUnknownException;
import io.mailwright.runtime.RequestValidationException;
import io.mailwright.runtime.internal.ApiClient;
import io.mailwright.runtime.internal.Operation;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * The books operations of Library API. Get it from {@code Library.books()}.
 */
@Generated("io.mailwright.processor.ClientProcessor")
public final class Books {
  private static final Operation MOVE = new Operation("move", "PUT", "/shelves/{shelfId}/books/{isbn}/slots/{slot}", 204, Map.of());

  private static final Operation REMOVE = new Operation("remove", "DELETE", "/books/{isbn}", 204, Map.of());

  private final ApiClient client;

  private final LibraryApi api;

  Books(ApiClient client, LibraryApi api) {
    this.client = client;
    this.api = api;
  }

  /**
   * Puts a book in a slot of a shelf.
   *
   * <p>{@code PUT /shelves/{shelfId}/books/{isbn}/slots/{slot}}; 204 on success.
   *
   * @return what the API answered
   * @throws RequestValidationException when the request breaks a documented rule; nothing is sent
   * @throws ApiException for any other error status
   * @throws OutcomeUnknownException when the request went out and no answer came; it is not sent again
   */
  public Created move(long shelfId, String isbn, int slot, Placement placement) {
    return client.execute(MOVE, placement, () -> api.moveBook(shelfId, isbn, slot, placement));
  }

  /**
   * As {@link #move(long, String, int, Placement)}, without blocking: see {@link Async}.
   */
  public CompletableFuture<Created> moveAsync(long shelfId, String isbn, int slot,
      Placement placement) {
    return client.executeAsync(MOVE, placement, () -> api.moveBook(shelfId, isbn, slot, placement));
  }

  /**
   * As {@link #move(long, String, int, Placement)}, with the request given as its builder: the call checks what it holds
   * (every violation with its path, nothing sent) before it sends it.
   *
   * @throws RequestValidationException when the request breaks a documented rule; nothing is sent
   */
  public Created move(long shelfId, String isbn, int slot, Placement.Builder placement) {
    return move(shelfId, isbn, slot, placement.buildUnvalidated());
  }

  /**
   * As {@link #moveAsync(long, String, int, Placement)}, with the request given as its builder: the call checks what it holds
   * (every violation with its path, nothing sent) before it sends it.
   */
  public CompletableFuture<Created> moveAsync(long shelfId, String isbn, int slot,
      Placement.Builder placement) {
    return moveAsync(shelfId, isbn, slot, placement.buildUnvalidated());
  }

  /**
   * {@code DELETE /books/{isbn}}; 204 on success.
   *
   * @return what the API answered
   * @throws ApiException for any other error status
   * @throws OutcomeUnknownException when the request went out and no answer came; it is not sent again
   */
  public Created remove(String isbn) {
    return client.execute(REMOVE, null, () -> api.removeBook(isbn));
  }

  /**
   * As {@link #remove(String)}, without blocking: see {@link Async}.
   */
  public CompletableFuture<Created> removeAsync(String isbn) {
    return client.executeAsync(REMOVE, null, () -> api.removeBook(isbn));
  }
}
