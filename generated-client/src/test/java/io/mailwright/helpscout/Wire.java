package io.mailwright.helpscout;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * Sets a field to its wire text the way Jackson does when it reads JSON. The builders' wire-text
 * setters ({@code status(String)}, {@code createdAt(String)}) are private to Jackson since issue 11
 * (so that {@code status(null)} compiles): the tests of values that only JSON can hold (an unknown
 * status, an instant with a fraction) set them through here.
 */
final class Wire {
  private Wire() {}

  static <B> B wire(B builder, String field, String text) {
    try {
      Method setter = builder.getClass().getDeclaredMethod(field + "Json", String.class);
      setter.setAccessible(true);
      setter.invoke(builder, text);
      return builder;
    } catch (NoSuchMethodException | IllegalAccessException e) {
      throw new AssertionError("no wire setter for " + field + " in " + builder.getClass().getName(), e);
    } catch (InvocationTargetException e) {
      throw new AssertionError(e.getCause());
    }
  }
}
