package io.mailwright.processor.binding;

import java.util.List;

/**
 * A whole model, read into plain values: what the validation phase checks and the writing phase
 * writes. Shapes include the inline request bodies of endpoints.
 */
public record ApiModel(
    String packageName,
    String clientName,
    String title,
    String baseUrl,
    List<EndpointModel> endpoints,
    List<ShapeModel> shapes,
    List<UnionModel> unions,
    List<EnumModel> enums,
    Origin origin,
    List<Rules.NotAMixin> notMixins,
    List<Rules.AnnotatedPlacement> annotatedPlacements) {

  public ShapeModel shape(String name) {
    return shapes.stream().filter(s -> s.name().equals(name)).findFirst().orElse(null);
  }

  public UnionModel union(String name) {
    return unions.stream().filter(u -> u.name().equals(name)).findFirst().orElse(null);
  }

  public EnumModel enumModel(String name) {
    return enums.stream().filter(e -> e.name().equals(name)).findFirst().orElse(null);
  }

  /** The union a shape is a member of, or {@code null}. */
  public UnionModel unionOf(String shapeName) {
    for (UnionModel u : unions) {
      for (UnionModel.Variant v : u.variants()) {
        if (v.shape() instanceof TypeRef.ShapeRef s && s.name().equals(shapeName)) {
          return u;
        }
      }
    }
    return null;
  }
}
