package io.mailwright.processor.binding;

import java.util.List;

/**
 * A payload object: a {@code @Shape} of the model, or the body of an endpoint that declares its
 * fields inline (named {@code <Endpoint>Request}).
 */
public record ShapeModel(
    String name,
    String doc,
    List<FieldModel> fields,
    /** The constraints on the shape as a whole ({@code constraints.ShapeConstraint}), e.g. {@code @AtLeastOne}. */
    List<io.mailwright.processor.constraints.ShapeConstraint.Applied> constraints,
    Rules.FileAttachment fileAttachment,
    Origin origin) {

  public FieldModel field(String javaName) {
    for (FieldModel f : fields) {
      if (f.javaName().equals(javaName)) {
        return f;
      }
    }
    return null;
  }
}
