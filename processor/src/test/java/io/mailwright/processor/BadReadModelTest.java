package io.mailwright.processor;

import static io.mailwright.processor.BadModels.TRIGGER;
import static io.mailwright.processor.BadModels.model;
import static io.mailwright.processor.BadModels.returningOrder;

import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Mistakes of the read vocabulary ({@code @Returns}, {@code @Paged}, {@code @Query},
 * {@code @Embedded}, {@code @Link}): each is one javac error with its code, on the line of the
 * offending element, and nothing is generated. Each test holds one mistake in an otherwise valid
 * model.
 */
class BadReadModelTest {
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

    assertRejectedWith(model, "[MW154] @Paged of ListOrders needs an item type, a @Shape: was void",
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

    assertRejectedWith(model, "[MW156] @Returns of GetColor must name a @Shape, was Color", "@Returns(Color.class)");
  }

  @Test
  void embeddedOnAFieldThatIsNotAListOfShapesIsRejected() {
    JavaFileObject model = model(returningOrder("""
          @Embedded("lines") String lines();
        """));

    assertRejectedWith(model, "[MW160] @Embedded on Order.lines of type String; an embedded field is a List of a"
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

    assertRejectedWith(model, "[MW151] LocateOrder names a resolver, which only a @Returns endpoint has",
        "operation = \"locate\"");
  }

  /** One model per read-side code (and read-side name clash) without a test of its own above. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("oneMistakeEach")
  void eachCodeIsOneMistakeOnItsLine(String code, String declarations, String message, String line) {
    assertRejectedWith(model(declarations), message, line);
  }

  static Stream<Arguments> oneMistakeEach() {
    return Stream.of(
        Arguments.of("MW125", "@Api(title = \"Shop\", baseUrl = \"https://shop.example.com/\", endpoints = ListOrders.class)\npublic interface Shop {}\n\n@Endpoint(method = GET, path = \"/orders\", status = 200, resource = \"orders\", operation = \"list\")\n@Returns(Order.class)\n@Paged(item = Order.class, embedded = \"orders\")\ninterface ListOrders {}\n\n@Shape\ninterface Order {\n  String name();\n}\n",
            "[MW125] ListOrders has @Returns and @Paged: an endpoint answers one shape or one page of a list", "@Paged(item"),
        Arguments.of("MW152", "@Api(title = \"Shop\", baseUrl = \"https://shop.example.com/\", endpoints = GetOrder.class)\npublic interface Shop {}\n\n@Endpoint(method = GET, path = \"/orders/{orderId}\", status = 200, resource = \"orders\", operation = \"get\")\n@Returns(Order.class)\n@ResolvesMoved(resolver = \"get\")\ninterface GetOrder {\n  @PathParam long orderId();\n}\n\n@Shape\ninterface Order {\n  String name();\n}\n",
            "[MW152] resolver \"get\" of GetOrder must be a Java name not used by another operation of resource orders", "operation = \"get\""),
        Arguments.of("MW153", "@Api(title = \"Shop\", baseUrl = \"https://shop.example.com/\", endpoints = CreateOrder.class)\npublic interface Shop {}\n\n@Endpoint(method = POST, path = \"/orders\", status = 201, resource = \"orders\", operation = \"create\")\n@Returns(Order.class)\ninterface CreateOrder {}\n\n@Shape\ninterface Order {\n  String name();\n}\n",
            "[MW153] CreateOrder is a POST: only a GET answers with a body the client reads", "@Returns(Order.class)"),
        Arguments.of("MW155", "@Api(title = \"Shop\", baseUrl = \"https://shop.example.com/\", endpoints = ListOrders.class)\npublic interface Shop {}\n\n@Endpoint(method = GET, path = \"/orders\", status = 200, resource = \"orders\", operation = \"list\")\n@Paged(item = Order.class, embedded = \"\")\ninterface ListOrders {}\n\n@Shape\ninterface Order {\n  String name();\n}\n",
            "[MW155] @Paged of ListOrders needs the key of its items under _embedded", "@Paged("),
        Arguments.of("MW157", "@Api(title = \"Shop\", baseUrl = \"https://shop.example.com/\", endpoints = ListOrders.class)\npublic interface Shop {}\n\n@Endpoint(method = GET, path = \"/orders\", status = 200, resource = \"orders\", operation = \"list\")\n@Paged(item = Order.class, embedded = \"orders\")\ninterface ListOrders {\n  @Query(\"q\") String query();\n  @Query(\"q\") String text();\n}\n\n@Shape\ninterface Order {\n  String name();\n}\n",
            "[MW157] query parameter \"q\" is declared twice in ListOrders", "String text()"),
        Arguments.of("MW158", returningOrder("  Pet pet();\n}\n\n@Union(discriminator = \"kind\")\n@Variant(value = \"dog\", shape = Dog.class)\ninterface Pet {}\n\n@Shape\ninterface Dog {\n  String name();\n"),
            "[MW158] Order.pet is a union in a response shape", "Pet pet()"),
        Arguments.of("MW159", returningOrder("  @Embedded(\"lines\") @Link(\"lines\") List<Order> lines();\n"),
            "[MW159] Order.lines is @Embedded and @Link at once", "List<Order> lines()"),
        Arguments.of("MW161", returningOrder("  @Link(\"web\") Long web();\n"),
            "[MW161] @Link on Order.web of type Long; a link is the String href", "Long web()"),
        Arguments.of("MW128 response", returningOrder("  @Link(\"web\") String web();\n  String halLinks();\n"),
            "[MW128] Order.halLinks would generate the field and accessor halLinks in Order, which the generator already writes there", "String halLinks()"),
        Arguments.of("MW128 query", "@Api(title = \"Shop\", baseUrl = \"https://shop.example.com/\", endpoints = ListOrders.class)\npublic interface Shop {}\n\n@Endpoint(method = GET, path = \"/orders\", status = 200, resource = \"orders\", operation = \"list\")\n@Paged(item = Order.class, embedded = \"orders\")\ninterface ListOrders {\n  @Query String build();\n}\n\n@Shape\ninterface Order {\n  String name();\n}\n",
            "[MW128] ListOrders.build would generate the query setter build in ListOrdersQuery.Builder, which the generator already writes there", "String build()"),
        Arguments.of("MW128 paged", "@Api(title = \"Shop\", baseUrl = \"https://shop.example.com/\", endpoints = {ListOrders.class, ListAllOrders.class})\npublic interface Shop {}\n\n@Endpoint(method = GET, path = \"/orders\", status = 200, resource = \"orders\", operation = \"list\")\n@Paged(item = Order.class, embedded = \"orders\")\ninterface ListOrders {}\n\n@Endpoint(method = GET, path = \"/orders/all\", status = 200, resource = \"orders\",\n    operation = \"listAll\" /* the stream's name */)\n@Returns(Order.class)\ninterface ListAllOrders {}\n\n@Shape\ninterface Order {\n  String name();\n}\n",
            "[MW128] orders.listAll would generate the method listAll in Orders, which orders.list already generates", "the stream's name"));
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

}
