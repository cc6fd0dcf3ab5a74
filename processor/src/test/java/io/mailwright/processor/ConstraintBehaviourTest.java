package io.mailwright.processor;

import static com.google.common.truth.Truth.assertThat;

import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The code the constraints generate, run: the generated classes and the runtime, loaded together,
 * report what breaks the constraints and nothing else, with the messages, paths and order the
 * checks had when generated code spelled them out (the goldens only show the code).
 */
class ConstraintBehaviourTest {
  @TempDir
  Path classes;

  @Test
  void patternReportsAValueThatDoesNotMatchTheWholeExpression() throws Exception {
    ClassLoader loader = TestCompiler.compileAndLoad("pattern", classes);
    Object builder = call(loader.loadClass("com.example.pattern.Coupon"), null, "builder");
    call(builder.getClass(), builder, "code", "ABC-12x");
    call(builder.getClass(), builder, "colour", "#00ff00");
    List<String> violations = violations(builder);
    assertThat(violations).containsExactly("code PATTERN must match [A-Z]{3}-\\d+, was 'ABC-12x'");

    call(builder.getClass(), builder, "code", "ABC-12");
    call(builder.getClass(), builder, "colour", "00ff00");
    assertThat(violations(builder)).containsExactly("colour PATTERN must match #[0-9a-f]{6}, was '00ff00'");
  }

  @Test
  void rangeReportsNumbersOutsideTheirBoundsAndAcceptsTheBoundsThemselves() throws Exception {
    ClassLoader loader = TestCompiler.compileAndLoad("range", classes);
    Class<?> quota = loader.loadClass("com.example.range.Quota");
    Object builder = call(quota, null, "builder");
    call(builder.getClass(), builder, "percent", Integer.valueOf(91));
    call(builder.getClass(), builder, "requests", Long.valueOf(0));
    call(builder.getClass(), builder, "priority", Long.valueOf(101));
    assertThat(violations(builder)).containsExactly(
        "percent RANGE must be 1..90, was 91",
        "requests RANGE must be at least 1, was 0",
        "priority RANGE must be at most 100, was 101").inOrder();

    call(builder.getClass(), builder, "percent", Integer.valueOf(90));
    call(builder.getClass(), builder, "requests", Long.valueOf(1));
    call(builder.getClass(), builder, "priority", Long.valueOf(Long.MIN_VALUE));
    assertThat(violations(builder)).isEmpty();
  }

  @Test
  void formatsAndRequiredTextReportEveryBrokenValueWithItsPathInFieldOrder() throws Exception {
    Object builder = call(TestCompiler.compileAndLoad("formats", classes).loadClass("com.example.formats.Contact"), null, "builder");
    call(builder.getClass(), builder, "email", "");
    call(builder.getClass(), builder, "addCc", "a@example.com");
    call(builder.getClass(), builder, "addCc", "not-an-email");
    call(builder.getClass(), builder, "photo", "@@@");
    wire(builder, "seenAt", "2024-01-01T00:00:00.5Z");
    assertThat(violations(builder)).containsExactly(
        "email REQUIRED must not be empty",
        "cc[1] EMAIL must be an email address, was 'not-an-email'",
        "photo BASE64 must be valid Base64 (RFC 4648, with padding)",
        "metAt REQUIRED is required",
        "seenAt INSTANT must be an instant in the form yyyy-MM-dd'T'HH:mm:ss'Z' (UTC, whole seconds),"
            + " was '2024-01-01T00:00:00.5Z'").inOrder();

    call(builder.getClass(), builder, "email", "bear@example.com");
    for (int i = 0; i < 4; i++) {
      call(builder.getClass(), builder, "addCc", "c" + i + "@example.com");
    }
    call(builder.getClass(), builder, "photo", "AAAA");
    wire(builder, "metAt", "yesterday");
    wire(builder, "seenAt", "2024-01-01T00:00:00Z");
    assertThat(violations(builder)).containsExactly(
        "cc SIZE size must be at most 5, was 6",
        "cc[1] EMAIL must be an email address, was 'not-an-email'",
        "metAt INSTANT must be an instant in the form yyyy-MM-dd'T'HH:mm:ss'Z' (UTC, whole seconds),"
            + " was 'yesterday'").inOrder();
  }

