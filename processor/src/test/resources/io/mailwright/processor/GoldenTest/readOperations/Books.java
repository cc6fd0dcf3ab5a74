package com.example.reads;

import io.mailwright.helpscout.runtime.ApiClient;
import io.mailwright.helpscout.runtime.ApiException;
import io.mailwright.helpscout.runtime.Created;
import io.mailwright.helpscout.runtime.NotFoundException;
import io.mailwright.helpscout.runtime.Operation;
import io.mailwright.helpscout.runtime.OutcomeUnknownException;
import io.mailwright.helpscout.runtime.Page;
import io.mailwright.helpscout.runtime.RequestValidationException;
import io.mailwright.helpscout.runtime.TransportException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * The books operations of Shelf API. Get it from {@code Shelf.books()}.
 */
@Generated("io.mailwright.processor.ClientProcessor")
public final class Books {
  private static final Operation GET = new Operation("get", "GET", "/books/{bookId}", 200, Map.ofEntries(
    Map.entry(404, "There is no such book.")));

  private static final Operation LIST = new Operation("list", "GET", "/books", 200, Map.of());

  private static final Operation REPLACE_TAGS = new Operation("replaceTags", "PUT", "/books/{bookId}/tags", 204, Map.of());

  private static final Operation RENAME = new Operation("rename", "PATCH", "/books/{bookId}", 204, Map.of());

  private static final Operation DELETE = new Operation("delete", "DELETE", "/books/{bookId}", 204, Map.ofEntries(
    Map.entry(404, "There is no such book.")));

  private final ApiClient client;

  private final ShelfApi api;

  Books(ApiClient client, ShelfApi api) {
    this.client = client;
    this.api = api;
  }

  /**
   * Gets a book.
   *
   * <p>{@code GET /books/{bookId}}.
   *
   * <p>When the resource moved (a {@code 301}: a merged conversation), follows the redirect once,
   * to the same host with the same query, and returns the resource where it is now: compare its id.
   *
   * @return what the API answered, read leniently
   * @throws NotFoundException (404) There is no such book.
   * @throws ApiException for any other error status
   * @throws TransportException when the API could not be reached, or its answer not read (a read is repeated
   *     after a connection failure, as often as {@code maxRetries} allows)
   */
  public Book get(long bookId) {
    return client.reads().get(GET, Book.class, true, () -> api.getBook(bookId, Map.of()));
  }

  /**
   * Gets a book.
   *
   * <p>{@code GET /books/{bookId}}.
   *
   * <p>When the resource moved (a {@code 301}: a merged conversation), follows the redirect once,
   * to the same host with the same query, and returns the resource where it is now: compare its id.
   *
   * <p>Does not block: the future completes with the result, or fails with the exceptions
   * {@link #get} throws.
   *
   * @return what the API answered, read leniently
   */
  public CompletableFuture<Book> getAsync(long bookId) {
    return client.reads().getAsync(GET, Book.class, true, () -> api.getBook(bookId, Map.of()));
  }

  /**
   * Gets a book.
   *
   * <p>{@code GET /books/{bookId}}.
   *
   * <p>When the resource moved (a {@code 301}: a merged conversation), follows the redirect once,
   * to the same host with the same query, and returns the resource where it is now: compare its id.
   *
   * @param query the query parameters; {@code null}: none
   * @return what the API answered, read leniently
   * @throws NotFoundException (404) There is no such book.
   * @throws ApiException for any other error status
   * @throws TransportException when the API could not be reached, or its answer not read (a read is repeated
   *     after a connection failure, as often as {@code maxRetries} allows)
   */
  public Book get(long bookId, @Nullable GetBookQuery query) {
    return client.reads().get(GET, Book.class, true, () -> api.getBook(bookId, query == null ? Map.of() : query.toQueryMap()));
  }

  /**
   * Gets a book.
   *
   * <p>{@code GET /books/{bookId}}.
   *
   * <p>When the resource moved (a {@code 301}: a merged conversation), follows the redirect once,
   * to the same host with the same query, and returns the resource where it is now: compare its id.
   *
   * <p>Does not block: the future completes with the result, or fails with the exceptions
   * {@link #get} throws.
   *
   * @param query the query parameters; {@code null}: none
   * @return what the API answered, read leniently
   */
  public CompletableFuture<Book> getAsync(long bookId, @Nullable GetBookQuery query) {
    return client.reads().getAsync(GET, Book.class, true, () -> api.getBook(bookId, query == null ? Map.of() : query.toQueryMap()));
  }

