package com.example.files;

import io.mailwright.helpscout.runtime.ApiClient;
import io.mailwright.helpscout.runtime.ApiException;
import io.mailwright.helpscout.runtime.Created;
import io.mailwright.helpscout.runtime.NotFoundException;
import io.mailwright.helpscout.runtime.Operation;
import io.mailwright.helpscout.runtime.OutcomeUnknownException;
import io.mailwright.helpscout.runtime.RequestTooLargeException;
import io.mailwright.helpscout.runtime.RequestValidationException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * The documents operations of Files API. Get it from {@code FileStore.documents()}.
 */
@Generated("io.mailwright.processor.ClientProcessor")
public final class Documents {
  private static final Operation UPLOAD = new Operation("upload", "POST", "/documents", 201, Map.ofEntries(
    Map.entry(413, "The document is larger than 10 MB.")));

  private static final Operation LOCATE = new Operation("locate", "GET", "/documents/{documentId}", 200, Map.ofEntries(
    Map.entry(301, "The document moved: Location names its new place.")));

  private final ApiClient client;

  private final FileStoreApi api;

  Documents(ApiClient client, FileStoreApi api) {
    this.client = client;
    this.api = api;
  }

  /**
   * Uploads a document.
   *
   * <p>{@code POST /documents}; 201 on success.
   *
   * @return what the API created: the id and the headers it sent ({@code Resource-ID})
   * @throws RequestValidationException when the request breaks a documented rule; nothing is sent
   * @throws RequestTooLargeException (413) The document is larger than 10 MB.
   * @throws ApiException for any other error status
   * @throws OutcomeUnknownException when the request went out and no answer came; it is not sent again
   */
  public Created upload(Document document) {
    return client.execute(UPLOAD, document, () -> api.upload(document));
  }

  /**
   * Uploads a document.
   *
   * <p>{@code POST /documents}; 201 on success.
   *
   * <p>Does not block: the future completes with the result, or fails with the exceptions
   * {@link #upload} throws.
   *
   * @return what the API created: the id and the headers it sent ({@code Resource-ID})
   */
  public CompletableFuture<Created> uploadAsync(Document document) {
    return client.executeAsync(UPLOAD, document, () -> api.upload(document));
  }

  /**
   * As {@link #upload(Document)}, with the request given as its builder: the call checks what it holds
   * (every violation with its path, nothing sent) before it sends it.
   *
   * @throws RequestValidationException when the request breaks a documented rule; nothing is sent
   */
  public Created upload(Document.Builder document) {
    return upload(document.buildUnvalidated());
  }

  /**
   * As {@link #uploadAsync(Document)}, with the request given as its builder: the call checks what it holds
   * (every violation with its path, nothing sent) before it sends it.
   */
  public CompletableFuture<Created> uploadAsync(Document.Builder document) {
    return uploadAsync(document.buildUnvalidated());
  }

  /**
   * Finds where a document went after it was moved.
   *
   * <p>{@code GET /documents/{documentId}}, without following the redirect.
   *
   * @return the id from the {@code Location} of a {@code 301}, or {@code documentId} itself when it did not move
   * @throws NotFoundException when there is no such resource
   */
  public long locate(long documentId) {
    return client.resolveMoved(LOCATE, documentId, () -> api.findDocument(documentId));
  }

  /**
   * Finds where a document went after it was moved.
   *
   * <p>{@code GET /documents/{documentId}}, without following the redirect.
   *
   * <p>Does not block: the future completes with the id, or fails with the exceptions
   * {@link #locate} throws.
   *
   * @return the id from the {@code Location} of a {@code 301}, or {@code documentId} itself when it did not move
   */
  public CompletableFuture<Long> locateAsync(long documentId) {
    return client.resolveMovedAsync(LOCATE, documentId, () -> api.findDocument(documentId));
  }
}
