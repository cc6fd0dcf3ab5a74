package io.mailwright.helpscout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A query's parameters as they are sent ({@code toQueryMap()}): lists joined by commas; a list of
 * none, or {@code null}, leaves the parameter out (and takes back what was set before).
 */
class QueryValuesTest {

  @Test
  void listsAreJoinedByCommas() {
    assertEquals(Map.of("mailbox", "85,86", "embed", "threads", "tag", "vip,order"),
        ListConversationsQuery.builder().mailbox(85, 86).embed(ConversationEmbed.THREADS).tag("vip", null, "order")
            .build().toQueryMap());
  }

  @Test
  void aListOfNoneLeavesTheParameterOut() {
    assertEquals(Map.of(), ListConversationsQuery.builder().mailbox(85).mailbox().build().toQueryMap());
    assertEquals(Map.of(), ListConversationsQuery.builder().mailbox(85).mailbox((long[]) null).build().toQueryMap());
    assertEquals(Map.of(), ListConversationsQuery.builder().tag("vip").tag().build().toQueryMap());
    assertEquals(Map.of(), ListConversationsQuery.builder().tag("vip").tag((String) null).build().toQueryMap());
  }

  @Test
  void aListOfValuesOfNoneOrNullLeavesTheParameterOut() {
    assertEquals(Map.of(), GetConversationQuery.builder().embed(ConversationEmbed.THREADS)
        .embed((ConversationEmbed[]) null).build().toQueryMap());
    assertEquals(Map.of(), GetConversationQuery.builder().embed(ConversationEmbed.THREADS)
        .embed((ConversationEmbed) null).build().toQueryMap());
  }

  @Test
  void anInstantIsSentToTheSecondAndNullLeavesItOut() {
    assertEquals(Map.of("modifiedSince", "2024-03-01T10:15:30Z"), ListConversationsQuery.builder()
        .modifiedSince(Instant.parse("2024-03-01T10:15:30.999Z")).build().toQueryMap());
    assertEquals(Map.of(), ListConversationsQuery.builder().modifiedSince(Instant.EPOCH).modifiedSince(null)
        .build().toQueryMap());
  }
}
