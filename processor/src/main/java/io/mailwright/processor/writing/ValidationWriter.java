package io.mailwright.processor.writing;

import com.palantir.javapoet.CodeBlock;
import io.mailwright.processor.binding.ApiModel;
import io.mailwright.processor.binding.EnumModel;
import io.mailwright.processor.binding.Rules;
import io.mailwright.processor.binding.ShapeModel;
import io.mailwright.processor.binding.TypeRef;
import io.mailwright.processor.constraints.FieldConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes a shape's validation as straight-line code: one {@code if} per rule, messages built only
 * for values that break a rule, nested objects and list elements checked in place with their JSON
 * path.
 */
final class ValidationWriter {
  static final String PARAM = "violations";

  private final ApiModel model;

  ValidationWriter(ApiModel model) {
    this.model = model;
  }

  CodeBlock validateInto(ShapeModel shape, List<FieldPlan> plans, Map<String, FieldPlan> byJavaName) {
    CodeBlock.Builder code = CodeBlock.builder();
    for (Rules.AtLeastOne rule : shape.atLeastOne()) {
      CodeBlock.Builder none = CodeBlock.builder();
      for (int i = 0; i < rule.fields().size(); i++) {
        none.add(i == 0 ? "" : " && ").add("$L", isAbsent(byJavaName.get(rule.fields().get(i))));
      }
      code.beginControlFlow("if ($L)", none.build())
          .addStatement("$L.addHere($T.AT_LEAST_ONE, $S)", PARAM, Names.RULE, "must have " + oneOf(rule.fields().stream().map(f -> byJavaName.get(f).json()).toList()))
          .endControlFlow();
    }
    for (FieldPlan p : plans) {
      field(code, p);
      if (p.model.onlyWhen() != null) {
        onlyWhen(code, p, byJavaName.get(p.model.onlyWhen().field()));
      }
    }
    return code.build();
  }

  private void field(CodeBlock.Builder code, FieldPlan p) {
    List<Check> checks = valueChecks(p);
    if (p.model.required()) {
      code.beginControlFlow("if (this.$N == null)", p.name)
          .addStatement("$L.add($S, $T.REQUIRED, $S, null)", PARAM, p.json(), Names.RULE, "is required");
      List<Check> rest = checks;
      if (!rest.isEmpty() && rest.get(0).exclusive()) {
        // An empty string is reported as such, not also as too short or not an email address.
        code.nextControlFlow("else if ($L)", rest.get(0).condition()).add(rest.get(0).body());
        rest = rest.subList(1, rest.size());
      }
      if (rest.size() == 1 && rest.get(0).condition() != null) {
        code.nextControlFlow("else if ($L)", rest.get(0).condition()).add(rest.get(0).body());
      } else if (!rest.isEmpty()) {
        code.nextControlFlow("else");
        rest.forEach(c -> c.addTo(code));
      }
      code.endControlFlow();
    } else if (checks.size() == 1 && checks.get(0).condition() != null) {
      code.beginControlFlow("if (this.$N != null && $L)", p.name, andOperand(checks.get(0).condition()))
          .add(checks.get(0).body())
          .endControlFlow();
    } else if (!checks.isEmpty()) {
      code.beginControlFlow("if (this.$N != null)", p.name);
      checks.forEach(c -> c.addTo(code));
      code.endControlFlow();
    }
  }

  /** A condition as the right operand of {@code &&}: a disjunction in parentheses. */
  private static CodeBlock andOperand(CodeBlock condition) {
    return condition.toString().contains("||") ? CodeBlock.of("($L)", condition) : condition;
  }

  /** A check of a present value: a condition that reports, or (condition {@code null}) plain code. */
  private record Check(CodeBlock condition, CodeBlock body, boolean exclusive) {
    Check(CodeBlock condition, CodeBlock body) {
      this(condition, body, false);
    }

    void addTo(CodeBlock.Builder code) {
      if (condition == null) {
        code.add(body);
      } else {
        code.beginControlFlow("if ($L)", condition).add(body).endControlFlow();
      }
    }
  }

  private static Check check(CodeBlock condition, String format, Object... args) {
    return new Check(condition, CodeBlock.builder().addStatement(format, args).build());
  }