  /**
   * The id the resource has now: {@code GET /books/{bookId}} without following the redirect and without reading
   * the resource.
   *
   * @return the id from the {@code Location} of a {@code 301}, or {@code bookId} itself when it did not move
   * @throws NotFoundException when there is no such resource
   */
  public long locate(long bookId) {
    return client.reads().resolveMoved(GET, bookId, () -> api.getBook(bookId, Map.of()));
  }

  /**
   * The id the resource has now: {@code GET /books/{bookId}} without following the redirect and without reading
   * the resource.
   *
   * <p>Does not block: the future completes with the id, or fails with the exceptions
   * {@link #locate} throws.
   *
   * @return the id from the {@code Location} of a {@code 301}, or {@code bookId} itself when it did not move
   */
  public CompletableFuture<Long> locateAsync(long bookId) {
    return client.reads().resolveMovedAsync(GET, bookId, () -> api.getBook(bookId, Map.of()));
  }

  /**
   * Lists books.
   *
   * <p>{@code GET /books}.
   *
   * <p>One page; {@link #listAll} walks every page.
   *
   * @return the page: its items and where it stands in the list
   * @throws ApiException for any other error status
   * @throws TransportException when the API could not be reached, or its answer not read (a read is repeated
   *     after a connection failure, as often as {@code maxRetries} allows)
   */
  public Page<Book> list() {
    return client.reads().page(LIST, Book.class, "books", () -> api.listBooks(Map.of()));
  }

  /**
   * Lists books.
   *
   * <p>{@code GET /books}.
   *
   * <p>One page; {@link #listAll} walks every page.
   *
   * <p>Does not block: the future completes with the result, or fails with the exceptions
   * {@link #list} throws.
   *
   * @return the page: its items and where it stands in the list
   */
  public CompletableFuture<Page<Book>> listAsync() {
    return client.reads().pageAsync(LIST, Book.class, "books", () -> api.listBooks(Map.of()));
  }

  /**
   * Lists books.
   *
   * <p>{@code GET /books}.
   *
   * <p>One page; {@link #listAll} walks every page.
   *
   * @param query the query parameters; {@code null}: none
   * @return the page: its items and where it stands in the list
   * @throws ApiException for any other error status
   * @throws TransportException when the API could not be reached, or its answer not read (a read is repeated
   *     after a connection failure, as often as {@code maxRetries} allows)
   */
  public Page<Book> list(@Nullable ListBooksQuery query) {
    return client.reads().page(LIST, Book.class, "books", () -> api.listBooks(query == null ? Map.of() : query.toQueryMap()));
  }

  /**
   * Lists books.
   *
   * <p>{@code GET /books}.
   *
   * <p>One page; {@link #listAll} walks every page.
   *
   * <p>Does not block: the future completes with the result, or fails with the exceptions
   * {@link #list} throws.
   *
   * @param query the query parameters; {@code null}: none
   * @return the page: its items and where it stands in the list
   */
  public CompletableFuture<Page<Book>> listAsync(@Nullable ListBooksQuery query) {
    return client.reads().pageAsync(LIST, Book.class, "books", () -> api.listBooks(query == null ? Map.of() : query.toQueryMap()));
  }

  /**
   * Lists books.
   *
   * <p>{@code GET /books}.
   *
   * <p>Every item of every page, lazily: nothing is sent until the stream is consumed, and the next page
   * (the API's {@code _links.next}) is fetched only when every item of the previous one was consumed.
   * A caller that stops early fetches no further page. Each page is one call, with the same retries, 429
   * waits and rate limiter as every call; a failure is thrown by the stream's terminal operation.
   * Sequential only. (No async twin: for non-blocking paging, call {@link #listAsync} page by page.)
   *
   * @return the items, fetched page by page as they are consumed
   * @throws ApiException for any other error status
   * @throws TransportException when the API could not be reached, or its answer not read (a read is repeated
   *     after a connection failure, as often as {@code maxRetries} allows)
   */
  public Stream<Book> listAll() {
    return client.reads().stream(LIST, Book.class, "books", () -> api.listBooks(Map.of()));
  }

  /**
   * Lists books.
   *
   * <p>{@code GET /books}.
   *
   * <p>Every item of every page, lazily: nothing is sent until the stream is consumed, and the next page
   * (the API's {@code _links.next}) is fetched only when every item of the previous one was consumed.
   * A caller that stops early fetches no further page. Each page is one call, with the same retries, 429
   * waits and rate limiter as every call; a failure is thrown by the stream's terminal operation.
   * Sequential only. (No async twin: for non-blocking paging, call {@link #listAsync} page by page.)
   *
   * @param query the query parameters; {@code null}: none
   * @return the items, fetched page by page as they are consumed
   * @throws ApiException for any other error status
   * @throws TransportException when the API could not be reached, or its answer not read (a read is repeated
   *     after a connection failure, as often as {@code maxRetries} allows)
   */
  public Stream<Book> listAll(@Nullable ListBooksQuery query) {
    return client.reads().stream(LIST, Book.class, "books", () -> api.listBooks(query == null ? Map.of() : query.toQueryMap()));
  }

