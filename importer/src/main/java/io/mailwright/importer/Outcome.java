package io.mailwright.importer;

import io.mailwright.runtime.ApiException;
import io.mailwright.runtime.AuthenticationException;
import io.mailwright.runtime.BadRequestException;
import io.mailwright.runtime.ForbiddenException;
import io.mailwright.runtime.MailwrightException;
import io.mailwright.runtime.OutcomeUnknownException;
import io.mailwright.runtime.RateLimitException;
import io.mailwright.runtime.RequestValidationException;
import io.mailwright.runtime.ServerException;
import io.mailwright.runtime.TokenRequestException;
import io.mailwright.runtime.TransportException;

/**
 * What a failed create means for the journal, after the client's exception contract (README, "Errors"
 * and "Never a duplicate write"): whether Help Scout may have processed the request.
 */
enum Outcome {
  /** The API refused this conversation (400, 404, 412, 413, other 4xx): final, reported, the run goes on. */
  REFUSED,
  /** Certainly not processed and worth repeating later in the run (a connection that never carried it). */
  NOT_SENT,
  /** A 429 after the client's own retries: not processed; the whole run waits. */
  RATE_LIMITED,
  /** Maybe processed (no answer, or a 5xx): the conversation stays in {@code sending} until reconciled. */
  IN_DOUBT,
  /** Not processed, and no other conversation will be either (credentials refused, no access): the run stops. */
  STOP;

  static Outcome of(RuntimeException e) {
    if (e instanceof OutcomeUnknownException || e instanceof ServerException) {
      return IN_DOUBT;
    }
    if (e instanceof RateLimitException) {
      return RATE_LIMITED;
    }
    if (e instanceof AuthenticationException || e instanceof TokenRequestException || e instanceof ForbiddenException) {
      return STOP;
    }
    if (e instanceof TransportException) {
      return NOT_SENT;
    }
    if (e instanceof ApiException api) {
      // 5xx is ServerException above; every other answer is the API's decision about this request.
      return api.status() >= 500 ? IN_DOUBT : REFUSED;
    }
    if (e instanceof RequestValidationException) {
      return REFUSED;
    }
    if (e.getClass() == MailwrightException.class) {
      return STOP; // no token to send: nothing was sent, and nothing else will be
    }
    // Anything else escaped the client's contract: the request may have gone out.
    return IN_DOUBT;
  }

  /** The reason recorded for the conversation: the API's own words, field errors included. */
  static String reason(RuntimeException e) {
    if (e instanceof BadRequestException bad && !bad.fieldErrors().isEmpty()) {
      StringBuilder s = new StringBuilder(bad.getMessage());
      for (BadRequestException.FieldError f : bad.fieldErrors()) {
        s.append("; ").append(f.path()).append(": ").append(f.message());
      }
      return s.toString();
    }
    return e.getClass().getSimpleName() + ": " + e.getMessage();
  }
}