  /** The checks of a value that is present. */
  private List<Check> valueChecks(FieldPlan p) {
    List<Check> c = new ArrayList<>();
    String n = p.name;
    switch (p.kind) {
      case SCALAR -> {
        if (p.model.required() && p.model.type() == TypeRef.Scalar.STRING) {
          c.add(new Check(CodeBlock.of("this.$N.isEmpty()", n), CodeBlock.builder().addStatement(
              "$L.add($S, $T.REQUIRED, $S, this.$N)", PARAM, p.json(), Names.RULE, "must not be empty", n).build(),
              true));
        }
        Rules.Bounds b = p.model.length();
        if (b != null) {
          c.add(check(outside("this.$N.length()", n, b), "$L.add($S, $T.LENGTH, $S + this.$N.length(), this.$N)", PARAM, p.json(),
              Names.RULE, "length must be " + b.describe() + ", was ", n, n));
        }
        if (p.model.format() == Rules.Format.EMAIL) {
          c.add(check(CodeBlock.of("!$T.isEmail(this.$N)", Names.FORMATS, n), "$L.add($S, $T.EMAIL, $S + this.$N + $S, this.$N)",
              PARAM, p.json(), Names.RULE, "must be an email address, was '", n, "'", n));
        }
        for (FieldConstraint.Applied constraint : p.model.constraints()) {
          c.add(new Check(constraint.violated(n), constraint.report(PARAM, p.json(), n)));
        }
      }
      case BINARY -> c.add(new Check(null, CodeBlock.builder()
          .addStatement("String $NProblem = this.$N.problem()", n, n)
          .beginControlFlow("if ($NProblem != null)", n)
          .addStatement("$L.add($S, $T.BASE64, $NProblem, null)", PARAM, p.json(), Names.RULE, n)
          .endControlFlow()
          .build()));
      case INSTANT -> c.add(check(CodeBlock.of("!$T.isApiInstant(this.$N)", Names.FORMATS, n),
          "$L.add($S, $T.INSTANT, $S + $T.INSTANT_PATTERN + $S + this.$N + $S, this.$N)", PARAM, p.json(), Names.RULE,
          "must be an instant in the form ", Names.FORMATS, " (UTC, whole seconds), was '", n, "'", n));
      case ENUM -> {
        EnumModel e = model.enumModel(io.mailwright.processor.naming.GeneratedNames.typeName(p.model.type()));
        c.add(check(CodeBlock.of("$T.fromWireValue(this.$N) == null", p.modelClass, n),
            "$L.add($S, $T.ONE_OF, $S + this.$N + $S, this.$N)", PARAM, p.json(), Names.RULE,
            "must be one of " + e.wireValues() + ", was '", n, "'", n));
      }
      case OBJECT -> c.add(new Check(null, CodeBlock.builder()
          .addStatement("$L.enter($S)", PARAM, p.json())
          .addStatement("this.$N.validateInto($L)", n, PARAM)
          .addStatement("$L.exit()", PARAM)
          .build()));
      case LIST -> {
        CodeBlock.Builder l = CodeBlock.builder();
        list(l, p);
        c.add(new Check(null, l.build()));
      }
    }
    return c;
  }

  private void list(CodeBlock.Builder c, FieldPlan p) {
    String n = p.name;
    Rules.Bounds size = p.model.size();
    if (size != null) {
      c.beginControlFlow("if ($L)", outside("this.$N.size()", n, size))
          .addStatement("$L.add($S, $T.SIZE, $S + this.$N.size(), null)", PARAM, p.json(), Names.RULE,
              "size must be " + size.describe() + ", was ", n)
          .endControlFlow();
    }
    c.beginControlFlow("for (int i = 0; i < this.$N.size(); i++)", n)
        .addStatement("$T item = this.$N.get(i)", p.element, n)
        .beginControlFlow("if (item == null)")
        .addStatement("$L.add($S, i, $T.REQUIRED, $S, null)", PARAM, p.json(), Names.RULE, "must not be null");
    if (p.elementIsObject) {
      c.nextControlFlow("else")
          .addStatement("$L.enter($S, i)", PARAM, p.json())
          .addStatement("item.validateInto($L)", PARAM)
          .addStatement("$L.exit()", PARAM);
    } else if (p.model.format() == Rules.Format.EMAIL) {
      c.nextControlFlow("else if (!$T.isEmail(item))", Names.FORMATS)
          .addStatement("$L.add($S, i, $T.EMAIL, $S + item + $S, item)", PARAM, p.json(), Names.RULE,
              "must be an email address, was '", "'");
    }
    c.endControlFlow().endControlFlow();
  }

  /** The condition that {@code measure} lies outside the bounds. Fields are named {@code this.x}: no local can hide them. */
  private static CodeBlock outside(String measure, String n, Rules.Bounds b) {
    CodeBlock m = CodeBlock.of(measure, n);
    if (b.min() > 0 && b.hasMax()) {
      return CodeBlock.of("$L < $L || $L > $L", m, b.min(), m, b.max());
    }
    return b.hasMax() ? CodeBlock.of("$L > $L", m, b.max()) : CodeBlock.of("$L < $L", m, b.min());
  }

  private void onlyWhen(CodeBlock.Builder code, FieldPlan p, FieldPlan other) {
    Rules.OnlyWhen rule = p.model.onlyWhen();
    CodeBlock present = p.explicitNull() ? CodeBlock.of("this.$N", p.setFlag()) : CodeBlock.of("this.$N != null", p.name);
    code.beginControlFlow("if ($L && !$L)", present, holds(other, rule.value()))
        .addStatement("$L.add($S, $T.ONLY_WHEN, $S, null)", PARAM, p.json(), Names.RULE,
            "only allowed when " + other.json() + " is " + rule.value())
        .endControlFlow();
  }

  /** Whether the field is absent from the request (an explicit null is present). */
  private static CodeBlock isAbsent(FieldPlan p) {
    return p.explicitNull() ? CodeBlock.of("!this.$N", p.setFlag()) : CodeBlock.of("this.$N == null", p.name);
  }

  /** Whether the other field holds the value (stored form: wire strings for enums). */
  private static CodeBlock holds(FieldPlan other, String value) {
    TypeRef t = other.model.type();
    if (t == TypeRef.Scalar.BOOLEAN) {
      return CodeBlock.of("$T.$L.equals(this.$N)", Boolean.class, value.equals("true") ? "TRUE" : "FALSE", other.name);
    }
    if (t == TypeRef.Scalar.LONG) {
      return CodeBlock.of("$T.valueOf($LL).equals(this.$N)", Long.class, value, other.name);
    }
    if (t == TypeRef.Scalar.INTEGER) {
      return CodeBlock.of("$T.valueOf($L).equals(this.$N)", Integer.class, value, other.name);
    }
    return CodeBlock.of("$S.equals(this.$N)", value, other.name);
  }

  private static String oneOf(List<String> names) {
    if (names.size() == 1) {
      return names.get(0);
    }
    if (names.size() == 2) {
      return names.get(0) + " or " + names.get(1);
    }
    return "at least one of " + String.join(", ", names);
  }
}
