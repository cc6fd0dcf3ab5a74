package io.mailwright.processor.binding;

/** What a model says beside its constraints (units of their own, in {@code constraints}), as plain values. */
public final class Rules {
  private Rules() {}

  /** The shape is a file: which fields hold its name, mime type and content. */
  public record FileAttachment(String fileName, String mimeType, String data, Origin origin) {}

  /** A model interface that extends an interface that is not a {@code @Mixin} (only mixins can be included). */
  public record NotAMixin(String including, String extended, Origin origin) {}

  /** A mixin's method redeclared to place it, but with annotations of its own (it takes the mixin's). */
  public record AnnotatedPlacement(String including, String method, Origin origin) {}
}
