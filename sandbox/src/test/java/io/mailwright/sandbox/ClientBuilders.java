package io.mailwright.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import io.mailwright.helpscout.Attachment;
import io.mailwright.helpscout.ChatThread;
import io.mailwright.helpscout.ConversationThread;
import io.mailwright.helpscout.CreateConversationRequest;
import io.mailwright.helpscout.CustomField;
import io.mailwright.helpscout.Customer;
import io.mailwright.helpscout.CustomerThread;
import io.mailwright.helpscout.NoteThread;
import io.mailwright.helpscout.PhoneThread;
import io.mailwright.helpscout.ReplyThread;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A generated request ({@link RequestCases}) made the way a caller makes it: with the generated
 * builders, one call per field, nested objects given as builders (so that the parent's
 * {@code build()} checks them with their paths). The only place that knows the builders' methods.
 */
final class ClientBuilders {
  private ClientBuilders() {}

  /** The builder of a request body of {@code endpoint}, holding every field of {@code json}. */
  static Object builder(RequestCases.Endpoint endpoint, JsonNode json) {
    return endpoint == RequestCases.Endpoint.CONVERSATION ? conversation(json) : thread(endpoint.unionType, json);
  }

  /**
   * Builds the request: the value the client would send.
   *
   * @throws io.mailwright.runtime.RequestValidationException when the client refuses it
   */
  static Object build(RequestCases.Endpoint endpoint, JsonNode json) {
    Object b = builder(endpoint, json);
    return b instanceof CreateConversationRequest.Builder c ? c.build() : ((ConversationThread.Builder) b).build();
  }

  /**
   * The builder's field of a field's wire text (an enum's value, an instant), as Jackson sets it:
   * private (the typed setters take {@code null} unambiguously, issue 11), and the only way a caller
   * can hold a value outside the documented list, which is what the cases test.
   */
  static Consumer<String> wire(Object builder, String field) {
    try {
      java.lang.reflect.Field wire = builder.getClass().getDeclaredField(field);
      wire.setAccessible(true);
      return value -> {
        try {
          wire.set(builder, value);
        } catch (ReflectiveOperationException e) {
          throw new AssertionError(e);
        }
      };
    } catch (NoSuchFieldException e) {
      throw new AssertionError("no wire field " + field + " in " + builder.getClass().getName(), e);
    }
  }

  static CreateConversationRequest.Builder conversation(JsonNode j) {
    CreateConversationRequest.Builder b = CreateConversationRequest.builder();
    text(j, "subject", b::subject);
    bool(j, "autoReply", b::autoReply);
    bool(j, "imported", b::imported);
    text(j, "type", wire(b, "type"));
    if (j.has("assignTo")) {
      b.assignTo(j.get("assignTo").isNull() ? null : j.get("assignTo").asLong());
    }
    id(j, "mailboxId", b::mailboxId);
    text(j, "status", wire(b, "status"));
    text(j, "createdAt", wire(b, "createdAt"));
    if (j.has("customer")) {
      b.customer(customer(j.get("customer")));
    }
    if (j.has("threads")) {
      b.threads(List.of());
      for (JsonNode t : j.get("threads")) {
        b.addThread(thread(t.get("type").asText(), t));
      }
    }
    texts(j, "tags", b::tags);
    if (j.has("fields")) {
      b.fields(List.of());
      for (JsonNode f : j.get("fields")) {
        CustomField.Builder field = CustomField.builder();
        id(f, "id", field::id);
        text(f, "value", field::value);
        b.addField(field);
      }
    }
    id(j, "user", b::user);
    text(j, "closedAt", wire(b, "closedAt"));
    return b;
  }

