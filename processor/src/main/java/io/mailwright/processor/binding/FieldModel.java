package io.mailwright.processor.binding;

import io.mailwright.processor.binding.Rules.Bounds;
import io.mailwright.processor.binding.Rules.Format;
import io.mailwright.processor.binding.Rules.OnlyWhen;

/**
 * One field of a shape: its Java and JSON names, type, rules and documented description. Absent
 * rules are {@code null}. {@code embedded} and {@code link} (response shapes only) say that the
 * field is read from {@code _embedded.<embedded>} or is the href of {@code _links.<link>}.
 */
public record FieldModel(
    String javaName,
    String jsonName,
    TypeRef type,
    boolean required,
    boolean explicitNull,
    Bounds length,
    Bounds size,
    Format format,
    OnlyWhen onlyWhen,
    String doc,
    Origin origin,
    Origin requiredOrigin,
    Origin lengthOrigin,
    Origin sizeOrigin,
    Origin formatOrigin,
    Origin jsonOrigin,
    String embedded,
    String link,
    Origin halOrigin) {

  /** Whether the field carries a rule of a request (responses have none). */
  public boolean hasRequestRule() {
    return ruleOrigin() != null;
  }

  /** Where the first request rule of the field is written, or {@code null} when it has none. */
  public Origin ruleOrigin() {
    if (required) {
      return requiredOrigin;
    }
    if (length != null) {
      return lengthOrigin;
    }
    if (size != null) {
      return sizeOrigin;
    }
    if (format != null) {
      return formatOrigin;
    }
    if (onlyWhen != null) {
      return onlyWhen.origin();
    }
    return explicitNull ? origin : null;
  }
}
