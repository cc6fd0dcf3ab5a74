package io.mailwright.model.helpscout;

import io.mailwright.model.Doc;

/**
 * The {@code status} of the reply and note pages (seeds 002, 003): the conversation's status after
 * the thread is added. A different list from Create Conversation's {@code status}.
 */
@Doc("Status of the conversation after the thread is added.")
enum ThreadStatus { active, all, closed, open, pending, spam }
