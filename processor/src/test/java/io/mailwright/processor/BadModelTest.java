package io.mailwright.processor;

import static com.google.common.truth.Truth.assertThat;
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
 * A model mistake is a javac error, never a crash: one error per mistake, with its stable code and
 * words that say what is wrong, on the line of the offending element or annotation value, and no
 * generated file at all. Each test holds one mistake in an otherwise valid model.
 */
class BadModelTest {
  /** The trigger of every bad model: generate client "Shop" from {@code com.example.bad.model.Shop}. */
  private static final JavaFileObject TRIGGER =
      JavaFileObjects.forSourceString("com.example.bad.package-info", """
      @GenerateClient(model = Shop.class, name = "Shop")
      package com.example.bad;

      import com.example.bad.model.Shop;
      import io.mailwright.model.GenerateClient;
      """);

  @Test
  void modelThatIsNotAnApiIsRejected() {
    JavaFileObject model = model("""
        public interface Shop {}
        """);

    Compilation compilation = compile(model);

    assertRejected(compilation, model);
    assertThat(compilation)
        .hadErrorContaining("[MW100] the model of @GenerateClient must be an interface annotated with @Api")
        .inFile(TRIGGER).onLineContaining("model = Shop.class");
  }

  @Test
  void pathParameterWithoutMethodIsRejected() {
    JavaFileObject model = model("""
        @Api(title = "Shop", baseUrl = "https://shop.example.com/", endpoints = GetOrder.class)
        public interface Shop {}

        @Endpoint(method = POST, status = 201, resource = "orders", operation = "get",
            path = "/orders/{orderId}")
        interface GetOrder {}
        """);

    Compilation compilation = compile(model);

    assertRejected(compilation, model);
    assertThat(compilation)
        .hadErrorContaining("[MW101] path parameter {orderId} has no @PathParam method in GetOrder")
        .inFile(model).onLineContaining("path = \"/orders/{orderId}\"");
  }

  @Test
  void pathParamMethodNotInPathIsRejected() {
    JavaFileObject model = model("""
        @Api(title = "Shop", baseUrl = "https://shop.example.com/", endpoints = GetOrders.class)
        public interface Shop {}

        @Endpoint(method = POST, path = "/orders", status = 201, resource = "orders", operation = "create")
        interface GetOrders {
          @PathParam long orderId();
        }
        """);

    Compilation compilation = compile(model);

    assertRejected(compilation, model);
    assertThat(compilation)
        .hadErrorContaining("[MW101] path parameter orderId does not appear in the path \"/orders\"")
        .inFile(model).onLineContaining("long orderId()");
  }

  @Test
  void duplicateJsonNameIsRejected() {
    JavaFileObject model = model(shapeOfItem("""
          @Json("name") String title();
          @Doc("Also called name") String name();
        """));

    Compilation compilation = compile(model);

    assertRejected(compilation, model);
    assertThat(compilation)
        .hadErrorContaining("[MW102] JSON name \"name\" of name is already used by title in Item")
        .inFile(model).onLineContaining("String name()");
  }

  @Test
  void lengthOnANumberIsRejected() {
    JavaFileObject model = model(shapeOfItem("""
          @Length(max = 10) Long count();
        """));

    Compilation compilation = compile(model);

    assertRejected(compilation, model);
    assertThat(compilation)
        .hadErrorContaining("[MW103] @Length on Item.count of type Long; it applies to String fields")
        .inFile(model).onLineContaining("Long count()");
  }

  @Test
  void boundsWithMinAboveMaxAreRejected() {
    JavaFileObject model = model(shapeOfItem("""
          @Length(min = 5, max = 2) String code();
        """));

    Compilation compilation = compile(model);

    assertRejected(compilation, model);
    assertThat(compilation)
        .hadErrorContaining("[MW104] bounds of Item.code have min 5 > max 2")
        .inFile(model).onLineContaining("@Length(min = 5, max = 2)");
  }

  @Test
  void emptyValueListIsRejected() {
    JavaFileObject model = model(shapeOfItem("""
          Color color();
        }

        enum Color {
        """));

    Compilation compilation = compile(model);

    assertRejected(compilation, model);
    assertThat(compilation)
        .hadErrorContaining("[MW105] value list Color is empty: declare its values as constants")
        .inFile(model).onLineContaining("enum Color");
  }

