package io.mailwright.processor;

import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Mistakes of the read vocabulary ({@code @Returns}, {@code @Paged}, {@code @Query},
 * {@code @Embedded}, {@code @Link}): each is one javac error with its code, on the line of the
 * offending element, and nothing is generated. Each test holds one mistake in an otherwise valid
 * model.
 */
class BadReadModelTest {
  private static final JavaFileObject TRIGGER =
      JavaFileObjects.forSourceString("com.example.bad.package-info", """
      @GenerateClient(model = Shop.class, name = "Shop")
      package com.example.bad;

      import com.example.bad.model.Shop;
      import io.mailwright.model.GenerateClient;
      """);

  @Test
  void getWithABodyIsRejected() {
    JavaFileObject model = model("""
        @Api(title = "Shop", baseUrl = "https://shop.example.com/", endpoints = FindOrders.class)
        public interface Shop {}

        @Endpoint(method = GET, path = "/orders", status = 200, resource = "orders", operation = "find")
        interface FindOrders {
          String customer();
        }
        """);

    assertRejectedWith(model, "[MW122] FindOrders is a GET: it cannot have a request body", "operation = \"find\"");
  }

  @Test
  void requiredInAResponseShapeIsRejected() {
    JavaFileObject model = model(returningOrder("""
          @Required Long id();
        """));

    assertRejectedWith(model, "[MW123] Order.id is in a response shape: responses are read leniently and never"
        + " validated", "@Required Long id();");
  }

  @Test
  void lengthInAResponseShapeIsRejected() {
    JavaFileObject model = model(returningOrder("""
          @Length(max = 10) String name();
        """));

    assertRejectedWith(model, "[MW123] Order.name is in a response shape", "@Length(max = 10) String name();");
  }

  @Test
  void queryParameterOfAnUnsupportedTypeIsRejected() {
    JavaFileObject model = model("""
        @Api(title = "Shop", baseUrl = "https://shop.example.com/", endpoints = ListOrders.class)
        public interface Shop {}

        @Endpoint(method = GET, path = "/orders", status = 200, resource = "orders", operation = "list")
        @Paged(item = Order.class, embedded = "orders")
        interface ListOrders {
          @Query Order example();
        }

        @Shape
        interface Order {
          Long id();
        }
        """);

    assertRejectedWith(model, "[MW124] query parameter example of ListOrders has type Order; a query parameter is a"
        + " Long, Integer, String, Boolean, Instant, a value-list enum, or a List", "@Query Order example();");
  }

  @Test
  void pageWithoutAnItemTypeIsRejected() {
    JavaFileObject model = model("""
        @Api(title = "Shop", baseUrl = "https://shop.example.com/", endpoints = ListOrders.class)
        public interface Shop {}

        @Endpoint(method = GET, path = "/orders", status = 200, resource = "orders", operation = "list")
        @Paged(embedded = "orders")
        interface ListOrders {}
        """);

    assertRejectedWith(model, "[MW125] @Paged of ListOrders needs an item type, a @Shape: was void",
        "@Paged(embedded = \"orders\")");
  }

  @Test
  void returnsOfAValueListIsRejected() {
    JavaFileObject model = model("""
        @Api(title = "Shop", baseUrl = "https://shop.example.com/", endpoints = GetColor.class)
        public interface Shop {}

        @Endpoint(method = GET, path = "/color", status = 200, resource = "colors", operation = "get")
        @Returns(Color.class)
        interface GetColor {}

        enum Color { red, green }
        """);

    assertRejectedWith(model, "[MW125] @Returns of GetColor must name a @Shape, was Color", "@Returns(Color.class)");
  }

  @Test
  void embeddedOnAFieldThatIsNotAListOfShapesIsRejected() {
    JavaFileObject model = model(returningOrder("""
          @Embedded("lines") String lines();
        """));

    assertRejectedWith(model, "[MW126] @Embedded on Order.lines of type String; an embedded field is a List of a"
        + " @Shape", "@Embedded(\"lines\") String lines();");
  }

  @Test
  void linkInARequestShapeIsRejected() {
    JavaFileObject model = model("""
        @Api(title = "Shop", baseUrl = "https://shop.example.com/", endpoints = CreateOrder.class)
        public interface Shop {}

        @Endpoint(method = POST, path = "/orders", status = 201, resource = "orders", operation = "create")
        interface CreateOrder {
          @Body Order order();
        }

        @Shape
        interface Order {
          @Link("web") String web();
        }
        """);

    assertRejectedWith(model, "[MW126] Order.web: @Embedded and @Link belong to response shapes",
        "@Link(\"web\") String web();");
  }

  @Test
  void shapeInARequestAndAResponseIsRejected() {
    JavaFileObject model = model("""
        @Api(title = "Shop", baseUrl = "https://shop.example.com/", endpoints = {CreateOrder.class, GetOrder.class})
        public interface Shop {}

        @Endpoint(method = POST, path = "/orders", status = 201, resource = "orders", operation = "create")
        interface CreateOrder {
          @Body Order order();
        }

        @Endpoint(method = GET, path = "/orders/{orderId}", status = 200, resource = "orders", operation = "get")
        @Returns(Order.class)
        interface GetOrder {
          @PathParam long orderId();
        }

        @Shape
        interface Order {
          String name();
        }
        """);

    assertRejectedWith(model, "[MW127] Order is used in a request and in a response", "interface Order {");
  }

  @Test
  void resolverWithoutReturnsIsRejected() {
    JavaFileObject model = model("""
        @Api(title = "Shop", baseUrl = "https://shop.example.com/", endpoints = LocateOrder.class)
        public interface Shop {}

        @Endpoint(method = GET, path = "/orders/{orderId}", status = 200, resource = "orders", operation = "locate")
        @ResolvesMoved(resolver = "whereIs")
        interface LocateOrder {
          @PathParam long orderId();
        }
        """);

    assertRejectedWith(model, "[MW121] LocateOrder names a resolver, which only a @Returns endpoint has",
        "operation = \"locate\"");
  }

  private static void assertRejectedWith(JavaFileObject model, String message, String line) {
    Compilation compilation = TestCompiler.javac().compile(TRIGGER, model);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    for (Diagnostic<? extends JavaFileObject> d : compilation.diagnostics()) {
      assertWithMessage("diagnostic %s", d).that(d.getMessage(Locale.ROOT)).doesNotContain("Exception");
    }
    assertThat(compilation).hadErrorContaining(message).inFile(model).onLineContaining(line);
    assertWithMessage("files generated from a bad model")
        .that(TestCompiler.filesWrittenFor(List.of(TRIGGER, model)))
        .isEmpty();
  }

  /** A model whose one endpoint answers the response shape Order with these fields. */
  private static String returningOrder(String fields) {
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

  private static JavaFileObject model(String declarations) {
    return JavaFileObjects.forSourceString("com.example.bad.model.Shop", """
        package com.example.bad.model;

        import static io.mailwright.model.HttpMethod.GET;
        import static io.mailwright.model.HttpMethod.POST;

        import io.mailwright.model.Api;
        import io.mailwright.model.Body;
        import io.mailwright.model.Embedded;
        import io.mailwright.model.Endpoint;
        import io.mailwright.model.Length;
        import io.mailwright.model.Link;
        import io.mailwright.model.Paged;
        import io.mailwright.model.PathParam;
        import io.mailwright.model.Query;
        import io.mailwright.model.Required;
        import io.mailwright.model.ResolvesMoved;
        import io.mailwright.model.Returns;
        import io.mailwright.model.Shape;
        import java.util.List;

        """ + declarations);
  }
}
