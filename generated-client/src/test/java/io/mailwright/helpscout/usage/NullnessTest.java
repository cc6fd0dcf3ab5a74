package io.mailwright.helpscout.usage;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mailwright.helpscout.Attachment;
import io.mailwright.helpscout.Customer;
import io.mailwright.helpscout.HelpScout;
import io.mailwright.helpscout.NoteThread;
import io.mailwright.helpscout.ThreadStatus;
import io.mailwright.runtime.ApiException;
import io.mailwright.runtime.BinaryData;
import io.mailwright.runtime.Violation;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.util.List;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * What Kotlin and IDEs read (issue 11, item 11): the generated and runtime packages are
 * {@code @NullMarked}; what may be absent is {@code @Nullable}, what cannot be is left unmarked.
 * JSpecify's annotations are kept at run time, so reflection sees exactly what the compiler of a
 * Kotlin caller sees in the class files.
 */
class NullnessTest {
  private static boolean nullable(AnnotatedType type) {
    return type.isAnnotationPresent(Nullable.class);
  }

  @Test
  void packagesAreNullMarked() {
    assertNotNull(HelpScout.class.getPackage().getAnnotation(NullMarked.class));
    assertNotNull(ApiException.class.getPackage().getAnnotation(NullMarked.class));
  }

  @Test
  void optionalFieldsAreNullableListsAndCallsAreNot() throws Exception {
    assertTrue(nullable(Customer.class.getMethod("firstName").getAnnotatedReturnType()));
    assertTrue(nullable(NoteThread.class.getMethod("status").getAnnotatedReturnType()));
    assertFalse(nullable(NoteThread.class.getMethod("attachments").getAnnotatedReturnType()), "an absent list is empty");
    Method status = NoteThread.Builder.class.getMethod("status", ThreadStatus.class);
    assertTrue(nullable(status.getAnnotatedParameterTypes()[0]), "null leaves the field out");
    assertFalse(nullable(status.getAnnotatedReturnType()), "a builder returns itself");
    Method mailboxId = io.mailwright.helpscout.CreateConversationRequest.Builder.class.getMethod("mailboxId", long.class);
    assertFalse(nullable(mailboxId.getAnnotatedParameterTypes()[0]));
    assertFalse(nullable(Attachment.class.getMethod("toBuilder").getAnnotatedReturnType()));
    Method createNote = io.mailwright.helpscout.Threads.class.getMethod("createNote", long.class, NoteThread.class);
    assertFalse(nullable(createNote.getAnnotatedParameterTypes()[1]), "a call needs its body");
  }

  @Test
  void runtimeSaysWhereItAnswersNull() throws Exception {
    assertTrue(nullable(Violation.class.getMethod("rejectedValue").getAnnotatedReturnType()));
    assertFalse(nullable(Violation.class.getMethod("path").getAnnotatedReturnType()));
    assertTrue(nullable(ApiException.class.getMethod("correlationId").getAnnotatedReturnType()));
    assertTrue(nullable(BinaryData.class.getMethod("problem").getAnnotatedReturnType()));
    assertFalse(nullable(List.class.getMethod("size").getAnnotatedReturnType()));
  }
}
