/**
 * Not for users: what generated code calls, public only because generated code lives in another
 * package. The engine ({@code ApiClient}, {@code Operation}, {@code Reads}), the client's options
 * ({@code ClientOptions}), authentication ({@code ClientCredentials}, {@code UserTokens},
 * {@code FixedAccessToken}, {@code TokenEndpoint}), the OkHttp interceptors and request bodies,
 * error mapping, lenient reading ({@code Lenient}, {@code Links}, {@code Queries}), what every generated
 * class carries ({@code GeneratedJson}, the Jackson annotation bundle; {@code Members}, the bodies of
 * {@code toString} and the any-setter) and the checks of generated validation ({@code Violations},
 * {@code Checks}, {@code Formats}, {@code JsonNull}, {@code MimeTypes}).
 *
 * <p>No compatibility promise: anything here may change or go in any release. A program that
 * imports this package is not using the client's API; the architecture tests of the samples, the
 * sandbox and the importer pin that none of them does. {@code TestHooks} holds the test seams (the
 * clock, the sleeper) kept off the public builder.
 *
 * <p>Null-marked (JSpecify): a type is non-null unless it says {@code @Nullable}.
 */
@NullMarked
package io.mailwright.runtime.internal;

import org.jspecify.annotations.NullMarked;
