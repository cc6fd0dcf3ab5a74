package io.mailwright.processor.binding;

import java.util.List;

/** A value list: the model enum's constants are the accepted wire values. */
public record EnumModel(String name, String doc, List<Constant> constants, Origin origin) {
  /** One accepted value. */
  public record Constant(String javaName, String wireValue, String doc, Origin origin) {}

  public List<String> wireValues() {
    return constants.stream().map(Constant::wireValue).toList();
  }
}
