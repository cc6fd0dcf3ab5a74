package io.mailwright.runtime;

import org.jspecify.annotations.Nullable;

/**
 * The token endpoint refused a grant, and said why in OAuth terms: {@link #error()} (e.g.
 * {@code invalid_request}, {@code invalid_client}, {@code invalid_grant}) and
 * {@link #errorDescription()} (e.g. "Invalid refresh_token").
 */
public final class TokenRequestException extends AuthenticationException {
  private static final long serialVersionUID = 1L;

  private final String error;
  private final String errorDescription;

  public TokenRequestException(ErrorContext context, String grant, @Nullable String error, @Nullable String errorDescription) {
    super(context, "the token endpoint refused the " + grant + " grant: " + error
        + (errorDescription == null ? "" : " (" + errorDescription + ")"));
    this.error = error;
    this.errorDescription = errorDescription;
  }

  /** The OAuth {@code error} code, or {@code null} when the body had none. */
  public @Nullable String error() {
    return error;
  }

  /** The OAuth {@code error_description}, or {@code null}. */
  public @Nullable String errorDescription() {
    return errorDescription;
  }
}
