package io.mailwright.runtime;

/**
 * The API did not receive the request, so it certainly did not process it, and sending it again is
 * safe: the connection failed before the request was written (and the retries allowed for that were
 * used up), a request body could not be written to its end (a file that went away), or the client
 * gave up before sending it (its own {@code requestsPerMinute} wait would have passed
 * {@code callTimeout}). For a read (a {@code GET}, which changes nothing) it is also any failure of
 * the connection.
 *
 * <p>A write that received a status line is never a {@code TransportException}: it is the status's
 * {@link ApiException}, even when the body broke off ({@link ApiException#bodyUnreadable()}), and
 * a write that was sent without an answer is an {@link OutcomeUnknownException}.
 */
public final class TransportException extends MailwrightException {
  private static final long serialVersionUID = 1L;

  public TransportException(String message, Throwable cause) {
    super(message, cause);
  }
}