  @Test
  void onlyWhenNamingAnUnknownFieldIsRejected() {
    JavaFileObject model = model(shapeOfItem("""
          @OnlyWhen(field = "imported", value = "true") Instant createdAt();
        """));

    Compilation compilation = compile(model);

    assertRejected(compilation, model);
    assertThat(compilation)
        .hadErrorContaining("[MW106] @OnlyWhen of Item.createdAt names imported, which Item does not have")
        .inFile(model).onLineContaining("Instant createdAt()");
  }

  @Test
  void atLeastOneNamingAnUnknownFieldIsRejected() {
    JavaFileObject model = model("""
        @Api(title = "Shop", baseUrl = "https://shop.example.com/", endpoints = CreateCustomer.class)
        public interface Shop {}

        @Endpoint(method = POST, path = "/customers", status = 201, resource = "customers", operation = "create")
        interface CreateCustomer {
          @Body Customer customer();
        }

        @Shape
        @AtLeastOne({"id", "email"})
        interface Customer {
          Long id();
          String mail();
        }
        """);

    Compilation compilation = compile(model);

    assertRejected(compilation, model);
    assertThat(compilation)
        .hadErrorContaining("[MW106] @AtLeastOne names email, which Customer does not have")
        .inFile(model).onLineContaining("@AtLeastOne");
  }

  @Test
  void discriminatorValueUsedTwiceIsRejected() {
    JavaFileObject model = model(petUnion("""
        @Variant(value = "dog", shape = Dog.class)
        @Variant(value = "dog", shape = Cat.class)
        """, "String name();"));

    Compilation compilation = compile(model);

    assertRejected(compilation, model);
    // The validator aims at the second @Variant, but javac (17) cannot place a message on one of
    // several repeated annotations (they are wrapped in a container it has no tree for): the
    // error falls on the union, and its message names the value.
    assertThat(compilation)
        .hadErrorContaining("[MW107] discriminator value \"dog\" is used twice in Pet")
        .inFile(model).onLineContaining("interface Pet");
  }

  @Test
  void mapFieldIsUnsupported() {
    JavaFileObject model = model(shapeOfItem("""
          Map<String, String> labels();
        """));

    Compilation compilation = compile(model);

    assertRejected(compilation, model);
    assertThat(compilation)
        .hadErrorContaining("[MW108] Item.labels has unsupported type java.util.Map<")
        .inFile(model).onLineContaining("labels()");
  }

  @Test
  void doubleFieldIsUnsupported() {
    JavaFileObject model = model(shapeOfItem("""
          double weight();
        """));

    Compilation compilation = compile(model);

    assertRejected(compilation, model);
    assertThat(compilation)
        .hadErrorContaining("[MW108] Item.weight has unsupported type double; supported: String, Long")
        .inFile(model).onLineContaining("double weight()");
  }

  @Test
  void requiredAbsentOrNullFieldIsRejected() {
    JavaFileObject model = model(shapeOfItem("""
          @Required @ExplicitNull Long assignee();
        """));

    Compilation compilation = compile(model);

    assertRejected(compilation, model);
    assertThat(compilation)
        .hadErrorContaining("[MW109] Item.assignee is required and \"absent or null\" (@ExplicitNull) at once")
        .inFile(model).onLineContaining("Long assignee()");
  }

  @Test
  void sizeOnAStringIsRejected() {
    JavaFileObject model = model(shapeOfItem("""
          @Size(max = 3) String tags();
        """));

    Compilation compilation = compile(model);

    assertRejected(compilation, model);
    assertThat(compilation)
        .hadErrorContaining("[MW110] @Size on Item.tags of type String; it applies to List fields")
        .inFile(model).onLineContaining("String tags()");
  }

  @Test
  void formatOnANumberIsRejected() {
    JavaFileObject model = model(shapeOfItem("""
          @Format(EMAIL) Long owner();
        """));

    Compilation compilation = compile(model);

    assertRejected(compilation, model);
    assertThat(compilation)
        .hadErrorContaining("[MW111] @Format on Item.owner of type Long; it applies to String and List<String>")
        .inFile(model).onLineContaining("Long owner()");
  }

  @Test
  void unionMemberWithAFieldNamedLikeTheDiscriminatorIsRejected() {
    JavaFileObject model = model(petUnion("""
        @Variant(value = "dog", shape = Dog.class)
        @Variant(value = "cat", shape = Cat.class)
        """, "String kind();"));

    Compilation compilation = compile(model);

    assertRejected(compilation, model);
    assertThat(compilation)
        .hadErrorContaining("[MW112] Dog is a member of Pet, whose discriminator is \"kind\":"
            + " it cannot have a field of that name")
        .inFile(model).onLineContaining("String kind()");
  }

