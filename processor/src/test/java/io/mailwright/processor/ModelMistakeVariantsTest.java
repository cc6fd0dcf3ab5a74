package io.mailwright.processor;

import static io.mailwright.processor.BadModels.TRIGGER;
import static io.mailwright.processor.BadModels.model;
import static io.mailwright.processor.BadModels.shapeOfItem;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The model mistakes {@link BadModelTest} leaves out: every kind of name clash, names that are not
 * Java names, an endpoint without {@code @Endpoint}, malformed paths and statuses, a negative
 * minimum, Base64 on a list; and where each error lands when the annotation and the method it
 * annotates are on different lines (a user's model is formatted that way as often as not): on the
 * annotation, never on the method. Also: a model type that only appears in a later round is
 * waited for, and a type that never appears is reported once.
 */
class ModelMistakeVariantsTest {
  // --- MW115: two generated types with one name

  @Test
  void shapeNamedLikeTheClientIsRejected() {
    // The client is "Shop" (see TRIGGER); a shape nested elsewhere can still take the name.
    JavaFileObject model = model(shapeOfItem("""
          Outer.Shop shop();
        """) + """

        interface Outer {
          @Shape
          interface Shop { String name(); }
        }
        """);

    assertOneError(model, "[MW115] two generated types would be named Shop: give one of the model's types"
        + " (or the client) another name", "interface Shop { String name(); }");
  }

  @Test
  void shapeNamedLikeTheClientsRetrofitInterfaceIsRejected() {
    JavaFileObject model = model(shapeOfItem("""
          ShopApi api();
        """) + """

        @Shape
        interface ShopApi { String version(); }
        """);

    assertOneError(model, "[MW115] two generated types would be named ShopApi", "interface ShopApi");
  }

  @Test
  void unionNamedLikeAShapeIsRejected() {
    JavaFileObject model = model(shapeOfItem("""
          Outer.Item other();
        """) + """

        interface Outer {
          @Union(discriminator = "kind")
          @Variant(value = "box", shape = Box.class)
          interface Item {}
        }

        @Shape
        interface Box { String size(); }
        """);

    assertOneError(model, "[MW115] two generated types would be named Item", "@Union(discriminator = \"kind\")");
  }

  @Test
  void valueListNamedLikeAShapeIsRejected() {
    JavaFileObject model = model(shapeOfItem("""
          Outer.Item grade();
        """) + """

        interface Outer {
          enum Item { GOOD, BAD }
        }
        """);

    assertOneError(model, "[MW115] two generated types would be named Item", "enum Item");
  }

  @Test
  void resourceGroupNamedLikeAShapeIsRejected() {
    // Resource "items" makes the group class Items, which the shape Items already is.
    JavaFileObject model = model(shapeOfItem("""
          Items items();
        """) + """

        @Shape
        interface Items { String count(); }
        """);

    assertOneError(model, "[MW115] two generated types would be named Items", "resource = \"items\"");
  }

  @Test
  void twoEndpointsWithOneNameAreRejected() {
    JavaFileObject model = model("""
        @Api(title = "Shop", baseUrl = "https://shop.example.com/", endpoints = {V1.CreateItem.class, V2.CreateItem.class})
        public interface Shop {}

        interface V1 {
          @Endpoint(method = POST, path = "/v1/items", status = 201, resource = "items", operation = "createV1")
          interface CreateItem {}
        }

        interface V2 {
          @Endpoint(method = POST, path = "/v2/items", status = 201, resource = "items", operation = "createV2")
          interface CreateItem {}
        }
        """);

    assertOneError(model, "[MW140] two endpoints are named CreateItem", "path = \"/v2/items\"");
  }

  // --- MW141, MW117, MW120, MW144: endpoint declarations

  @Test
  void operationThatIsNotAJavaNameIsRejected() {
    JavaFileObject model = model(endpoint("""
        @Endpoint(method = POST, path = "/items", status = 201, resource = "items",
            operation = "create-item")
        """));

    assertOneError(model, "[MW141] resource \"items\" and operation \"create-item\" must be Java names",
        "operation = \"create-item\"");
  }

  @Test
  void resourceThatIsNotAJavaNameIsRejected() {
    JavaFileObject model = model(endpoint("""
        @Endpoint(method = POST, path = "/items", status = 201, resource = "line items",
            operation = "create")
        """));

    assertOneError(model, "[MW141] resource \"line items\" and operation \"create\" must be Java names",
        "operation = \"create\"");
  }

  @Test
  void endpointWithoutEndpointAnnotationIsRejectedWhereItIsListed() {
    JavaFileObject model = model("""
        @Api(title = "Shop", baseUrl = "https://shop.example.com/",
            endpoints = CreateItem.class)
        public interface Shop {}

        interface CreateItem {}
        """);

    assertOneError(model, "[MW117] CreateItem is listed as an endpoint but has no @Endpoint",
        "endpoints = CreateItem.class");
  }

  @Test
  void pathWithoutLeadingSlashIsRejected() {
    JavaFileObject model = model(endpoint("""
        @Endpoint(method = POST, status = 201, resource = "items", operation = "create",
            path = "items")
        """));

    assertOneError(model, "[MW120] malformed path \"items\": it must start with / and put each path parameter"
        + " alone between braces", "path = \"items\"");
  }

  @Test
  void pathWithAStrayBraceIsRejected() {
    JavaFileObject model = model(endpoint("""
        @Endpoint(method = POST, status = 201, resource = "items", operation = "create",
            path = "/items}")
        """));

    assertOneError(model, "[MW120] malformed path \"/items}\"", "path = \"/items}\"");
  }

  @Test
  void statusOutsideHttpIsRejected() {
    for (int status : new int[] {99, 600}) {
      JavaFileObject model = model(endpoint("""
          @Endpoint(method = POST, path = "/items", resource = "items", operation = "create",
              status = %d)
          """.formatted(status)));

      assertOneError(model, "[MW144] status " + status + " is not an HTTP status", "@Endpoint(");
    }
  }

  @Test
  void statusesAtTheEdgesOfHttpAreAccepted() {
    for (int status : new int[] {100, 599}) {
      JavaFileObject model = model(endpoint("""
          @Endpoint(method = POST, path = "/items", resource = "items", operation = "create", status = %d)
          """.formatted(status)));

      assertThat(TestCompiler.javac().compile(TRIGGER, model)).succeededWithoutWarnings();
    }
  }

  // --- field rules, with the annotation on its own line: the error is on the annotation

  @Test
  void negativeMinimumIsRejectedOnTheAnnotation() {
    JavaFileObject model = model(shapeOfItem("""
          @Length(min = -1, max = 2)
          String code();
        """));

    assertOneError(model, "[MW130] bounds of Item.code have a negative min -1", "@Length(min = -1, max = 2)");
  }

  @Test
  void sizeBoundsWithMinAboveMaxAreRejectedOnTheAnnotation() {
    JavaFileObject model = model(shapeOfItem("""
          @Size(min = 3, max = 1)
          List<String> tags();
        """));

    assertOneError(model, "[MW104] bounds of Item.tags have min 3 > max 1", "@Size(min = 3, max = 1)");
  }

  @Test
  void base64OnAListIsRejectedOnTheAnnotation() {
    JavaFileObject model = model(shapeOfItem("""
          @Format(Format.Kind.BASE64)
          List<String> files();
        """));

    assertOneError(model, "[MW136] @Format(BASE64) on Item.files; binary content is one String field, not a list",
        "@Format(Format.Kind.BASE64)");
  }

  @Test
  void formatOnANumberIsRejectedOnTheAnnotation() {
    JavaFileObject model = model(shapeOfItem("""
          @Format(EMAIL)
          Long owner();
        """));

    assertOneError(model, "[MW111] @Format on Item.owner of type Long", "@Format(EMAIL)");
  }

  @Test
  void lengthOnANumberIsRejectedOnTheAnnotation() {
    JavaFileObject model = model(shapeOfItem("""
          @Length(max = 10)
          Long count();
        """));

    assertOneError(model, "[MW103] @Length on Item.count of type Long", "@Length(max = 10)");
  }

  @Test
  void lengthOnBase64IsRejectedOnTheAnnotation() {
    JavaFileObject model = model(shapeOfItem("""
          @Length(max = 10)
          @Format(Format.Kind.BASE64)
          String data();
        """));

    assertOneError(model, "[MW103] @Length on Item.data of type String", "@Length(max = 10)");
  }

  @Test
  void sizeOnAStringIsRejectedOnTheAnnotation() {
    JavaFileObject model = model(shapeOfItem("""
          @Size(max = 3)
          String tags();
        """));

    assertOneError(model, "[MW110] @Size on Item.tags of type String", "@Size(max = 3)");
  }

  @Test
  void requiredAbsentOrNullFieldIsRejectedOnRequired() {
    JavaFileObject model = model(shapeOfItem("""
          @ExplicitNull
          @Required // contradicts @ExplicitNull
          Long assignee();
        """));

    assertOneError(model, "[MW109] Item.assignee is required and \"absent or null\"",
        "@Required // contradicts");
  }

  @Test
  void duplicateJsonNameIsRejectedOnItsJsonAnnotation() {
    JavaFileObject model = model(shapeOfItem("""
          String name();
          @Json("name")
          String title();
        """));

    assertOneError(model, "[MW102] JSON name \"name\" of title is already used by name in Item", "@Json(\"name\")");
  }

  @Test
  void onlyWhenNamingTheFieldItselfIsRejectedOnTheFieldName() {
    JavaFileObject model = model(shapeOfItem("""
          @OnlyWhen(value = "true",
              field = "createdAt")
          Instant createdAt();
        """));

    assertOneError(model, "[MW106] @OnlyWhen of Item.createdAt names the field itself", "field = \"createdAt\"");
  }

  @Test
  void onlyWhenValueOutsideAnIntIsRejected() {
    JavaFileObject model = model(shapeOfItem("""
          Integer count();
          @OnlyWhen(field = "count",
              value = "3000000000")
          Instant createdAt();
        """));

    assertOneError(model, "[MW113] @OnlyWhen of Item.createdAt requires count to be \"3000000000\", a value its"
        + " type Integer cannot have", "value = \"3000000000\"");
  }

  // --- rounds

  /** Another processor generates a type the model refers to: the model is read once it exists. */
  @Test
  void modelTypeThatAppearsInALaterRoundIsWaitedFor() {
    JavaFileObject model = model(shapeOfItem("""
          Warranty warranty();
        """));

    Compilation compilation = TestCompiler.javac()
        .withProcessors(new ClientProcessor(), new WarrantyProcessor())
        .compile(TRIGGER, model);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("com.example.bad.Warranty");
    assertThat(compilation).generatedSourceFile("com.example.bad.Item")
        .contentsAsUtf8String().contains("Warranty warranty()");
  }

  /** Two types that never appear, many rounds: one MW901 for the package, not one per type or round. */
  @Test
  void typesThatNeverAppearAreReportedOnceForThePackage() {
    JavaFileObject model = model(shapeOfItem("""
          Warranty warranty();
          Guarantee guarantee();
        """));

    Compilation compilation = TestCompiler.javac()
        .withProcessors(new ClientProcessor(), new WarrantyProcessor().named("Unrelated"))
        .compile(TRIGGER, model);

    assertThat(compilation).failed();
    long mw901 = compilation.errors().stream()
        .filter(d -> d.getMessage(Locale.ROOT).contains("[MW901] the model of package com.example.bad refers to types"
            + " that never became available"))
        .count();
    assertThat(mw901).isEqualTo(1);
    assertThat(compilation).hadErrorContaining("Warranty");
    assertThat(compilation).hadErrorContaining("Guarantee");
  }

  /** Writes {@code com.example.bad.model.<name>}, a shape, in the first round. */
  private static final class WarrantyProcessor extends AbstractProcessor {
    private String name = "Warranty";
    private boolean written;

    WarrantyProcessor named(String name) {
      this.name = name;
      return this;
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (written) {
        return false;
      }
      written = true;
      try (Writer w = processingEnv.getFiler().createSourceFile("com.example.bad.model." + name).openWriter()) {
        w.write("""
            package com.example.bad.model;

            @io.mailwright.model.Shape
            public interface %s {
              String months();
            }
            """.formatted(name));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return false;
    }
  }

  // --- the remaining checks of the validation phase

  @Test
  void pathParameterOfAnotherTypeIsRejected() {
    JavaFileObject model = model("""
        @Api(title = "Shop", baseUrl = "https://shop.example.com/", endpoints = CreateItem.class)
        public interface Shop {}

        @Endpoint(method = POST, path = "/items/{flag}", status = 201, resource = "items", operation = "create")
        interface CreateItem {
          @PathParam
          Boolean flag();
        }
        """);

    assertOneError(model, "[MW135] path parameter flag has type Boolean; a path parameter is a long, an int or a"
        + " String", "@PathParam");
  }

  @Test
  void bodyThatIsNotAShapeIsRejected() {
    JavaFileObject model = model("""
        @Api(title = "Shop", baseUrl = "https://shop.example.com/", endpoints = CreateItem.class)
        public interface Shop {}

        @Endpoint(method = POST, path = "/items", status = 201, resource = "items", operation = "create")
        interface CreateItem {
          @Body String text();
        }
        """);

    assertOneError(model, "[MW139] the @Body of CreateItem must be a @Shape, was String", "@Endpoint(");
  }

  @Test
  void fileAttachmentWhoseMimeTypeIsNotAPlainStringIsRejected() {
    JavaFileObject model = model(shapeOfItem("""
          Long mime();
          @Format(Format.Kind.BASE64) String data();
        """).replace("@Shape\n", "@Shape\n@FileAttachment(fileName = \"sku\", mimeType = \"mime\", data = \"data\")\n"));

    assertOneError(model, "[MW138] @FileAttachment's mime must be a plain String field", "@FileAttachment(");
  }

  @Test
  void atLeastOneNamingNoFieldIsRejected() {
    JavaFileObject model = model(shapeOfItem("").replace("@Shape\n", "@Shape\n@AtLeastOne({})\n"));

    assertOneError(model, "[MW133] @AtLeastOne names no field", "@AtLeastOne({})");
  }

  @Test
  void listOfInstantsIsUnsupported() {
    JavaFileObject model = model(shapeOfItem("""
          List<Instant> times();
        """));

    assertOneError(model, "[MW108] Item.times has unsupported type", "List<Instant> times()");
  }

  @Test
  void variantThatIsNotAShapeIsRejected() {
    JavaFileObject model = model(union("@Variant(value = \"text\", shape = String.class)", ""));

    assertOneError(model, "[MW119] variant \"text\" of Pet must name a @Shape, was String",
        "@Variant(value = \"text\"");
  }

  @Test
  void shapeInTwoUnionsIsRejected() {
    JavaFileObject model = model(union("@Variant(value = \"dog\", shape = Dog.class)", """

        @Union(discriminator = "kind")
        @Variant(value = "dog", shape = Dog.class)
        interface Animal {}
        """).replace("List<Pet> pets();", "List<Pet> pets();\n  List<Animal> animals();"));

    Compilation compilation = TestCompiler.javac().compile(TRIGGER, model);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("; a shape can be a member of one union");
  }

  @Test
  void unionWithoutVariantsIsRejected() {
    JavaFileObject model = model(union("", ""));

    assertOneError(model, "[MW131] Pet has no @Variant", "@Union(discriminator");
  }

  @Test
  void wireValueUsedTwiceInAValueListIsRejected() {
    JavaFileObject model = model(shapeOfItem("""
          Color color();
        }

        enum Color {
          @Json("red") RED,
          @Json("red") CRIMSON
        """));

    assertOneError(model, "[MW118] wire value \"red\" is used twice in Color", "CRIMSON");
  }

  @Test
  void valuesThatDifferOnlyInPunctuationAreRejected() {
    JavaFileObject model = model(shapeOfItem("""
          Color color();
        }

        enum Color {
          @Json("dark-red") DARK,
          @Json("dark_red") DEEP
        """));

    assertOneError(model, "[MW142] values of Color differ only in case or punctuation", "enum Color");
  }

  @Test
  void zeroMinimumEqualBoundsAndIntLimitsAreAccepted() {
    JavaFileObject model = model(shapeOfItem("""
          @Length(min = 0, max = 5) String code();
          @Length(min = 4, max = 4) String pin();
          Integer count();
          @OnlyWhen(field = "count", value = "2147483647") String big();
          @OnlyWhen(field = "count", value = "-2147483648") String small();
        """));

    assertThat(TestCompiler.javac().compile(TRIGGER, model)).succeededWithoutWarnings();
  }

  /** A model whose one endpoint takes a list of the union Pet with these variants; {@code more} follows. */
  private static String union(String variants, String more) {
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
          String name();
        }
        """ + more;
  }

  // --- helpers

  /** Exactly one error, reported (no exception's name), on the line holding {@code line}; nothing generated. */
  private static void assertOneError(JavaFileObject model, String message, String line) {
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

  /** A model whose one endpoint, declared by {@code annotation}, has the body Item. */
  private static String endpoint(String annotation) {
    return """
        @Api(title = "Shop", baseUrl = "https://shop.example.com/", endpoints = CreateItem.class)
        public interface Shop {}

        """ + annotation + """
        interface CreateItem {
          @Body Item item();
        }

        @Shape
        interface Item {
          @Required String sku();
        }
        """;
  }
}
