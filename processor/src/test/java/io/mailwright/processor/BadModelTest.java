package io.mailwright.processor;

import static io.mailwright.processor.BadModels.TRIGGER;
import static io.mailwright.processor.BadModels.model;
import static io.mailwright.processor.BadModels.shapeOfItem;

import static com.google.common.truth.Truth.assertThat;
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
 * A model mistake is a javac error, never a crash: one error per mistake, with its stable code and
 * words that say what is wrong, on the line of the offending element or annotation value, and no
 * generated file at all. Each test holds one mistake in an otherwise valid model.
 */
class BadModelTest {
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
        .hadErrorContaining("[MW129] path parameter orderId does not appear in the path \"/orders\"")
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
        .hadErrorContaining("[MW132] @AtLeastOne names email, which Customer does not have")
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
        .hadErrorContaining("[MW134] @FileAttachment names mime, which Item does not have")
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
        .hadErrorContaining("[MW137] @FileAttachment's data field data must be a @Format(BASE64) String")
        .inFile(model).onLineContaining("@FileAttachment(");
  }

  @Test
  void fieldNamedLikeAGeneratedMethodIsRejected() {
    JavaFileObject model = model(shapeOfItem("""
          @Doc("Whether the item was checked") Boolean validate();
        """));

    Compilation compilation = compile(model);

    assertRejected(compilation, model);
    assertThat(compilation)
        .hadErrorContaining("[MW128] Item.validate would generate the accessor validate in Item, which the generator"
            + " already writes there; rename it (a field keeps its JSON name with @Json)")
        .inFile(model).onLineContaining("Boolean validate()");
  }

  /** An absent-or-null field is written through a private getter, {@code assigneeJson()}. */
  @Test
  void fieldNamedLikeAnotherFieldsJsonMemberIsRejected() {
    JavaFileObject model = model(shapeOfItem("""
          @ExplicitNull Long assignee();
          String assigneeJson();
        """));

    Compilation compilation = compile(model);

    assertRejected(compilation, model);
    assertThat(compilation)
        .hadErrorContaining("[MW128] Item.assigneeJson would generate the accessor assigneeJson in Item, which"
            + " Item.assignee already generates")
        .inFile(model).onLineContaining("String assigneeJson()");
  }

  /**
   * Any other field is read and written by Jackson through its own {@code @JsonProperty} field: no
   * {@code createdAtJson} member is generated, so a model field of that name is no clash.
   */
  @Test
  void fieldNamedLikeAnInstantsJsonSuffixIsAccepted() {
    JavaFileObject model = model(shapeOfItem("""
          Instant createdAt();
          String createdAtJson();
        """));

    assertThat(compile(model)).succeededWithoutWarnings();
  }

  @Test
  void fieldNamedLikeAListsElementSetterIsRejected() {
    JavaFileObject model = model(shapeOfItem("""
          List<String> tags();
          String addTag();
        """));

    Compilation compilation = compile(model);

    assertRejected(compilation, model);
    assertThat(compilation)
        .hadErrorContaining("[MW128] Item.addTag would generate the setter addTag in Item.Builder, which"
            + " Item.tags already generates")
        .inFile(model).onLineContaining("String addTag()");
  }

  @Test
  void fieldNamedLikeAPresenceTestIsRejected() {
    JavaFileObject model = model(shapeOfItem("""
          Boolean hasAssignee();
          @ExplicitNull Long assignee();
        """));

    Compilation compilation = compile(model);

    assertRejected(compilation, model);
    assertThat(compilation)
        .hadErrorContaining("[MW128] Item.assignee would generate the presence test hasAssignee in Item, which"
            + " Item.hasAssignee already generates")
        .inFile(model).onLineContaining("Long assignee()");
  }

  @Test
  void operationNamedLikeAnotherOperationsAsyncTwinIsRejected() {
    JavaFileObject model = model("""
        @Api(title = "Shop", baseUrl = "https://shop.example.com/", endpoints = {CreateItem.class, Later.class})
        public interface Shop {}

        @Endpoint(method = POST, path = "/items", status = 201, resource = "items", operation = "create")
        interface CreateItem {
          @Body Item item();
        }

        @Endpoint(method = POST, path = "/items/later", status = 201, resource = "items",
            operation = "createAsync" /* the twin's name */)
        interface Later {
          @Body Item item();
        }

        @Shape
        interface Item {
          String sku();
        }
        """);

    Compilation compilation = compile(model);

    assertRejected(compilation, model);
    assertThat(compilation)
        .hadErrorContaining("[MW128] items.createAsync would generate the method createAsync in Items, which"
            + " items.create already generates")
        .inFile(model).onLineContaining("the twin's name");
  }

  @Test
  void resourceNamedLikeAClientMethodIsRejected() {
    JavaFileObject model = model("""
        @Api(title = "Shop", baseUrl = "https://shop.example.com/", endpoints = CreateItem.class)
        public interface Shop {}

        @Endpoint(method = POST, path = "/items", status = 201, resource = "close", operation = "create")
        interface CreateItem {
          @Body Item item();
        }

        @Shape
        interface Item {
          String sku();
        }
        """);

    Compilation compilation = compile(model);

    assertRejected(compilation, model);
    assertThat(compilation)
        .hadErrorContaining("[MW128] resource close would generate the resource accessor close in Shop, which the"
            + " generator already writes there")
        .inFile(model).onLineContaining("resource = \"close\"");
  }

  /**
   * One model per error code that has no test of its own above: each code means one mistake, and the
   * error lands on the model line that has it.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("oneMistakeEach")
  void eachCodeIsOneMistakeOnItsLine(String code, String declarations, String message, String line) {
    JavaFileObject model = model(declarations);

    Compilation compilation = compile(model);

    assertRejected(compilation, model);
    assertThat(compilation).hadErrorContaining(message).inFile(model).onLineContaining(line);
  }

  static Stream<Arguments> oneMistakeEach() {
    return Stream.of(
        Arguments.of("MW117", "@Api(title = \"Shop\", baseUrl = \"https://shop.example.com/\", endpoints = CreateItem.class)\npublic interface Shop {}\n\ninterface CreateItem {\n  @Body Item item();\n}\n\n        @Shape\n        interface Item {\n          String sku();\n        }\n",
            "[MW117] CreateItem is listed as an endpoint but has no @Endpoint", "endpoints = CreateItem.class"),
        Arguments.of("MW118", shapeOfItem("  Color color();\n}\n\nenum Color {\n  red,\n  @Json(\"red\") crimson\n"),
            "[MW118] wire value \"red\" is used twice in Color", "crimson"),
        Arguments.of("MW119", petUnion("@Variant(value = \"dog\", shape = Dog.class)\n@Variant(value = \"cat\", shape = String.class)\n", "String name();"),
            "[MW119] variant \"cat\" of Pet must name a @Shape, was String", "interface Pet"),
        Arguments.of("MW120", "@Api(title = \"Shop\", baseUrl = \"https://shop.example.com/\", endpoints = CreateItem.class)\npublic interface Shop {}\n\n@Endpoint(method = POST, path = \"items\", status = 201, resource = \"items\", operation = \"create\")\ninterface CreateItem {\n  @Body Item item();\n}\n\n        @Shape\n        interface Item {\n          String sku();\n        }\n",
            "[MW120] malformed path \"items\": it must start with /", "path = \"items\""),
        Arguments.of("MW130", shapeOfItem("  @Length(min = -1, max = 2) String code();\n"),
            "[MW130] bounds of Item.code have a negative min -1", "@Length(min = -1"),
        Arguments.of("MW131", petUnion("", "String name();"),
            "[MW131] Pet has no @Variant", "@Union(discriminator"),
        Arguments.of("MW133", "@Api(title = \"Shop\", baseUrl = \"https://shop.example.com/\", endpoints = CreateItem.class)\npublic interface Shop {}\n\n@Endpoint(method = POST, path = \"/items\", status = 201, resource = \"items\", operation = \"create\")\ninterface CreateItem {\n  @Body Item item();\n}\n\n@Shape\n@AtLeastOne({})\ninterface Item {\n  String sku();\n}\n",
            "[MW133] @AtLeastOne names no field", "@AtLeastOne"),
        Arguments.of("MW135", "@Api(title = \"Shop\", baseUrl = \"https://shop.example.com/\", endpoints = CreateItem.class)\npublic interface Shop {}\n\n@Endpoint(method = POST, path = \"/items/{itemId}\", status = 201, resource = \"items\", operation = \"create\")\ninterface CreateItem {\n  @PathParam Boolean itemId();\n  @Body Item item();\n}\n\n        @Shape\n        interface Item {\n          String sku();\n        }\n",
            "[MW135] path parameter itemId has type Boolean; a path parameter is a long, an int or a String", "Boolean itemId()"),
        Arguments.of("MW136", shapeOfItem("  @Format(Format.Kind.BASE64) List<String> blobs();\n"),
            "[MW136] @Format(BASE64) on Item.blobs; binary content is one String field, not a list", "List<String> blobs()"),
        Arguments.of("MW138", shapeOfItem("  Long mime();\n  @Format(Format.Kind.BASE64) String data();\n").replace("@Shape\n", "@Shape\n@FileAttachment(fileName = \"sku\", mimeType = \"mime\", data = \"data\")\n"),
            "[MW138] @FileAttachment's mime must be a plain String field", "@FileAttachment("),
        Arguments.of("MW139", "@Api(title = \"Shop\", baseUrl = \"https://shop.example.com/\", endpoints = CreateItem.class)\npublic interface Shop {}\n\n@Endpoint(method = POST, path = \"/items\", status = 201, resource = \"items\", operation = \"create\")\ninterface CreateItem {\n  @Body String item();\n}\n",
            "[MW139] the @Body of CreateItem must be a @Shape, was String", "path = \"/items\""),
        Arguments.of("MW140", "@Api(title = \"Shop\", baseUrl = \"https://shop.example.com/\", endpoints = {CreateItem.class, Other.CreateItem.class})\npublic interface Shop {}\n\n@Endpoint(method = POST, path = \"/items\", status = 201, resource = \"items\", operation = \"create\")\ninterface CreateItem {\n  @Body Item item();\n}\n\ninterface Other {\n  @Endpoint(method = POST, path = \"/others\", status = 201, resource = \"others\", operation = \"create\")\n  interface CreateItem {\n    @Body Item item();\n  }\n}\n\n        @Shape\n        interface Item {\n          String sku();\n        }\n",
            "[MW140] two endpoints are named CreateItem", "path = \"/others\""),
        Arguments.of("MW141", "@Api(title = \"Shop\", baseUrl = \"https://shop.example.com/\", endpoints = CreateItem.class)\npublic interface Shop {}\n\n@Endpoint(method = POST, path = \"/items\", status = 201, resource = \"items\", operation = \"new\")\ninterface CreateItem {\n  @Body Item item();\n}\n\n        @Shape\n        interface Item {\n          String sku();\n        }\n",
            "[MW141] resource \"items\" and operation \"new\" must be Java names", "operation = \"new\""),
        Arguments.of("MW142", shapeOfItem("  Color color();\n}\n\nenum Color {\n  darkBlue,\n  dark_blue\n"),
            "[MW142] values of Color differ only in case or punctuation: [darkBlue, dark_blue]", "enum Color"),
        Arguments.of("MW143", "@Api(title = \"Shop\", baseUrl = \"https://shop.example.com/\", endpoints = AdmitPets.class)\npublic interface Shop {}\n\n@Endpoint(method = POST, path = \"/pets\", status = 201, resource = \"pets\", operation = \"admit\")\ninterface AdmitPets {\n  List<Pet> pets();\n  List<Animal> animals();\n}\n\n@Union(discriminator = \"kind\")\n@Variant(value = \"dog\", shape = Dog.class)\ninterface Pet {}\n\n@Union(discriminator = \"type\")\n@Variant(value = \"dog\", shape = Dog.class) // the second\ninterface Animal {}\n\n@Shape\ninterface Dog {\n  String name();\n}\n",
            "[MW143] Dog is a member of Pet and Animal; a shape can be a member of one union", "the second"),
        Arguments.of("MW147", shapeOfItem("  @Pattern(\"[0-9]+\") Long count();\n"),
            "[MW147] @Pattern on Item.count of type Long; it applies to String fields", "Long count()"),
        Arguments.of("MW148", shapeOfItem("  @Pattern(\"[a-z\") String code();\n"),
            "[MW148] @Pattern of Item.code is not a regular expression: Unclosed character class near index 3 of"
                + " \"[a-z\"", "String code()"),
        Arguments.of("MW149", shapeOfItem("  @Range(min = 1) String count();\n"),
            "[MW149] @Range on Item.count of type String; it applies to Long and Integer fields", "String count()"),
        Arguments.of("MW150", shapeOfItem("  @Range(min = 5, max = 2) Long count();\n"),
            "[MW150] @Range of Item.count has min 5 > max 2", "Long count()"),
        Arguments.of("MW144", "@Api(title = \"Shop\", baseUrl = \"https://shop.example.com/\", endpoints = CreateItem.class)\npublic interface Shop {}\n\n@Endpoint(method = POST, path = \"/items\", status = 1000, resource = \"items\", operation = \"create\")\ninterface CreateItem {\n  @Body Item item();\n}\n\n        @Shape\n        interface Item {\n          String sku();\n        }\n",
            "[MW144] status 1000 is not an HTTP status", "status = 1000"));
  }

  @Test
  void shapeExtendingAnInterfaceThatIsNoMixinIsRejected() {
    JavaFileObject model = model(shapeOfItem("""
          String name();
        """).replace("interface Item {", "interface Item extends Named {") + """

        interface Named {
          String name();
        }
        """);

    Compilation compilation = compile(model);

    assertRejected(compilation, model);
    assertThat(compilation)
        .hadErrorContaining("[MW145] Item extends Named, which is not a @Mixin: a model interface can include only"
            + " mixins")
        .inFile(model).onLineContaining("interface Item extends Named");
  }

  @Test
  void mixinFieldPlacedWithAnnotationsIsRejected() {
    JavaFileObject model = model(shapeOfItem("""
          @Doc("Said again") Boolean imported();
        """).replace("interface Item {", "interface Item extends Imported {") + """

        @Mixin
        interface Imported {
          @Doc("Whether it is imported") Boolean imported();
        }
        """);

    Compilation compilation = compile(model);

    assertRejected(compilation, model);
    assertThat(compilation)
        .hadErrorContaining("[MW146] Item redeclares imported() of a @Mixin with annotations: a redeclared mixin"
            + " field only places it, its annotations stay in the mixin")
        .inFile(model).onLineContaining("@Doc(\"Said again\")");
  }

  @Test
  void mixinFieldBreakingARuleIsReportedOnTheMixin() {
    JavaFileObject model = model(shapeOfItem("").replace("interface Item {", "interface Item extends Counted {")
        + """

        @Mixin
        interface Counted {
          @Length(max = 3) Long count();
        }
        """);

    Compilation compilation = compile(model);

    assertRejected(compilation, model);
    assertThat(compilation)
        .hadErrorContaining("[MW103] @Length on Item.count of type Long")
        .inFile(model).onLineContaining("@Length(max = 3) Long count()");
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