  @Test
  void onlyWhenValueTheFieldCannotHaveIsRejected() {
    JavaFileObject model = model(shapeOfItem("""
          Boolean imported();
          @OnlyWhen(field = "imported", value = "yes") Instant createdAt();
        """));

    Compilation compilation = compile(model);

    assertRejected(compilation, model);
    assertThat(compilation)
        .hadErrorContaining("[MW113] @OnlyWhen of Item.createdAt requires imported to be \"yes\","
            + " a value its type Boolean cannot have")
        .inFile(model).onLineContaining("value = \"yes\"");
  }

  @Test
  void bodyPlusInlineFieldsIsRejected() {
    JavaFileObject model = model("""
        @Api(title = "Shop", baseUrl = "https://shop.example.com/", endpoints = CreateItem.class)
        public interface Shop {}

        @Endpoint(method = POST, path = "/items", status = 201, resource = "items", operation = "create")
        interface CreateItem {
          @Body Item item();
          String note();
        }

        @Shape
        interface Item {
          String name();
        }
        """);

    Compilation compilation = compile(model);

    assertRejected(compilation, model);
    assertThat(compilation)
        .hadErrorContaining("[MW114] CreateItem has a @Body: it cannot also have body fields or a second @Body")
        .inFile(model).onLineContaining("String note()");
  }

  @Test
  void twoTypesWithOneNameAreRejected() {
    JavaFileObject model = model("""
        @Api(title = "Shop", baseUrl = "https://shop.example.com/",
            endpoints = {CreateOrder.class, CreateInvoice.class})
        public interface Shop {}

        @Endpoint(method = POST, path = "/orders", status = 201, resource = "orders", operation = "create")
        interface CreateOrder {
          Address shipTo();

          @Shape interface Address { String street(); }
        }

        @Endpoint(method = POST, path = "/invoices", status = 201, resource = "invoices", operation = "create")
        interface CreateInvoice {
          Address billTo();

          @Shape interface Address { String city(); }
        }
        """);

    Compilation compilation = compile(model);

    assertRejected(compilation, model);
    assertThat(compilation)
        .hadErrorContaining("[MW115] two generated types would be named Address")
        .inFile(model).onLineContaining("String city()");
  }

  @Test
  void operationDeclaredTwiceIsRejected() {
    JavaFileObject model = model("""
        @Api(title = "Shop", baseUrl = "https://shop.example.com/",
            endpoints = {CreateOrder.class, PlaceOrder.class})
        public interface Shop {}

        @Endpoint(method = POST, path = "/orders", status = 201, resource = "orders", operation = "create")
        interface CreateOrder {}

        @Endpoint(method = POST, path = "/orders/placed", status = 201, resource = "orders",
            operation = "create") // the second "create" of "orders"
        interface PlaceOrder {}
        """);

    Compilation compilation = compile(model);

    assertRejected(compilation, model);
    assertThat(compilation)
        .hadErrorContaining("[MW116] operation create is declared twice in resource orders")
        .inFile(model).onLineContaining("the second \"create\"");
  }

  /** The check for "nothing generated" below sees generated files when there are some. */
  @Test
  void validModelWritesFiles() {
    JavaFileObject model = model(shapeOfItem(""));

    assertThat(compile(model)).succeededWithoutWarnings();
    assertThat(TestCompiler.filesWrittenFor(List.of(TRIGGER, model)))
        .containsAtLeast("com/example/bad/Item.java", "com/example/bad/ShopApi.java");
  }

  private static Compilation compile(JavaFileObject model) {
    return TestCompiler.javac().compile(TRIGGER, model);
  }

  /**
   * One model mistake is one error, reported (no stack trace, which would show as an exception's
   * name), and nothing is generated from a model with a mistake.
   */
  private static void assertRejected(Compilation compilation, JavaFileObject model) {
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    for (Diagnostic<? extends JavaFileObject> d : compilation.diagnostics()) {
      assertWithMessage("diagnostic %s", d).that(d.getMessage(Locale.ROOT)).doesNotContain("Exception");
    }
    assertWithMessage("files generated from a bad model")
        .that(TestCompiler.filesWrittenFor(List.of(TRIGGER, model)))
        .isEmpty();
  }

