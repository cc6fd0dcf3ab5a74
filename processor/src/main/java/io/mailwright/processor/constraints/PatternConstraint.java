package io.mailwright.processor.constraints;

import static javax.lang.model.element.Modifier.FINAL;
import static javax.lang.model.element.Modifier.PRIVATE;
import static javax.lang.model.element.Modifier.STATIC;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import io.mailwright.processor.binding.FieldModel;
import io.mailwright.processor.binding.Origin;
import io.mailwright.processor.binding.TypeRef;
import io.mailwright.processor.naming.JavaNames;
import io.mailwright.processor.validation.ErrorReporter;
import java.util.List;
import java.util.regex.PatternSyntaxException;

/** {@code @Pattern}: a String's whole value matches a regular expression, compiled once per class. */
final class PatternConstraint implements FieldConstraint {
  private static final ClassName PATTERN = ClassName.get(java.util.regex.Pattern.class);

  @Override
  public Applied read(ModelSource field) {
    ModelSource.Annotated a = field.annotation("io.mailwright.model.Pattern");
    return a == null ? null : new Regex(this, a.string("value"), a.at());
  }

  private record Regex(FieldConstraint unit, String regex, Origin origin) implements Applied {
    @Override
    public void check(Checked at, ErrorReporter reporter) {
      FieldModel field = at.field();
      if (field.type() != TypeRef.Scalar.STRING || field.has(FieldConstraints.BASE64)) {
        reporter.error(origin, "MW147", "@Pattern on " + at.where() + " of type " + field.type().describe()
            + "; it applies to String fields");
      }
      try {
        java.util.regex.Pattern.compile(regex);
      } catch (PatternSyntaxException e) {
        reporter.error(origin, "MW148", "@Pattern of " + at.where() + " is not a regular expression: "
            + e.getDescription() + " near index " + e.getIndex() + " of \"" + regex + "\"");
      }
    }

    @Override
    public String describe(Written at) {
      return "Matches " + regex + ".";
    }

    @Override
    public List<FieldSpec> members(Written at) {
      return List.of(FieldSpec.builder(PATTERN, constant(at), PRIVATE, STATIC, FINAL)
          .initializer("$T.compile($S)", PATTERN, regex)
          .build());
    }

    @Override
    public CodeBlock write(Written at) {
      return FieldConstraints.call("pattern", at, CodeBlock.of("$N", constant(at)));
    }

    private static String constant(Written at) {
      return JavaNames.constant(at.name()) + "_PATTERN";
    }
  }
}
