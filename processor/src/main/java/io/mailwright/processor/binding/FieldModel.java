package io.mailwright.processor.binding;

import io.mailwright.processor.constraints.FieldConstraint;
import java.util.List;

/**
 * One field of a shape: its Java and JSON names, type, documented description and the constraints it
 * carries, each a unit of its own ({@link FieldConstraint}), in the order of
 * {@code FieldConstraints.ALL}. {@code embedded} and {@code link} (response shapes only, else
 * {@code null}) say that the field is read from {@code _embedded.<embedded>} or is the href of
 * {@code _links.<link>}.
 */
public record FieldModel(
    String javaName,
    String jsonName,
    TypeRef type,
    boolean explicitNull,
    String doc,
    Origin origin,
    Origin jsonOrigin,
    String embedded,
    String link,
    Origin halOrigin,
    List<FieldConstraint.Applied> constraints) {

  /** Whether the field carries the constraint of this unit. */
  public boolean has(FieldConstraint unit) {
    for (FieldConstraint.Applied c : constraints) {
      if (c.unit() == unit) {
        return true;
      }
    }
    return false;
  }

  /** Whether the field carries a rule of a request (responses have none). */
  public boolean hasRequestRule() {
    return ruleOrigin() != null;
  }

  /** Where the first request rule of the field is written, or {@code null} when it has none. */
  public Origin ruleOrigin() {
    for (FieldConstraint.Applied c : constraints) {
      if (c.requestRule()) {
        return c.origin();
      }
    }
    return explicitNull ? origin : null;
  }
}
