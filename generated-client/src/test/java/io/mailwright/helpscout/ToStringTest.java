package io.mailwright.helpscout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * toString() lists the fields that are set, by their JSON names, and nothing else: what a user sees
 * in a log or a failed assertion.
 */
class ToStringTest {

  private static CreateConversationRequest.Builder conversation() {
    return CreateConversationRequest.builder()
        .subject("Subject")
        .type(ConversationType.EMAIL)
        .mailboxId(85L)
        .status(ConversationStatus.ACTIVE)
        .customer(Customer.builder().email("bear@acme.com").firstName("Vernon").lastName("Bear"))
        .addThread(NoteThread.builder().text("Note"));
  }

  @Test
  void customerListsTheFieldsThatAreSet() {
    assertEquals("Customer{email=bear@acme.com, firstName=Vernon, lastName=Bear}",
        Customer.builder().email("bear@acme.com").firstName("Vernon").lastName("Bear").build().toString());
  }

  @Test
  void attachmentShowsTheSizeOfItsDataNotTheData() {
    assertEquals("Attachment{fileName=file.txt, mimeType=plain/text, data=BinaryData[4 bytes as Base64]}",
        Fixtures.fileTxt().build().toString());
  }

  @Test
  void conversationListsTheFieldsThatAreSet() {
    assertEquals("CreateConversationRequest{subject=Subject, type=email, mailboxId=85, status=active,"
            + " customer=Customer{email=bear@acme.com, firstName=Vernon, lastName=Bear}, threads=[NoteThread{text=Note}]}",
        conversation().build().toString());
  }

  @Test
  void conversationShowsItsCustomFieldsAndAnExplicitNullAssignTo() {
    assertEquals("CreateConversationRequest{subject=Subject, type=email, assignTo=null, mailboxId=85, status=active,"
            + " customer=Customer{email=bear@acme.com, firstName=Vernon, lastName=Bear}, threads=[NoteThread{text=Note}],"
            + " fields=[CustomField{id=531, value=trial}]}",
        conversation().assignTo(null).addField(CustomField.builder().id(531L).value("trial")).build().toString());
  }
}
