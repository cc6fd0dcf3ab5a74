package io.mailwright.model.helpscout;

import io.mailwright.model.Api;
import io.mailwright.model.ApiHeaders;
import io.mailwright.model.Authorization;
import io.mailwright.model.ErrorBody;
import io.mailwright.model.ErrorType;

/**
 * The root of the model: every endpoint the generated client has, and what the API says beyond
 * HTTP (its token endpoint, its correlation and rate-limit headers, its error bodies, the status
 * with an exception of its own).
 */
@Authorization(tokenPath = "v2/oauth2/token",
    authorizeUrl = "https://secure.helpscout.net/authentication/authorizeClientApplication")
@ApiHeaders(correlationId = "Correlation-Id", rateLimit = "X-RateLimit-Limit-Minute",
    rateLimitRemaining = "X-RateLimit-Remaining-Minute", retryAfter = "X-RateLimit-Retry-After")
@ErrorBody(message = "message", correlationId = "logRef", fieldErrors = "_embedded.errors", fieldPath = "path",
    fieldMessage = "message", fieldRejectedValue = "rejectedValue", fieldCodeLink = "about")
@ErrorType(status = 412, name = "ConversationLockedException", doc = "The conversation is locked: it has 99 threads"
    + " or more, or company policy prevents old conversations from being updated.")
@Api(
    title = "Help Scout Mailbox API v2",
    baseUrl = "https://api.helpscout.net/",
    endpoints = {
      CreateConversation.class,
      CreateCustomerThread.class,
      CreateChatThread.class,
      CreatePhoneThread.class,
      CreateReplyThread.class,
      CreateNote.class,
      GetConversation.class,
      ListConversations.class,
      ListThreads.class,
      GetCustomer.class,
      ListCustomers.class,
      ListMailboxes.class,
      GetMailbox.class,
      ListMailboxFolders.class,
      ListMailboxFields.class,
      GetResourceOwner.class,
      ListUsers.class,
      GetUser.class,
    })
public interface HelpScoutMailbox {}
