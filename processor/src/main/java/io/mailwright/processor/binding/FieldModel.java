package io.mailwright.processor.binding;

import java.util.List;

import io.mailwright.processor.binding.Rules.Bounds;
import io.mailwright.processor.binding.Rules.Format;
import io.mailwright.processor.binding.Rules.OnlyWhen;

/**
 * One field of a shape: its Java and JSON names, type, rules and documented description. Absent
 * rules are {@code null}.
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
    /** The constraints that are units of their own ({@code constraints.FieldConstraint}), in their order. */
    List<io.mailwright.processor.constraints.FieldConstraint.Applied> constraints) {
}
