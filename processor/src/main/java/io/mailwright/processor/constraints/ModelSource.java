package io.mailwright.processor.constraints;

import io.mailwright.processor.binding.Origin;
import io.mailwright.processor.binding.TypeRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/** What a constraint unit reads: a field (or a shape) of the model, its type and its annotations. */
public interface ModelSource {
  /** The field's type (a shape's own reference, for a shape). */
  TypeRef type();

  /** The field or shape itself. */
  Origin origin();

  /** The annotation of that qualified name on it, or {@code null}. */
  Annotated annotation(String qualifiedName);

  /** An annotation as written, its members read with their defaults. */
  record Annotated(AnnotationMirror mirror, Map<String, AnnotationValue> values, Origin origin) {
    /** Where the annotation is written. */
    public Origin at() {
      return origin.at(mirror);
    }

    /** Where a member's value is written: what an error about that value points at. */
    public Origin at(String member) {
      return origin.at(mirror, values.get(member));
    }

    public String string(String member) {
      return (String) values.get(member).getValue();
    }

    public int integer(String member) {
      return (Integer) values.get(member).getValue();
    }

    public long number(String member) {
      return (Long) values.get(member).getValue();
    }

    /** The name of an enum constant member. */
    public String constant(String member) {
      Object v = values.get(member).getValue();
      return v instanceof Element e ? e.getSimpleName().toString() : String.valueOf(v);
    }

    /** The strings of an array member. */
    public List<String> strings(String member) {
      List<String> all = new ArrayList<>();
      if (values.get(member).getValue() instanceof List<?> l) {
        for (Object v : l) {
          all.add((String) ((AnnotationValue) v).getValue());
        }
      }
      return List.copyOf(all);
    }
  }
}
