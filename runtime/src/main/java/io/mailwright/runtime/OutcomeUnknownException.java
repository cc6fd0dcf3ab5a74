package io.mailwright.runtime;

/**
 * A write was sent (or may have been) but no status line came back: a read timeout, a connection that
 * broke after the request went out, the call's deadline ({@code callTimeout}) reached after sending.
 * The API may have applied it. The client never sends such a request again by itself, because a
 * repeated create duplicates a thread or a conversation: read the conversation back before you
 * retry.
 */
public final class OutcomeUnknownException extends MailwrightException {
  private static final long serialVersionUID = 1L;

  private final String method;
  private final String path;

  public OutcomeUnknownException(String method, String path, Throwable cause) {
    super(method + " " + path + ": no response (" + cause + "); the request may have been applied."
        + " It was not sent again: check before retrying, a repeated create makes a duplicate.", cause);
    this.method = method;
    this.path = path;
  }

  public String method() {
    return method;
  }

  public String path() {
    return path;
  }
}
