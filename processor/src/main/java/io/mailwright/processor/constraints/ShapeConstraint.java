package io.mailwright.processor.constraints;

import com.palantir.javapoet.CodeBlock;
import io.mailwright.processor.binding.ApiModel;
import io.mailwright.processor.binding.Origin;
import io.mailwright.processor.binding.ShapeModel;
import io.mailwright.processor.validation.ErrorReporter;
import java.util.function.Function;

/**
 * A constraint on a shape as a whole, relating several of its fields (issue 10, item 1): how it is
 * read from the shape's annotation, checked in the model, and written as the first check of the
 * shape's {@code validateInto}. Registered in {@link FieldConstraints#SHAPE}.
 */
public interface ShapeConstraint {
  /** The simple name of its annotation, as a message names it ({@code AtLeastOne}). */
  String annotation();

  /** The constraint as the shape carries it, or {@code null} when it does not. */
  Applied read(ModelSource shape);

  /** The constraint as written on one shape. */
  interface Applied {
    ShapeConstraint unit();

    /** Where it is written: what a model error points at. */
    Origin origin();

    /** Reports what is wrong with it on this shape (the fields it names). */
    void check(ApiModel model, ShapeModel shape, ErrorReporter reporter);

    /** The statements that check it, given the name of the {@code Violations} parameter and the shape's fields by Java name. */
    CodeBlock write(String violations, Function<String, FieldConstraint.Written> fields);
  }
}
