package io.mailwright.processor.constraints;

import com.palantir.javapoet.CodeBlock;
import io.mailwright.processor.binding.EnumModel;
import io.mailwright.processor.binding.FieldModel;
import io.mailwright.processor.binding.Origin;
import io.mailwright.processor.binding.TypeRef;
import io.mailwright.processor.validation.ErrorReporter;

/**
 * {@code @OnlyWhen(field, value)}: the field may be set only when another field of the shape holds a
 * value. A cross-field rule declared on the field it restricts: checked after the field's own rules,
 * whether or not the field is valid otherwise.
 */
final class OnlyWhenConstraint implements FieldConstraint {
  @Override
  public Applied read(ModelSource field) {
    ModelSource.Annotated a = field.annotation("io.mailwright.model.OnlyWhen");
    return a == null ? null : new On(this, a.string("field"), a.string("value"), a.at("value"), a.at("field"));
  }

  private record On(FieldConstraint unit, String field, String value, Origin origin, Origin fieldOrigin)
      implements Applied {
    @Override
    public void check(Checked at, ErrorReporter reporter) {
      FieldModel other = at.shape().field(field);
      if (other == null || other == at.field()) {
        reporter.error(fieldOrigin, "MW106", "@OnlyWhen of " + at.where() + " names "
            + (other == at.field() ? "the field itself" : field + ", which " + at.shape().name() + " does not have"));
        return;
      }
      boolean fits;
      TypeRef t = other.type();
      if (t == TypeRef.Scalar.BOOLEAN) {
        fits = value.equals("true") || value.equals("false");
      } else if (t == TypeRef.Scalar.LONG || t == TypeRef.Scalar.INTEGER) {
        // Decimal without leading zeros: the value is written into generated code as a Java literal.
        fits = value.matches("-?(0|[1-9]\\d{0,17})")
            && (t == TypeRef.Scalar.LONG || Math.abs(Long.parseLong(value)) <= Integer.MAX_VALUE);
      } else if (t == TypeRef.Scalar.STRING) {
        fits = true;
      } else if (t instanceof TypeRef.EnumRef e) {
        EnumModel values = at.model().enumModel(e.name());
        fits = values != null && values.wireValues().contains(value);
      } else {
        fits = false;
      }
      if (!fits) {
        reporter.error(origin, "MW113", "@OnlyWhen of " + at.where() + " requires " + field + " to be \""
            + value + "\", a value its type " + t.describe() + " cannot have");
      }
    }

    @Override
    public String describe(Written at) {
      return "Only when " + field + " is " + value + ".";
    }

    @Override
    public boolean crossField() {
      return true;
    }

    @Override
    public CodeBlock write(Written at) {
      Written other = at.other(field);
      return CodeBlock.builder().addStatement("$T.onlyWhen($L, $S, $L, $L, $S, $S)", FieldConstraints.CHECKS,
          at.violations(), at.json(), at.present(), holds(other), other.json(), value).build();
    }

    /** Whether the other field holds the value (in its stored form: wire text for a value list). */
    private CodeBlock holds(Written other) {
      TypeRef t = other.field().type();
      if (t == TypeRef.Scalar.BOOLEAN) {
        return CodeBlock.of("$T.$L.equals(this.$N)", Boolean.class, value.equals("true") ? "TRUE" : "FALSE",
            other.name());
      }
      if (t == TypeRef.Scalar.LONG) {
        return CodeBlock.of("$T.valueOf($LL).equals(this.$N)", Long.class, value, other.name());
      }
      if (t == TypeRef.Scalar.INTEGER) {
        return CodeBlock.of("$T.valueOf($L).equals(this.$N)", Integer.class, value, other.name());
      }
      return CodeBlock.of("$S.equals(this.$N)", value, other.name());
    }
  }
}
