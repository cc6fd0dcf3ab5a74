package io.mailwright.processor.constraints;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import io.mailwright.processor.binding.Origin;
import io.mailwright.processor.binding.TypeRef;
import io.mailwright.processor.validation.ErrorReporter;
import java.util.List;

/**
 * Every {@link FieldConstraint} and {@link ShapeConstraint} the processor knows. The order of
 * {@link #ALL} is the order of a field's Javadoc sentences and of its checks.
 */
public final class FieldConstraints {
  private FieldConstraints() {}

  /** The runtime's leaf checks, which the written checks call. */
  static final ClassName CHECKS = ClassName.get("io.mailwright.runtime.internal", "Checks");
  /** {@code @Format}: one annotation, read by the email and the Base64 unit. */
  static final String FORMAT = "io.mailwright.model.Format";

  public static final FieldConstraint EMAIL = new EmailConstraint();
  public static final FieldConstraint BASE64 = new Base64Constraint();

  public static final List<FieldConstraint> ALL = List.of(new RequiredConstraint(), new LengthConstraint(), new SizeConstraint(),
      new OneOfConstraint(), EMAIL, BASE64, new InstantConstraint(), new OnlyWhenConstraint(),
      new PatternConstraint(), new RangeConstraint());

  public static final List<ShapeConstraint> SHAPE = List.of(new AtLeastOneConstraint());

  /** MW111, for either format: a format applies to text. */
  static void checkFormat(Origin origin, FieldConstraint.Checked at, ErrorReporter reporter) {
    TypeRef type = at.field().type();
    if (type.elementOrSelf() != TypeRef.Scalar.STRING) {
      reporter.error(origin, "MW111", "@Format on " + at.where() + " of type " + type.describe()
          + "; it applies to String and List<String> fields");
    }
  }

  /**
   * The statement that calls a runtime check: {@code Checks.method(violations, "json", this.field)},
   * then {@code more} arguments when not {@code null}.
   */
  static CodeBlock call(String method, FieldConstraint.Written at, CodeBlock more) {
    return CodeBlock.builder().addStatement("$T.$L($L, $S, this.$N$L)", CHECKS, method, at.violations(), at.json(),
        at.name(), more == null ? "" : CodeBlock.of(", $L", more)).build();
  }
}
