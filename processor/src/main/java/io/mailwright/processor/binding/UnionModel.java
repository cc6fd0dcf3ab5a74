package io.mailwright.processor.binding;

import java.util.List;

/** Shapes told apart by a discriminator property. */
public record UnionModel(String name, String doc, String discriminator, List<Variant> variants, Origin origin) {
  /** One member: its discriminator value and shape ({@code null} when the shape is not one). */
  public record Variant(String value, TypeRef shape, Origin origin) {}
}
