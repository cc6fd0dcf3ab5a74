package io.mailwright.processor.constraints;

import static javax.lang.model.element.Modifier.FINAL;
import static javax.lang.model.element.Modifier.PRIVATE;
import static javax.lang.model.element.Modifier.STATIC;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import io.mailwright.processor.binding.FieldModel;
import io.mailwright.processor.binding.Origin;
import io.mailwright.processor.binding.Rules;
import io.mailwright.processor.binding.TypeRef;
import io.mailwright.processor.naming.JavaNames;
import io.mailwright.processor.validation.ErrorReporter;
import java.util.List;
import java.util.Map;
import java.util.regex.PatternSyntaxException;
import javax.lang.model.element.AnnotationValue;

/** {@code @Pattern}: a String's whole value matches a regular expression, compiled once per class. */
final class PatternConstraint implements FieldConstraint {
  private static final ClassName PATTERN = ClassName.get(java.util.regex.Pattern.class);
  private static final ClassName RULE = ClassName.get("io.mailwright.runtime", "Rule");

  @Override
  public String annotation() {
    return "io.mailwright.model.Pattern";
  }

  @Override
  public Applied read(Map<String, AnnotationValue> values, Origin origin) {
    return new Regex((String) values.get("value").getValue(), origin);
  }

  private record Regex(String regex, Origin origin) implements Applied {
    @Override
    public void check(FieldModel field, String where, ErrorReporter reporter) {
      if (field.type() != TypeRef.Scalar.STRING || field.format() == Rules.Format.BASE64) {
        reporter.error(origin, "MW147", "@Pattern on " + where + " of type " + field.type().describe()
            + "; it applies to String fields");
      }
      try {
        java.util.regex.Pattern.compile(regex);
      } catch (PatternSyntaxException e) {
        reporter.error(origin, "MW148", "@Pattern of " + where + " is not a regular expression: "
            + e.getDescription() + " near index " + e.getIndex() + " of \"" + regex + "\"");
      }
    }

    @Override
    public String describe() {
      return "Matches " + regex + ".";
    }

    @Override
    public List<FieldSpec> members(String field) {
      return List.of(FieldSpec.builder(PATTERN, constant(field), PRIVATE, STATIC, FINAL)
          .initializer("$T.compile($S)", PATTERN, regex)
          .build());
    }

    @Override
    public CodeBlock violated(String field) {
      return CodeBlock.of("!$N.matcher(this.$N).matches()", constant(field), field);
    }

    @Override
    public CodeBlock report(String violations, String json, String field) {
      return CodeBlock.builder().addStatement("$L.add($S, $T.PATTERN, $S + this.$N + $S, this.$N)", violations, json,
          RULE, "must match " + regex + ", was '", field, "'", field).build();
    }

    private static String constant(String field) {
      return JavaNames.constant(field) + "_PATTERN";
    }
  }
}
