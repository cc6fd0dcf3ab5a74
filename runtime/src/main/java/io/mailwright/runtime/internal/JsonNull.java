package io.mailwright.runtime.internal;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Written as an explicit JSON {@code null}. Generated code uses it for fields whose absent and
 * {@code null} states mean different things (Create Conversation's {@code assignTo}): Jackson leaves
 * an absent field out, and writes this one as {@code null}.
 */
public final class JsonNull {
  public static final JsonNull INSTANCE = new JsonNull();

  private JsonNull() {}

  @JsonValue
  Object json() {
    return null;
  }
}