  /**
   * Replaces the tags of a book.
   *
   * <p>{@code PUT /books/{bookId}/tags}; 204 on success.
   *
   * @return what the API answered
   * @throws RequestValidationException when the request breaks a documented rule; nothing is sent
   * @throws ApiException for any other error status
   * @throws OutcomeUnknownException when the request went out and no answer came; it is not sent again
   */
  public Created replaceTags(long bookId, ReplaceTagsRequest request) {
    return client.execute(REPLACE_TAGS, request, () -> api.replaceTags(bookId, request));
  }

  /**
   * Replaces the tags of a book.
   *
   * <p>{@code PUT /books/{bookId}/tags}; 204 on success.
   *
   * <p>Does not block: the future completes with the result, or fails with the exceptions
   * {@link #replaceTags} throws.
   *
   * @return what the API answered
   */
  public CompletableFuture<Created> replaceTagsAsync(long bookId, ReplaceTagsRequest request) {
    return client.executeAsync(REPLACE_TAGS, request, () -> api.replaceTags(bookId, request));
  }

  /**
   * As {@link #replaceTags(long, ReplaceTagsRequest)}, with the request given as its builder: the call checks what it holds
   * (every violation with its path, nothing sent) before it sends it.
   *
   * @throws RequestValidationException when the request breaks a documented rule; nothing is sent
   */
  public Created replaceTags(long bookId, ReplaceTagsRequest.Builder request) {
    return replaceTags(bookId, request.buildUnvalidated());
  }

  /**
   * As {@link #replaceTagsAsync(long, ReplaceTagsRequest)}, with the request given as its builder: the call checks what it holds
   * (every violation with its path, nothing sent) before it sends it.
   */
  public CompletableFuture<Created> replaceTagsAsync(long bookId,
      ReplaceTagsRequest.Builder request) {
    return replaceTagsAsync(bookId, request.buildUnvalidated());
  }

  /**
   * Renames a book.
   *
   * <p>{@code PATCH /books/{bookId}}; 204 on success.
   *
   * @return what the API answered
   * @throws RequestValidationException when the request breaks a documented rule; nothing is sent
   * @throws ApiException for any other error status
   * @throws OutcomeUnknownException when the request went out and no answer came; it is not sent again
   */
  public Created rename(long bookId, RenameBookRequest request) {
    return client.execute(RENAME, request, () -> api.renameBook(bookId, request));
  }

  /**
   * Renames a book.
   *
   * <p>{@code PATCH /books/{bookId}}; 204 on success.
   *
   * <p>Does not block: the future completes with the result, or fails with the exceptions
   * {@link #rename} throws.
   *
   * @return what the API answered
   */
  public CompletableFuture<Created> renameAsync(long bookId, RenameBookRequest request) {
    return client.executeAsync(RENAME, request, () -> api.renameBook(bookId, request));
  }

  /**
   * As {@link #rename(long, RenameBookRequest)}, with the request given as its builder: the call checks what it holds
   * (every violation with its path, nothing sent) before it sends it.
   *
   * @throws RequestValidationException when the request breaks a documented rule; nothing is sent
   */
  public Created rename(long bookId, RenameBookRequest.Builder request) {
    return rename(bookId, request.buildUnvalidated());
  }

  /**
   * As {@link #renameAsync(long, RenameBookRequest)}, with the request given as its builder: the call checks what it holds
   * (every violation with its path, nothing sent) before it sends it.
   */
  public CompletableFuture<Created> renameAsync(long bookId, RenameBookRequest.Builder request) {
    return renameAsync(bookId, request.buildUnvalidated());
  }

  /**
   * Deletes a book.
   *
   * <p>{@code DELETE /books/{bookId}}; 204 on success.
   *
   * @return what the API answered
   * @throws NotFoundException (404) There is no such book.
   * @throws ApiException for any other error status
   * @throws OutcomeUnknownException when the request went out and no answer came; it is not sent again
   */
  public Created delete(long bookId) {
    return client.execute(DELETE, null, () -> api.deleteBook(bookId));
  }

  /**
   * Deletes a book.
   *
   * <p>{@code DELETE /books/{bookId}}; 204 on success.
   *
   * <p>Does not block: the future completes with the result, or fails with the exceptions
   * {@link #delete} throws.
   *
   * @return what the API answered
   */
  public CompletableFuture<Created> deleteAsync(long bookId) {
    return client.executeAsync(DELETE, null, () -> api.deleteBook(bookId));
  }
}
