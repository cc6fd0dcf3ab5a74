package io.mailwright.processor.constraints;

import com.palantir.javapoet.CodeBlock;
import io.mailwright.processor.binding.ApiModel;
import io.mailwright.processor.binding.Origin;
import io.mailwright.processor.binding.ShapeModel;
import io.mailwright.processor.validation.ErrorReporter;
import java.util.List;
import java.util.function.Function;

/** {@code @AtLeastOne({...})} on a shape: at least one of the fields it names is set (an explicit null counts). */
final class AtLeastOneConstraint implements ShapeConstraint {
  @Override
  public String annotation() {
    return "AtLeastOne";
  }

  @Override
  public Applied read(ModelSource shape) {
    ModelSource.Annotated a = shape.annotation("io.mailwright.model.AtLeastOne");
    return a == null ? null : new On(this, a.strings("value"), a.at("value"));
  }

  private record On(ShapeConstraint unit, List<String> fields, Origin origin) implements Applied {
    @Override
    public void check(ApiModel model, ShapeModel shape, ErrorReporter reporter) {
      if (fields.isEmpty()) {
        reporter.error(origin, "MW133", "@AtLeastOne names no field");
      }
      for (String name : fields) {
        if (shape.field(name) == null) {
          reporter.error(origin, "MW132", "@AtLeastOne names " + name + ", which " + shape.name() + " does not have");
        }
      }
    }

    @Override
    public CodeBlock write(String violations, Function<String, FieldConstraint.Written> shape) {
      CodeBlock.Builder none = CodeBlock.builder();
      CodeBlock.Builder names = CodeBlock.builder();
      for (int i = 0; i < fields.size(); i++) {
        FieldConstraint.Written f = shape.apply(fields.get(i));
        none.add(i == 0 ? "$L" : " && $L", f.absent());
        names.add(", $S", f.json());
      }
      return CodeBlock.builder().beginControlFlow("if ($L)", none.build())
          .addStatement("$T.atLeastOne($L$L)", FieldConstraints.CHECKS, violations, names.build())
          .endControlFlow().build();
    }
  }
}
