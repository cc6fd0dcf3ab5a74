package io.mailwright.processor.constraints;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import io.mailwright.processor.binding.ApiModel;
import io.mailwright.processor.binding.FieldModel;
import io.mailwright.processor.binding.Origin;
import io.mailwright.processor.binding.ShapeModel;
import io.mailwright.processor.validation.ErrorReporter;
import java.util.List;

/**
 * A constraint on a field as one unit (issue 10, item 1): how it is read from the model, checked in
 * the model (its MW codes, at the annotation value they are about), described in Javadoc and
 * written as a check of the generated {@code validateInto} (a call of the runtime's {@code Checks}).
 * A new constraint is its annotation in {@code io.mailwright.model}, one implementation of this
 * interface, a line in {@link FieldConstraints#ALL} and (when users must tell its violations apart) a
 * constant of the runtime's {@code Rule} with its {@code Checks} method; no phase spells it out.
 */
public interface FieldConstraint {
  /** The constraint as one model field carries it, or {@code null} when the field does not. */
  Applied read(ModelSource field);

  /** The constraint as written on one field. */
  interface Applied {
    /** The unit it was read by: what {@link FieldModel#has} asks for. */
    FieldConstraint unit();

    /** Where it is written: what a model error points at (the field itself for a rule its type implies). */
    Origin origin();

    /**
     * Whether the model declares it as a rule of a request (a response shape cannot carry one, MW123).
     * A rule the field's type implies (a value list's values, an instant's form) is not.
     */
    default boolean requestRule() {
      return true;
    }

    /** Reports what is wrong with it on this field (its type, its values). */
    void check(Checked at, ErrorReporter reporter);

    /** One sentence for the field's Javadoc, ending with a period, or the empty string. */
    String describe(Written at);

    /** Static members the generated type needs once (a compiled pattern). */
    default List<FieldSpec> members(Written at) {
      return List.of();
    }

    /**
     * The condition under which the field's other checks run, itself reporting what fails it (a
     * required field that is missing), or {@code null} when the constraint is no such gate.
     */
    default CodeBlock gate(Written at) {
      return null;
    }

    /**
     * The statements that check the field's value in {@code validateInto}: calls of the runtime's
     * null-safe {@code Checks}, so that they need no guard. Empty when the constraint is checked
     * elsewhere (the {@link #gate}).
     */
    CodeBlock write(Written at);

    /** Whether the check relates the field to another one: written after the field's own checks, unguarded. */
    default boolean crossField() {
      return false;
    }

    /** Whether {@link #write} checks each element of a list for {@code null} too (the field's kind then does not). */
    default boolean checksElements() {
      return false;
    }
  }

  /** Where a constraint is checked in the model: the field and what surrounds it. */
  record Checked(ApiModel model, ShapeModel shape, FieldModel field) {
    /** {@code Shape.field}, as messages name it. */
    public String where() {
      return shape.name() + "." + field.javaName();
    }
  }

  /** Where a constraint is written: the field as generated code holds it. */
  interface Written {
    FieldModel field();

    /** The name of the {@code Violations} parameter of {@code validateInto}. */
    String violations();

    /** The field's JSON name, the last segment of a violation's path. */
    String json();

    /** The Java field that holds the value (its wire form for value lists and instants). */
    String name();

    /** The generated class of the field's value list, shape or union (of its elements, for a list). */
    ClassName modelClass();

    /** The wire values of the field's value list. */
    List<String> enumValues();

    /** Whether the request carries the field (an explicit {@code null} is carried). */
    CodeBlock present();

    /** Whether the request leaves the field out: the negation of {@link #present()}. */
    CodeBlock absent();

    /** Another field of the same shape, by its Java name in the model. */
    Written other(String javaName);
  }
}