  @Test
  void resolvesMovedOnAWriteIsRejected() {
    JavaFileObject model = model("""
        @Api(title = "Shop", baseUrl = "https://shop.example.com/", endpoints = LocateOrder.class)
        public interface Shop {}

        @Endpoint(method = POST, path = "/orders/{orderId}", status = 200, resource = "orders", operation = "locate")
        @ResolvesMoved
        interface LocateOrder {
          @PathParam long orderId();
        }
        """);

    Compilation compilation = compile(model);

    assertRejected(compilation, model);
    assertThat(compilation)
        .hadErrorContaining("[MW121] LocateOrder is @ResolvesMoved: it must be a GET with one long path parameter"
            + " and no body")
        .inFile(model).onLineContaining("operation = \"locate\"");
  }

  @Test
  void typeThatNeverAppearsIsReportedOnceProcessingIsOver() {
    // javac reports the unknown symbol; the processor waits for it round after round (another
    // processor could still generate it) and says at the end why it wrote nothing.
    JavaFileObject model = model(shapeOfItem("""
          @Doc("Made by a processor that never runs") Warranty warranty();
        """));

    Compilation compilation = compile(model);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("cannot find symbol");
    assertThat(compilation).hadErrorContaining("[MW901] the model of package com.example.bad refers to types that"
        + " never became available");
    assertThat(compilation.diagnostics().stream().noneMatch(d -> d.getMessage(null).contains("Exception"))).isTrue();
  }

  @Test
  void fileAttachmentNamingAnUnknownFieldIsRejected() {
    JavaFileObject model = model(shapeOfItem("""
          @Format(Format.Kind.BASE64) String data();
        """).replace("@Shape\n", "@Shape\n@FileAttachment(fileName = \"sku\", mimeType = \"mime\", data = \"data\")\n"));

    Compilation compilation = compile(model);

    assertRejected(compilation, model);
    assertThat(compilation)
        .hadErrorContaining("[MW106] @FileAttachment names mime, which Item does not have")
        .inFile(model).onLineContaining("@FileAttachment(");
  }

  @Test
  void fileAttachmentWhoseDataIsNotBase64IsRejected() {
    JavaFileObject model = model(shapeOfItem("""
          String mime();
          String data();
        """).replace("@Shape\n", "@Shape\n@FileAttachment(fileName = \"sku\", mimeType = \"mime\", data = \"data\")\n"));

    Compilation compilation = compile(model);

    assertRejected(compilation, model);
    assertThat(compilation)
        .hadErrorContaining("[MW111] @FileAttachment's data field data must be a @Format(BASE64) String")
        .inFile(model).onLineContaining("@FileAttachment(");
  }

  /** The model file {@code com/example/bad/model/Shop.java}: the vocabulary's imports, then the declarations. */
  private static JavaFileObject model(String declarations) {
    return JavaFileObjects.forSourceString("com.example.bad.model.Shop", """
        package com.example.bad.model;

        import static io.mailwright.model.Format.Kind.EMAIL;
        import static io.mailwright.model.HttpMethod.GET;
        import static io.mailwright.model.HttpMethod.POST;

        import io.mailwright.model.Api;
        import io.mailwright.model.AtLeastOne;
        import io.mailwright.model.Body;
        import io.mailwright.model.Doc;
        import io.mailwright.model.Endpoint;
        import io.mailwright.model.ExplicitNull;
        import io.mailwright.model.FileAttachment;
        import io.mailwright.model.Format;
        import io.mailwright.model.Json;
        import io.mailwright.model.Length;
        import io.mailwright.model.OnlyWhen;
        import io.mailwright.model.PathParam;
        import io.mailwright.model.Required;
        import io.mailwright.model.ResolvesMoved;
        import io.mailwright.model.Shape;
        import io.mailwright.model.Size;
        import io.mailwright.model.Union;
        import io.mailwright.model.Variant;
        import java.time.Instant;
        import java.util.List;
        import java.util.Map;

        """ + declarations);
  }

  /** A model whose one endpoint's body is the shape Item with these fields. */
  private static String shapeOfItem(String fields) {
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

  /**
   * A model whose one endpoint takes a list of the union Pet (discriminator "kind") with these
   * variants, of the shapes Dog (with {@code dogField}) and Cat.
   */
  private static String petUnion(String variants, String dogField) {
    return """
        @Api(title = "Shop", baseUrl = "https://shop.example.com/", endpoints = AdmitPets.class)
        public interface Shop {}

        @Endpoint(method = POST, path = "/pets", status = 201, resource = "pets", operation = "admit")
        interface AdmitPets {
          List<Pet> pets();
        }

        @Union(discriminator = "kind")
        """ + variants + """
        interface Pet {}

        @Shape
        interface Dog {
          %s
        }

        @Shape
        interface Cat {
          String name();
        }
        """.formatted(dogField);
  }
}