  static ConversationThread.Builder thread(String type, JsonNode j) {
    switch (type) {
      case "customer": {
        CustomerThread.Builder b = CustomerThread.builder();
        text(j, "text", b::text);
        customer(j, b::customer);
        bool(j, "imported", b::imported);
        texts(j, "cc", b::cc);
        texts(j, "bcc", b::bcc);
        text(j, "createdAt", wire(b, "createdAt"));
        attachments(j, b::addAttachment, () -> b.attachments(List.of()));
        return b;
      }
      case "chat": {
        ChatThread.Builder b = ChatThread.builder();
        text(j, "text", b::text);
        customer(j, b::customer);
        bool(j, "imported", b::imported);
        text(j, "createdAt", wire(b, "createdAt"));
        attachments(j, b::addAttachment, () -> b.attachments(List.of()));
        return b;
      }
      case "phone": {
        PhoneThread.Builder b = PhoneThread.builder();
        text(j, "text", b::text);
        customer(j, b::customer);
        bool(j, "imported", b::imported);
        text(j, "createdAt", wire(b, "createdAt"));
        attachments(j, b::addAttachment, () -> b.attachments(List.of()));
        return b;
      }
      case "reply": {
        ReplyThread.Builder b = ReplyThread.builder();
        text(j, "text", b::text);
        bool(j, "draft", b::draft);
        customer(j, b::customer);
        bool(j, "imported", b::imported);
        text(j, "status", wire(b, "status"));
        id(j, "user", b::user);
        texts(j, "cc", b::cc);
        texts(j, "bcc", b::bcc);
        text(j, "createdAt", wire(b, "createdAt"));
        attachments(j, b::addAttachment, () -> b.attachments(List.of()));
        return b;
      }
      case "note": {
        NoteThread.Builder b = NoteThread.builder();
        text(j, "text", b::text);
        id(j, "user", b::user);
        text(j, "status", wire(b, "status"));
        bool(j, "imported", b::imported);
        text(j, "createdAt", wire(b, "createdAt"));
        attachments(j, b::addAttachment, () -> b.attachments(List.of()));
        return b;
      }
      default:
        throw new IllegalArgumentException("no thread type " + type);
    }
  }

  static Customer.Builder customer(JsonNode j) {
    Customer.Builder b = Customer.builder();
    id(j, "id", b::id);
    text(j, "email", b::email);
    text(j, "firstName", b::firstName);
    text(j, "lastName", b::lastName);
    text(j, "phone", b::phone);
    text(j, "photoUrl", b::photoUrl);
    text(j, "jobTitle", b::jobTitle);
    text(j, "photoType", wire(b, "photoType"));
    text(j, "background", b::background);
    text(j, "location", b::location);
    text(j, "organization", b::organization);
    text(j, "gender", wire(b, "gender"));
    text(j, "age", b::age);
    return b;
  }

  private static void customer(JsonNode j, Consumer<Customer.Builder> setter) {
    if (j.has("customer")) {
      setter.accept(customer(j.get("customer")));
    }
  }

  private static void attachments(JsonNode j, Consumer<Attachment.Builder> add, Runnable empty) {
    if (!j.has("attachments")) {
      return;
    }
    empty.run();
    for (JsonNode a : j.get("attachments")) {
      Attachment.Builder b = Attachment.builder();
      text(a, "fileName", b::fileName);
      text(a, "mimeType", b::mimeType);
      text(a, "data", b::data);
      add.accept(b);
    }
  }

  private static void text(JsonNode j, String field, Consumer<String> setter) {
    if (j.has(field)) {
      setter.accept(j.get(field).asText());
    }
  }

  private static void texts(JsonNode j, String field, Consumer<List<String>> setter) {
    if (j.has(field)) {
      List<String> values = new ArrayList<>();
      j.get(field).forEach(v -> values.add(v.asText()));
      setter.accept(values);
    }
  }

  private static void bool(JsonNode j, String field, Consumer<Boolean> setter) {
    if (j.has(field)) {
      setter.accept(j.get(field).asBoolean());
    }
  }

  private static void id(JsonNode j, String field, Consumer<Long> setter) {
    if (j.has(field)) {
      setter.accept(j.get(field).asLong());
    }
  }
}
