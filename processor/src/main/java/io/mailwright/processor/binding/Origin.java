package io.mailwright.processor.binding;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * Where a piece of the model was read from, kept only so that the validation phase can put an
 * error on the offending element, annotation or annotation value. The writing phase never looks at
 * it.
 */
public record Origin(Element element, AnnotationMirror annotation, AnnotationValue value) {
  public static Origin of(Element element) {
    return new Origin(element, null, null);
  }

  public Origin at(AnnotationMirror annotation) {
    return new Origin(element, annotation, null);
  }

  public Origin at(AnnotationMirror annotation, AnnotationValue value) {
    return new Origin(element, annotation, value);
  }
}
