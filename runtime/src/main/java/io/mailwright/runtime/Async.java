package io.mailwright.runtime;

/**
 * The contract of every asynchronous call of the generated client (the {@code ...Async} twin of
 * each call, returning a {@link java.util.concurrent.CompletableFuture}), written here once instead
 * of on each.
 *
 * <ul>
 *   <li>It does not block: a request body is checked before anything is sent, then the request
 *       goes out on OkHttp's dispatcher, whose thread completes the future.
 *   <li>The future completes with what the blocking twin (the method of the same name without
 *       {@code Async}, which each twin links to) returns, or fails with the exception that call
 *       would throw: a {@link RequestValidationException} when the request breaks a documented rule
 *       (nothing is sent), an {@link ApiException} subtype for an error status, an
 *       {@link OutcomeUnknownException} when a write went out and no answer came, a
 *       {@link TransportException} when the API could not be reached. Retries, 429 waits and the
 *       rate limiter apply as for the blocking call.
 * </ul>
 *
 * <p>The lazy {@code listAll} streams have no twin: walk pages without blocking with {@code listAsync}
 * and the query's {@code page(n)}. Documentation only: nothing calls this type.
 */
public final class Async {
  private Async() {}
}
