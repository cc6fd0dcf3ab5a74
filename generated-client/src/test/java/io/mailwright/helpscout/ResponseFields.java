package io.mailwright.helpscout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Checks a value read from the API against what the documentation's example says, accessor by
 * accessor: the expectation names every accessor of the type (so a field the example leaves out, or a
 * field added to the model without a fixture, fails), nested objects are expected as maps and lists
 * of objects as lists of maps. A failure names the path: {@code Conversation.threads()[0].customer().email()}.
 */
final class ResponseFields {
  private ResponseFields() {}

  /** Accessor name, expected value, accessor name, expected value... in the order of the documentation. */
  static Map<String, Object> fields(Object... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("names and values in pairs");
    }
    Map<String, Object> fields = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      String name = (String) namesAndValues[i];
      if (fields.containsKey(name)) {
        throw new IllegalArgumentException("twice: " + name);
      }
      fields.put(name, namesAndValues[i + 1]);
    }
    return fields;
  }

  /** What a value type has beside its accessors. */
  private static final Set<String> NOT_ACCESSORS = Set.of("toString", "hashCode", "toBuilder", "validate",
      "validateStrict", "requireValid", "requireValidStrict");

  /**
   * The public accessors a user calls on a response or request type: its own, instance, without
   * parameters.
   */
  static Set<String> accessors(Class<?> type) {
    return Arrays.stream(type.getDeclaredMethods())
        .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()))
        .filter(m -> m.getParameterCount() == 0 && !m.isSynthetic() && !NOT_ACCESSORS.contains(m.getName()))
        .map(Method::getName)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  static void assertFields(String where, Object actual, Map<String, ?> expected) {
    assertNotNull(actual, where);
    Class<?> type = actual.getClass();
    assertEquals(accessors(type), new TreeSet<>(expected.keySet()),
        where + ": the expectation names every accessor of " + type.getSimpleName());
    expected.forEach((name, value) -> check(where + "." + name + "()", call(actual, name), value));
  }

  private static void check(String where, Object actual, Object expected) {
    if (expected instanceof Map<?, ?> nested) {
      @SuppressWarnings("unchecked")
      Map<String, ?> fields = (Map<String, ?>) nested;
      assertFields(where, actual, fields);
    } else if (expected instanceof List<?> list && list.stream().anyMatch(e -> e instanceof Map)) {
      if (!(actual instanceof List<?> items)) {
        throw new AssertionError(where + ": expected a list, was " + actual);
      }
      assertEquals(list.size(), items.size(), where + ".size()");
      for (int i = 0; i < list.size(); i++) {
        check(where + "[" + i + "]", items.get(i), list.get(i));
      }
    } else {
      assertEquals(expected, actual, where);
    }
  }

  /**
   * Every accessor of the value, and of the objects and lists of objects it holds, is absent: {@code null},
   * or an empty list (never {@code null}). Nested objects that are present are checked the same way.
   */
  static void assertAllAbsent(String where, Object actual) {
    assertNotNull(actual, where);
    for (String name : accessors(actual.getClass())) {
      String path = where + "." + name + "()";
      Object value = call(actual, name);
      if (value == null) {
        continue;
      }
      if (value instanceof List<?> list) {
        for (int i = 0; i < list.size(); i++) {
          assertAllAbsent(path + "[" + i + "]", list.get(i));
        }
      } else if (value.getClass().getPackageName().equals("io.mailwright.helpscout") && !value.getClass().isEnum()) {
        assertAllAbsent(path, value);
      } else {
        throw new AssertionError(path + ": absent in the JSON, but read as " + value);
      }
    }
  }

  /** Every accessor of the type absent (null, or an empty list), except those given. */
  static Map<String, Object> absentBut(Class<?> type, Object... namesAndValues) {
    Map<String, Object> given = fields(namesAndValues);
    Map<String, Object> expected = new LinkedHashMap<>();
    for (String accessor : accessors(type)) {
      boolean list;
      try {
        list = List.class.isAssignableFrom(type.getMethod(accessor).getReturnType());
      } catch (NoSuchMethodException e) {
        throw new AssertionError(e);
      }
      expected.put(accessor, given.containsKey(accessor) ? given.get(accessor) : list ? List.of() : null);
    }
    return expected;
  }

  private static Object call(Object target, String accessor) {
    try {
      return target.getClass().getMethod(accessor).invoke(target);
    } catch (InvocationTargetException e) {
      throw new AssertionError(target.getClass().getSimpleName() + "." + accessor + "() threw", e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