  @Test
  void crossFieldRulesReportTheShapeFirstThenEachFieldAfterItsOwnChecks() throws Exception {
    ClassLoader loader = TestCompiler.compileAndLoad("crossfield", classes);
    Object builder = call(loader.loadClass("com.example.crossfield.Message"), null, "builder");
    wire(builder, "channel", "fax");
    wire(builder, "sentAt", "now");
    call(builder.getClass(), builder, "priority", Integer.valueOf(2));
    call(builder.getClass(), builder, "escalation", "ops");
    assertThat(violations(builder)).containsExactly(
        " AT_LEAST_ONE must have at least one of email, phone, userId",
        "channel ONE_OF must be one of [email, sms], was 'fax'",
        "sentAt INSTANT must be an instant in the form yyyy-MM-dd'T'HH:mm:ss'Z' (UTC, whole seconds), was 'now'",
        "sentAt ONLY_WHEN only allowed when imported is true",
        "escalation ONLY_WHEN only allowed when priority is 3").inOrder();

    call(builder.getClass(), builder, "phone", "+1 555");
    wire(builder, "channel", "sms");
    wire(builder, "sentAt", "2024-01-01T00:00:00Z");
    call(builder.getClass(), builder, "imported", Boolean.TRUE);
    call(builder.getClass(), builder, "priority", Integer.valueOf(3));
    assertThat(violations(builder)).isEmpty();
  }

  @Test
  void listsReportTheirSizeAndEachNullOrInvalidElementAtItsIndex() throws Exception {
    ClassLoader loader = TestCompiler.compileAndLoad("list", classes);
    Class<?> order = loader.loadClass("com.example.list.Order");
    Object builder = call(order, null, "builder");
    Object item = call(loader.loadClass("com.example.list.LineItem"), null, "builder");
    call(item.getClass(), item, "sku", "");
    call(builder.getClass(), builder, "addItem", item);
    for (String tag : new String[] {"a", "b", "c", "d"}) {
      call(builder.getClass(), builder, "addTag", tag);
    }
    assertThat(violations(builder)).containsExactly(
        "items[0].sku REQUIRED must not be empty",
        "items[0].quantity REQUIRED is required",
        "tags SIZE size must be at most 3, was 4").inOrder();
    assertThat(violations(call(order, null, "builder"))).containsExactly("items REQUIRED is required");
  }

  /** {@code builder.buildUnvalidated().validate()}, each violation as "path RULE message". */
  private static List<String> violations(Object builder) throws Exception {
    Object value = call(builder.getClass(), builder, "buildUnvalidated");
    List<String> out = new ArrayList<>();
    for (Object v : (List<?>) call(value.getClass(), value, "validate")) {
      out.add(call(v.getClass(), v, "path") + " " + call(v.getClass(), v, "rule") + " "
          + call(v.getClass(), v, "message"));
    }
    return out;
  }

  /**
   * Calls the method of that name (public, or declared by the type: {@code buildUnvalidated()} is
   * package-private) whose one parameter (if any) takes the argument's exact class.
   */
  /**
   * Sets a builder's wire text as Jackson does when it reads JSON: a value list's or an instant's text
   * is held in a private {@code @JsonProperty} field (there is no public setter of the text).
   */
  private static void wire(Object builder, String field, String text) throws Exception {
    java.lang.reflect.Field f = builder.getClass().getDeclaredField(field);
    f.setAccessible(true);
    f.set(builder, text);
  }

  private static Object call(Class<?> type, Object target, String name, Object... args) throws Exception {
    List<Method> methods = new ArrayList<>(List.of(type.getMethods()));
    methods.addAll(List.of(type.getDeclaredMethods()));
    for (Method m : methods) {
      if (m.getName().equals(name) && m.getParameterCount() == args.length
          && (args.length == 0 || m.getParameterTypes()[0] == args[0].getClass())) {
        m.setAccessible(true);
        return m.invoke(target, args);
      }
    }
    throw new NoSuchMethodException(type.getName() + "." + name);
  }
}
