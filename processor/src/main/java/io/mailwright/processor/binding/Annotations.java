package io.mailwright.processor.binding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/** Reads annotation mirrors by name, so that class-valued members never need reflection. */
final class Annotations {
  private final Elements elements;

  Annotations(Elements elements) {
    this.elements = elements;
  }

  /** The annotation of this type on the element, or {@code null}. */
  AnnotationMirror find(Element element, Class<?> annotation) {
    String name = annotation.getCanonicalName();
    for (AnnotationMirror m : element.getAnnotationMirrors()) {
      if (((TypeElement) m.getAnnotationType().asElement()).getQualifiedName().contentEquals(name)) {
        return m;
      }
    }
    return null;
  }

  /**
   * Every occurrence of a repeatable annotation on the element, whether written once (the
   * annotation itself) or several times (javac wraps them in the container).
   */
  List<AnnotationMirror> findAll(Element element, Class<?> annotation, Class<?> container) {
    List<AnnotationMirror> all = new ArrayList<>();
    AnnotationMirror single = find(element, annotation);
    if (single != null) {
      all.add(single);
    }
    AnnotationMirror wrapper = find(element, container);
    if (wrapper != null) {
      for (AnnotationValue v : list(wrapper, "value")) {
        all.add((AnnotationMirror) v.getValue());
      }
    }
    return all;
  }

  AnnotationValue value(AnnotationMirror mirror, String name) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e :
        elements.getElementValuesWithDefaults(mirror).entrySet()) {
      if (e.getKey().getSimpleName().contentEquals(name)) {
        return e.getValue();
      }
    }
    throw new IllegalArgumentException(mirror + " has no member " + name);
  }

  String string(AnnotationMirror mirror, String name) {
    return (String) value(mirror, name).getValue();
  }

  int integer(AnnotationMirror mirror, String name) {
    return (Integer) value(mirror, name).getValue();
  }

  /** The name of an enum constant value. */
  String enumConstant(AnnotationMirror mirror, String name) {
    Object v = value(mirror, name).getValue();
    return v instanceof Element e ? e.getSimpleName().toString() : String.valueOf(v);
  }

  TypeMirror type(AnnotationMirror mirror, String name) {
    return (TypeMirror) value(mirror, name).getValue();
  }

  @SuppressWarnings("unchecked")
  List<? extends AnnotationValue> list(AnnotationMirror mirror, String name) {
    Object v = value(mirror, name).getValue();
    return v instanceof List<?> l ? (List<? extends AnnotationValue>) l : List.of();
  }

  /** The {@code @Doc} text of an element, or the empty string. */
  String doc(Element element) {
    AnnotationMirror doc = find(element, io.mailwright.model.Doc.class);
    return doc == null ? "" : string(doc, "value");
  }
}
