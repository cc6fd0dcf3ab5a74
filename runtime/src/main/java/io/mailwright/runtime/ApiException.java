package io.mailwright.runtime;

import org.jspecify.annotations.Nullable;

/**
 * The API answered with an error status. Carries what is needed to act on it and to report it to
 * the API's support: the status, the correlation id (header or body, as the API's model declares),
 * the method and path of the request. Never the {@code Authorization} header, never a token.
 */
public class ApiException extends MailwrightException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String correlationId;
  private final String method;
  private final String path;
  private final String apiMessage;
  private volatile boolean bodyUnreadable;

  public ApiException(ErrorContext context, String explanation) {
    super(context.describe(explanation));
    this.status = context.status();
    this.correlationId = context.correlationId();
    this.method = context.method();
    this.path = context.path();
    this.apiMessage = context.apiMessage();
  }

  /** The HTTP status of the response. */
  public int status() {
    return status;
  }

  /**
   * The correlation id of the response (the header the API's model names, else the body's member;
   * Help Scout: {@code Correlation-Id}, the body's {@code logRef}), or {@code null} when the response
   * had neither. Quote it to the API's support.
   */
  public @Nullable String correlationId() {
    return correlationId;
  }

  /** The request's HTTP method. */
  public String method() {
    return method;
  }

  /** The request's path, e.g. {@code /v2/conversations/123/notes}. */
  public String path() {
    return path;
  }

  /**
   * Whether the response's body could not be read: it broke off, its chunked encoding or its
   * compression was broken. The status is what counts (a write that got a status line was received
   * by a server); the read failure is the {@linkplain #getCause() cause}.
   */
  public boolean bodyUnreadable() {
    return bodyUnreadable;
  }

  void markBodyUnreadable(Throwable failure) {
    bodyUnreadable = true;
    if (failure != null && getCause() == null) {
      initCause(failure);
    }
  }

  /** The {@code message} of the error body, or {@code null} when the body had none or was not JSON. */
  public @Nullable String apiMessage() {
    return apiMessage;
  }
}
