package io.mailwright.runtime.internal;

import io.mailwright.runtime.BinaryData;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * The bodies of members every generated request value and builder has, each written once here and
 * called in one line by generated code. For generated code; not meant for users.
 */
public final class Members {
  private Members() {}

  /**
   * {@code toString()}: {@code type{name=value, ...}} of the pairs whose value is not {@code null}, by
   * their JSON names. Binary content shows as its size ({@link BinaryData}'s own {@code toString}),
   * never in full. Generated request types hold no credential (the client secret and the tokens live
   * only in the runtime's authentication, never in a request or a response type), so nothing needs
   * redacting here.
   *
   * @param namesAndValues JSON name, value, JSON name, value, ...
   */
  public static String toString(String type, @Nullable Object... namesAndValues) {
    StringJoiner joiner = new StringJoiner(", ", type + "{", "}");
    for (int i = 0; i < namesAndValues.length; i += 2) {
      Object value = namesAndValues[i + 1];
      if (value != null) {
        joiner.add(namesAndValues[i] + "=" + value);
      }
    }
    return joiner.toString();
  }

  /**
   * A field whose absent and {@code null} states differ, as {@link #toString(String, Object...)} shows
   * it: left out when absent, {@code name=null} for an explicit {@code null}.
   */
  public static @Nullable Object present(boolean set, @Nullable Object value) {
    return set ? String.valueOf(value) : null;
  }

  /**
   * A builder's {@code @JsonAnySetter}: {@code names} with the name of a field JSON held that the type
   * does not know appended (a new list when {@code names} is {@code null}), for {@code validateStrict()}.
   */
  public static List<String> unknownField(@Nullable List<String> names, String name) {
    List<String> list = names == null ? new ArrayList<>() : names;
    list.add(name);
    return list;
  }
}
