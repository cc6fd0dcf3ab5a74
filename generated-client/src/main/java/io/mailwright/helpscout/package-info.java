/**
 * A Java client for the Help Scout Mailbox API v2, generated from the model in
 * {@code io.mailwright.model.helpscout}: request types with builders and validation, the Retrofit
 * interface {@link io.mailwright.helpscout.HelpScoutApi}, and the runtime in
 * {@code io.mailwright.helpscout.runtime}.
 */
@GenerateClient(model = HelpScoutMailbox.class, name = "HelpScout")
package io.mailwright.helpscout;

import io.mailwright.model.GenerateClient;
import io.mailwright.model.helpscout.HelpScoutMailbox;
