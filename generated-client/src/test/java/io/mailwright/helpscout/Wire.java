package io.mailwright.helpscout;

import java.lang.reflect.Field;

/**
 * Sets a field to its wire text the way Jackson does when it reads JSON. A builder holds an enum's
 * or an instant's wire text in a private {@code @JsonProperty} field, which Jackson sets directly
 * (no public {@code status(String)}: so that {@code status(null)} compiles, issue 11): the tests of
 * values that only JSON can hold (an unknown status, an instant with a fraction) set it through here.
 */
final class Wire {
  private Wire() {}

  static <B> B wire(B builder, String field, String text) {
    try {
      Field wire = builder.getClass().getDeclaredField(field);
      if (wire.getType() != String.class) {
        throw new AssertionError(field + " of " + builder.getClass().getName() + " holds no wire text");
      }
      wire.setAccessible(true);
      wire.set(builder, text);
      return builder;
    } catch (NoSuchFieldException | IllegalAccessException e) {
      throw new AssertionError("no wire field " + field + " in " + builder.getClass().getName(), e);
    }
  }
}
