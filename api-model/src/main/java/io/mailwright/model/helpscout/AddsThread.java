package io.mailwright.model.helpscout;

import static io.mailwright.model.ResponseHeader.Meaning.RESOURCE_ID;

import io.mailwright.model.ErrorResponse;
import io.mailwright.model.Mixin;
import io.mailwright.model.PathParam;
import io.mailwright.model.ResponseHeader;

/**
 * What the five "Create ... Thread" pages (chat, customer, note, phone, reply) say alike about the
 * call: the conversation in the path, the new thread's id in a header, the same 404 and 412.
 */
@Mixin
@ResponseHeader(name = "Resource-ID", doc = "Internal ID of the newly created thread", meaning = RESOURCE_ID)
@ErrorResponse(status = 404, doc = "The conversation does not exist, or was merged into another one (a write to a merged conversation answers 404): conversations().resolveMerged(conversationId) returns the id of the conversation it was merged into; send the thread there.")
@ErrorResponse(status = 412, doc = "The conversation is locked: it has 99 threads or more, or company policy prevents old conversations from being updated.")
interface AddsThread {
  @PathParam long conversationId();
}
