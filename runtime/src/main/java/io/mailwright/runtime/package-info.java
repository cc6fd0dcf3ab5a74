/**
 * What users of a generated client program against, the same for any API: the results of calls
 * ({@link io.mailwright.runtime.Created}, {@link io.mailwright.runtime.Page},
 * {@link io.mailwright.runtime.RateLimitStatus}), one unchecked exception hierarchy rooted at
 * {@link io.mailwright.runtime.MailwrightException}, the request rules a value breaks
 * ({@link io.mailwright.runtime.Violation}, {@link io.mailwright.runtime.Rule},
 * {@link io.mailwright.runtime.RequestValidationException}), binary content
 * ({@link io.mailwright.runtime.BinaryData}), the ways to authenticate
 * ({@link io.mailwright.runtime.Authentication}, {@link io.mailwright.runtime.TokenStore},
 * {@link io.mailwright.runtime.OAuth}), a shared {@link io.mailwright.runtime.RateLimiter}, and the
 * {@link io.mailwright.runtime.ClientBuilder} every generated entry point's builder extends.
 *
 * <p>No signature here names a type of {@code io.mailwright.runtime.internal} but
 * {@code ClientBuilder.create}, which only generated builders implement.
 *
 * <p>Null-marked (JSpecify): a type is non-null unless it says {@code @Nullable}.
 */
@NullMarked
package io.mailwright.runtime;

import org.jspecify.annotations.NullMarked;
