package io.mailwright.processor.binding;

/** The rules a model can put on a field, as plain values. */
public final class Rules {
  private Rules() {}

  /** Inclusive bounds of a length or a size; {@code max == Integer.MAX_VALUE} means unbounded. */
  public record Bounds(int min, int max, Origin origin) {
    public boolean hasMax() {
      return max != Integer.MAX_VALUE;
    }

    /** {@code 1..40}, {@code at most 200}, {@code at least 1}. */
    public String describe() {
      if (!hasMax()) {
        return "at least " + min;
      }
      return min == 0 ? "at most " + max : min + ".." + max;
    }
  }

  /** A text format of a string or of each string of a list. */
  public enum Format {
    EMAIL,
    BASE64
  }

  /** "Only when {@code field} is {@code value}". */
  public record OnlyWhen(String field, String value, Origin origin, Origin fieldOrigin) {}

  /** The shape is a file: which fields hold its name, mime type and content. */
  public record FileAttachment(String fileName, String mimeType, String data, Origin origin) {}

  /** "At least one of {@code fields}" on a shape. */
  public record AtLeastOne(java.util.List<String> fields, Origin origin) {}

  /** A model interface that extends an interface that is not a {@code @Mixin} (only mixins can be included). */
  public record NotAMixin(String including, String extended, Origin origin) {}

  /** A mixin's method redeclared to place it, but with annotations of its own (it takes the mixin's). */
  public record AnnotatedPlacement(String including, String method, Origin origin) {}
}
