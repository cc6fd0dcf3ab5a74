package io.mailwright.processor;

import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.mailwright.processor.BadModels.TRIGGER;
import static io.mailwright.processor.BadModels.model;
import static io.mailwright.processor.BadModels.returningOrder;
import static io.mailwright.processor.BadModels.shapeOfItem;

import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Every name the generator writes into a generated type is reserved there: a model name that would
 * generate the same member is MW128 on its own model line, not a javac error inside a generated file.
 * One model per generated type, every reserved name of that type in it: each is one error, on its line.
 */
class ReservedNamesTest {
  /** A reserved name, the member the model's name would generate, and the generated type it would clash in. */
  private record Clash(String modelName, String member, String type) {}

  @Test
  void aRequestShapesFieldCannotTakeANameItsValueTypeOrBuilderAlreadyHas() {
    List<String> valueMembers = List.of("builder", "toBuilder", "validate", "validateStrict", "requireValid",
        "requireValidStrict", "validateInto", "fromJson", "clone", "finalize");
    List<String> builderMembers = List.of("build", "buildUnvalidated", "unknownJsonField");
    StringBuilder fields = new StringBuilder();
    List<Clash> clashes = new ArrayList<>();
    for (String name : valueMembers) {
      fields.append("  String ").append(name).append("();\n");
      clashes.add(new Clash(name, "the accessor", "Item"));
    }
    for (String name : builderMembers) {
      fields.append("  String ").append(name).append("();\n");
      clashes.add(new Clash(name, "the setter", "Item.Builder"));
    }
    fields.append("  String unknownJsonFields();\n");
    clashes.add(new Clash("unknownJsonFields", "the field", "Item (its fields)"));

    assertEachRejected(model(shapeOfItem(fields.toString())), "Item", clashes);
  }

  @Test
  void aFileAttachmentsFieldCannotTakeTheNamesOfItsFactoriesOrItsBuildersFileSetter() {
    String fields = """
          String mime();
          @Format(Format.Kind.BASE64) String data();
          String fromFile();
          String of();
          String file();
        """;
    assertEachRejected(model(shapeOfItem(fields).replace("@Shape\n",
            "@Shape\n@FileAttachment(fileName = \"sku\", mimeType = \"mime\", data = \"data\")\n")), "Item",
        List.of(new Clash("fromFile", "the accessor", "Item"), new Clash("of", "the accessor", "Item"),
            new Clash("file", "the setter", "Item.Builder")));
  }

  @Test
  void aResponseShapesFieldCannotTakeTheNamesOfHalsMembersOrObjectsMethods() {
    JavaFileObject model = model(returningOrder("""
          String halEmbedded();
          String halLinks();
          String clone();
        """));
    assertEachRejected(model, "Order", List.of(new Clash("halEmbedded", "the field and accessor", "Order"),
        new Clash("halLinks", "the field and accessor", "Order"), new Clash("clone", "the field and accessor", "Order")));
  }

  @Test
  void aQueryParameterCannotTakeANameItsQueryBuilderAlreadyHas() {
    List<String> names = List.of("set", "build", "parameters", "toQueryMap", "builder", "toBuilder", "clone");
    StringBuilder params = new StringBuilder();
    for (String name : names) {
      params.append("  @Query String ").append(name).append("();\n");
    }
    JavaFileObject model = model("""
        @Api(title = "Shop", baseUrl = "https://shop.example.com/", endpoints = ListOrders.class)
        public interface Shop {}

        @Endpoint(method = GET, path = "/orders", status = 200, resource = "orders", operation = "list")
        @Paged(item = Order.class, embedded = "orders")
        interface ListOrders {
        """ + params + """
        }

        @Shape
        interface Order {
          String name();
        }
        """);
    assertEachRejected(model, "ListOrders",
        names.stream().map(n -> new Clash(n, "the query setter", "ListOrdersQuery.Builder")).toList());
  }

  @Test
  void aResourceCannotTakeANameTheClientAlreadyHasAndAnOperationNoneItsGroupHas() {
    List<String> clientMembers = List.of("client", "builder", "rateLimits", "DEFAULT_BASE_URL", "clone");
    List<String> groupMembers = List.of("client", "api", "clone");
    StringBuilder endpoints = new StringBuilder();
    List<String> names = new ArrayList<>();
    int n = 0;
    for (String resource : clientMembers) {
      String name = "E" + n++;
      names.add(name + ".class");
      endpoints.append("@Endpoint(method = POST, path = \"/").append(name).append("\", status = 201, resource = \"")
          .append(resource).append("\", operation = \"create\")\ninterface ").append(name)
          .append(" {\n  @Body Item item();\n}\n\n");
    }
    for (String operation : groupMembers) {
      String name = "E" + n++;
      names.add(name + ".class");
      endpoints.append("@Endpoint(method = POST, path = \"/").append(name)
          .append("\", status = 201, resource = \"items\", operation = \"").append(operation).append("\")\ninterface ")
          .append(name).append(" {\n  @Body Item item();\n}\n\n");
    }
    JavaFileObject model = model("@Api(title = \"Shop\", baseUrl = \"https://shop.example.com/\", endpoints = {"
        + String.join(", ", names) + "})\npublic interface Shop {}\n\n" + endpoints + """
        @Shape
        interface Item {
          String sku();
        }
        """);

    Compilation compilation = TestCompiler.javac().compile(TRIGGER, model);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(clientMembers.size() + groupMembers.size());
    for (String resource : clientMembers) {
      assertThat(compilation)
          .hadErrorContaining("[MW128] resource " + resource + " would generate the resource accessor " + resource
              + " in Shop, which the generator already writes there")
          .inFile(model).onLineContaining("resource = \"" + resource + "\"");
    }
    for (String operation : groupMembers) {
      assertThat(compilation)
          .hadErrorContaining("[MW128] items." + operation + " would generate the method " + operation
              + " in Items, which the generator already writes there")
          .inFile(model).onLineContaining("operation = \"" + operation + "\"");
    }
    assertNoCrash(compilation);
  }

  private static void assertEachRejected(JavaFileObject model, String owner, List<Clash> clashes) {
    Compilation compilation = TestCompiler.javac().compile(TRIGGER, model);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(clashes.size());
    for (Clash c : clashes) {
      assertThat(compilation)
          .hadErrorContaining("[MW128] " + owner + "." + c.modelName() + " would generate " + c.member() + " "
              + c.modelName() + " in " + c.type() + ", which the generator already writes there")
          .inFile(model).onLineContaining(" " + c.modelName() + "();");
    }
    assertNoCrash(compilation);
  }

  private static void assertNoCrash(Compilation compilation) {
    for (Diagnostic<? extends JavaFileObject> d : compilation.diagnostics()) {
      assertWithMessage("diagnostic %s", d).that(d.getMessage(Locale.ROOT)).doesNotContain("Exception");
    }
  }
}
