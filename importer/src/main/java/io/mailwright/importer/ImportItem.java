package io.mailwright.importer;

import io.mailwright.helpscout.CreateConversationRequest;
import java.nio.file.Path;
import java.util.List;

/**
 * One conversation of the input, read and checked: the request to send, or the problems that keep it
 * from being sent.
 *
 * @param sourceId the conversation's id in the old system ({@code null} when the input did not give one)
 * @param position where it is in the input, for messages: {@code line 12}, {@code message 7 (line 301)}
 * @param request the request, validated; {@code null} when {@code problems} is not empty
 * @param problems every problem of this conversation, each {@code path: message}
 * @param inputHash a digest of the input that makes the request: a changed input is read as new
 * @param temporaryFiles files made to send this conversation (mbox attachments), deleted after it was sent
 */
record ImportItem(String sourceId, String position, CreateConversationRequest request, List<String> problems,
    String inputHash, List<Path> temporaryFiles) {

  ImportItem {
    problems = List.copyOf(problems);
    temporaryFiles = List.copyOf(temporaryFiles);
  }

  boolean usable() {
    return problems.isEmpty() && request != null;
  }
}
