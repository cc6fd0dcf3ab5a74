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
    List<Rules.AnnotatedPlacement> annotatedPlacements,
    ProtocolModel protocol) {

  public ShapeModel shape(String name) {
    return shapes.stream().filter(s -> s.name().equals(name)).findFirst().orElse(null);
  }

  public UnionModel union(String name) {
    return unions.stream().filter(u -> u.name().equals(name)).findFirst().orElse(null);
  }

  public EnumModel enumModel(String name) {
    return enums.stream().filter(e -> e.name().equals(name)).findFirst().orElse(null);
  }

  /** The names of the shapes reachable from a response ({@code @Returns}, {@code @Paged}): read leniently. */
  public java.util.Set<String> responseShapes() {
    java.util.Set<String> seen = new java.util.LinkedHashSet<>();
    for (EndpointModel e : endpoints) {
      reach(e.responseShape(), seen);
    }
    return seen;
  }

  /** The names of the shapes reachable from a request body: built and validated. */
  public java.util.Set<String> requestShapes() {
    java.util.Set<String> seen = new java.util.LinkedHashSet<>();
    for (EndpointModel e : endpoints) {
      reach(e.body(), seen);
    }
    return seen;
  }

  private void reach(TypeRef type, java.util.Set<String> seen) {
    if (type == null) {
      return;
    }
    TypeRef t = type.elementOrSelf();
    if (t instanceof TypeRef.ShapeRef s && seen.add(s.name())) {
      ShapeModel shape = shape(s.name());
      if (shape != null) {
        for (FieldModel f : shape.fields()) {
          reach(f.type(), seen);
        }
      }
    } else if (t instanceof TypeRef.UnionRef u) {
      UnionModel union = union(u.name());
      if (union != null) {
        for (UnionModel.Variant v : union.variants()) {
          reach(v.shape(), seen);
        }
      }
    }
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
