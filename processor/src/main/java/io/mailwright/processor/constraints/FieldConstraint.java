package io.mailwright.processor.constraints;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import io.mailwright.processor.binding.FieldModel;
import io.mailwright.processor.binding.Origin;
import io.mailwright.processor.validation.ErrorReporter;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationValue;

/**
 * A constraint on a field as one unit (issue 10, item 1): how it is read from its annotation, checked
 * in the model, described in Javadoc and written as a check of the generated {@code validateInto}.
 * A new constraint is its annotation in {@code io.mailwright.model}, one implementation of this
 * interface, a line in {@link FieldConstraints#ALL} and (when users must tell its violations apart) a
 * constant of the runtime's {@code Rule}; no phase spells it out.
 *
 * <p>Not yet moved here: the constraints that predate it (required, length, size, one-of, email,
 * base64, instant, only-when, at-least-one) are still components of {@link FieldModel}.
 */
public interface FieldConstraint {
  /** The qualified name of the vocabulary annotation it is read from. */
  String annotation();

  /** Reads the annotation on one field: its values (defaults included), and where it is written. */
  Applied read(Map<String, AnnotationValue> values, Origin origin);

  /** The constraint as written on one field. */
  interface Applied {
    /** Where the annotation is written: what a model error points at. */
    Origin origin();

    /** Reports what is wrong with it on this field (its type, its values); {@code where} is {@code Shape.field}. */
    void check(FieldModel field, String where, ErrorReporter reporter);

    /** One sentence for the field's Javadoc, ending with a period. */
    String describe();

    /** Static members the generated type needs once (a compiled pattern); {@code field} is the field's Java name. */
    List<FieldSpec> members(String field);

    /** The condition under which the present value {@code this.<field>} breaks the constraint. */
    CodeBlock violated(String field);

    /**
     * The statement that reports it: {@code violations.add(json, Rule.X, message, value)}, with
     * {@code violations} the name of the collecting parameter.
     */
    CodeBlock report(String violations, String json, String field);
  }
}
