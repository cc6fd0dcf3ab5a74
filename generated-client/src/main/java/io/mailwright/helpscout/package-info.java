/**
 * A Java client for the Help Scout Mailbox API v2, generated from the model in
 * {@code io.mailwright.model.helpscout}: request types with builders and validation, the Retrofit
 * interface {@link io.mailwright.helpscout.HelpScoutApi}, running on mailwright-runtime (whose public
 * package, {@code io.mailwright.runtime}, holds the results and exceptions users handle).
 *
 * <p>Null-marked (JSpecify): a type is non-null unless it says {@code @Nullable}. Accessors of fields
 * that may be absent, and setters (where {@code null} leaves a field out), are {@code @Nullable}.
 */
@GenerateClient(model = HelpScoutMailbox.class, name = "HelpScout")
@NullMarked
package io.mailwright.helpscout;

import io.mailwright.model.GenerateClient;
import io.mailwright.model.helpscout.HelpScoutMailbox;
import org.jspecify.annotations.NullMarked;
