package io.mailwright.processor;

import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;

/** The two files of every bad-model test: the trigger, and the model file with the vocabulary imported. */
final class BadModels {
  /** The trigger of every bad model: generate client "Shop" from {@code com.example.bad.model.Shop}. */
  static final JavaFileObject TRIGGER =
      JavaFileObjects.forSourceString("com.example.bad.package-info", """
      @GenerateClient(model = Shop.class, name = "Shop")
      package com.example.bad;

      import com.example.bad.model.Shop;
      import io.mailwright.model.GenerateClient;
      """);

  private BadModels() {}

  /**
   * The model file {@code com/example/bad/model/Shop.java}: the whole vocabulary imported, then the
   * declarations. Tests find the reported line by its content, so the header's length does not matter.
   */
  static JavaFileObject model(String declarations) {
    return JavaFileObjects.forSourceString("com.example.bad.model.Shop", """
        package com.example.bad.model;

        import static io.mailwright.model.Format.Kind.EMAIL;
        import static io.mailwright.model.HttpMethod.GET;
        import static io.mailwright.model.HttpMethod.POST;

        import io.mailwright.model.*;
        import java.time.Instant;
        import java.util.List;
        import java.util.Map;

        """ + declarations);
  }

  /** A model whose one endpoint's body is the shape Item ({@code @Required String sku()}, then these fields). */
  static String shapeOfItem(String fields) {
    return """
        @Api(title = "Shop", baseUrl = "https://shop.example.com/", endpoints = CreateItem.class)
        public interface Shop {}

        @Endpoint(method = POST, path = "/items", status = 201, resource = "items", operation = "create")
        interface CreateItem {
          @Body Item item();
        }

        @Shape
        interface Item {
          @Required String sku();
        """ + fields + "}\n";
  }

  /** A model whose one endpoint, {@code GET /orders/{orderId}}, returns the shape Order with these fields. */
  static String returningOrder(String fields) {
    return """
        @Api(title = "Shop", baseUrl = "https://shop.example.com/", endpoints = GetOrder.class)
        public interface Shop {}

        @Endpoint(method = GET, path = "/orders/{orderId}", status = 200, resource = "orders", operation = "get")
        @Returns(Order.class)
        interface GetOrder {
          @PathParam long orderId();
        }

        @Shape
        interface Order {
        """ + fields + "}\n";
  }
}
