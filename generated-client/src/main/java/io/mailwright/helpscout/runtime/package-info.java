/**
 * The hand-written runtime of the generated client: the engine ({@link io.mailwright.helpscout.runtime.ApiClient}),
 * authentication, the exceptions, validation types and binary content.
 *
 * <p>Null-marked (JSpecify): a type is non-null unless it says {@code @Nullable}.
 */
@NullMarked
package io.mailwright.helpscout.runtime;

import org.jspecify.annotations.NullMarked;
