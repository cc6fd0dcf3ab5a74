package io.mailwright.helpscout;

import static io.mailwright.helpscout.Fixtures.conversation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Create Conversation's assignTo has three states (API-FACTS): absent, the inbox settings decide;
 * explicit null, the conversation stays unassigned; a user id. Each is its own body, and each reads
 * back to the same state, with either Jackson.
 */
class AssignToTest {

  private static final CreateConversationRequest ABSENT = conversation().build();
  private static final CreateConversationRequest EXPLICIT_NULL = conversation().assignTo(null).build();
  private static final CreateConversationRequest USER_7 = conversation().assignTo(7L).build();

  @Test
  void builtValueTellsTheThreeStatesApart() {
    assertFalse(ABSENT.hasAssignTo());
    assertNull(ABSENT.assignTo());

    assertTrue(EXPLICIT_NULL.hasAssignTo());
    assertNull(EXPLICIT_NULL.assignTo());

    assertTrue(USER_7.hasAssignTo());
    assertEquals(7L, USER_7.assignTo());

    assertNotEquals(ABSENT, EXPLICIT_NULL);
    assertNotEquals(EXPLICIT_NULL, USER_7);
  }

  @ParameterizedTest
  @EnumSource(Jackson.class)
  void absentAssignToIsLeftOutOfTheBody(Jackson jackson) {
    JsonNode body = Jackson.tree(jackson.write(ABSENT));

    assertFalse(body.has("assignTo"), body::toString);
    ObjectNode explicitNullBody = (ObjectNode) Jackson.treeOf(EXPLICIT_NULL);
    explicitNullBody.remove("assignTo");
    assertEquals(explicitNullBody, body, "the same body as with an explicit null, but for assignTo");
  }

  @ParameterizedTest
  @EnumSource(Jackson.class)
  void explicitNullAssignToIsSentAsNull(Jackson jackson) {
    JsonNode body = Jackson.tree(jackson.write(EXPLICIT_NULL));

    assertTrue(body.has("assignTo"), body::toString);
    assertTrue(body.get("assignTo").isNull(), body::toString);
  }

  @ParameterizedTest
  @EnumSource(Jackson.class)
  void assignToAUserIsSentAsItsId(Jackson jackson) {
    JsonNode body = Jackson.tree(jackson.write(USER_7));

    assertTrue(body.get("assignTo").isIntegralNumber(), body::toString);
    assertEquals(7L, body.get("assignTo").asLong());
  }

  @ParameterizedTest
  @EnumSource(Jackson.class)
  void absentAssignToReadsBackAbsent(Jackson jackson) {
    CreateConversationRequest back = jackson.read(jackson.write(ABSENT), CreateConversationRequest.class);

    assertFalse(back.hasAssignTo());
    assertNull(back.assignTo());
    assertEquals(ABSENT, back);
  }

  @ParameterizedTest
  @EnumSource(Jackson.class)
  void explicitNullAssignToReadsBackAsExplicitNull(Jackson jackson) {
    CreateConversationRequest back = jackson.read(jackson.write(EXPLICIT_NULL), CreateConversationRequest.class);

    assertTrue(back.hasAssignTo());
    assertNull(back.assignTo());
    assertEquals(EXPLICIT_NULL, back);
  }

  @ParameterizedTest
  @EnumSource(Jackson.class)
  void assignToAUserReadsBackAsThatUser(Jackson jackson) {
    CreateConversationRequest back = jackson.read(jackson.write(USER_7), CreateConversationRequest.class);

    assertTrue(back.hasAssignTo());
    assertEquals(7L, back.assignTo());
    assertEquals(USER_7, back);
  }

  /** A copy keeps the state: an explicit null is not lost to "absent" on the way. */
  @Test
  void toBuilderKeepsEachState() {
    assertEquals(ABSENT, ABSENT.toBuilder().build());
    assertEquals(EXPLICIT_NULL, EXPLICIT_NULL.toBuilder().build());
    assertEquals(USER_7, USER_7.toBuilder().build());
    assertEquals(EXPLICIT_NULL, USER_7.toBuilder().assignTo(null).build());
  }
}
