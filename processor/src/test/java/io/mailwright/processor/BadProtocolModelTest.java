package io.mailwright.processor;

import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.mailwright.processor.BadModels.TRIGGER;
import static io.mailwright.processor.BadModels.model;

import com.google.testing.compile.Compilation;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Mistakes in what the model's root says beyond HTTP ({@code @Authorization}, {@code @ApiHeaders},
 * {@code @ErrorBody}, {@code @ErrorType}) and in the meaning of a response header: MW170-MW190, one
 * code per member and mistake, each a javac error on the offending annotation value (javac 17 puts
 * one in a repeated annotation on the annotated type, as for MW107), and nothing is generated. Each
 * case holds one mistake in an otherwise valid model.
 */
class BadProtocolModelTest {
  static Stream<Arguments> mistakes() {
    return Stream.of(
        root("MW170", "@Authorization(tokenPath = \"/oauth/token\")",
            "@Authorization's tokenPath \"/oauth/token\" is not a path relative to the base URL", "/oauth/token"),
        root("MW170", "@Authorization(tokenPath = \"\")", "@Authorization's tokenPath is empty", "@Authorization"),
        root("MW171", "@Authorization(tokenPath = \"token\", authorizeUrl = \"http://shop.example.com/authorize\")",
            "@Authorization's authorizeUrl \"http://shop.example.com/authorize\" is not an absolute https URL",
            "http://shop.example.com/authorize"),
        root("MW172", "@ApiHeaders(correlationId = \"Correlation Id\")",
            "@ApiHeaders's correlationId \"Correlation Id\" is not an HTTP header name", "Correlation Id"),
        root("MW173", "@ApiHeaders(rateLimit = \"X-Limit:\")",
            "@ApiHeaders's rateLimit \"X-Limit:\" is not an HTTP header name", "X-Limit:"),
        root("MW174", "@ApiHeaders(rateLimitRemaining = \"X Left\")",
            "@ApiHeaders's rateLimitRemaining \"X Left\" is not an HTTP header name", "X Left"),
        root("MW175", "@ApiHeaders(retryAfter = \"Retry After\")",
            "@ApiHeaders's retryAfter \"Retry After\" is not an HTTP header name", "Retry After"),
        root("MW176", "@ErrorBody(message = \"error message\")",
            "@ErrorBody's message \"error message\" is not a JSON member name, or a dotted path of them",
            "error message"),
        root("MW177", "@ErrorBody(correlationId = \"log..ref\")",
            "@ErrorBody's correlationId \"log..ref\" is not a JSON member name", "log..ref"),
        root("MW178", "@ErrorBody(fieldErrors = \"errors.\")",
            "@ErrorBody's fieldErrors \"errors.\" is not a JSON member name", "errors."),
        root("MW179", "@ErrorBody(fieldErrors = \"errors\", fieldPath = \"json path\")",
            "@ErrorBody's fieldPath \"json path\" is not a JSON member name", "json path"),
        root("MW180", "@ErrorBody(fieldErrors = \"errors\", fieldMessage = \".message\")",
            "@ErrorBody's fieldMessage \".message\" is not a JSON member name", ".message"),
        root("MW181", "@ErrorBody(fieldErrors = \"errors\", fieldRejectedValue = \"given value\")",
            "@ErrorBody's fieldRejectedValue \"given value\" is not a JSON member name", "given value"),
        root("MW182", "@ErrorBody(fieldErrors = \"errors\", fieldCodeLink = \"about.code\")",
            "@ErrorBody's fieldCodeLink \"about.code\" is not a link relation", "about.code"),
        root("MW183", "@ErrorBody(fieldPath = \"path\")",
            "@ErrorBody's fieldPath describes a field error, but fieldErrors does not say where the list of them is",
            "fieldPath = \"path\""),
        root("MW184", "@ErrorType(status = 503, name = \"MaintenanceException\", doc = \"Down for maintenance.\")",
            "@ErrorType status 503 is not a client error (400-499)", "status = 503"),
        root("MW185", "@ErrorType(status = 404, name = \"MissingException\", doc = \"Not there.\")",
            "@ErrorType status 404 has the runtime's own exception type", "status = 404"),
        root("MW186", "@ErrorType(status = 409, name = \"BusyException\", doc = \"one\")\n"
                + "@ErrorType(status = 409, name = \"TakenException\", doc = \"two\")",
            "two @ErrorType declare status 409", "public interface Shop"),
        root("MW187", "@ErrorType(status = 409, name = \"Conflict\", doc = \"Taken.\")",
            "@ErrorType name \"Conflict\" is not a Java class name ending in Exception", "\"Conflict\""),
        root("MW188", "@ErrorType(status = 409, name = \"BusyException\", doc = \"one\")\n"
                + "@ErrorType(status = 423, name = \"BusyException\", doc = \"two\")",
            "@ErrorType name BusyException is the name of another generated type", "public interface Shop"),
        endpoint("MW189", """
            @Endpoint(method = GET, path = "/orders/{orderId}", status = 200, resource = "orders", operation = "get")
            @Returns(Order.class)
            @ResponseHeader(name = "Order-Id", doc = "The order's id", meaning = ResponseHeader.Meaning.RESOURCE_ID)
            interface GetOrder {
              @PathParam long orderId();
            }

            @Shape
            interface Order {
              Long id();
            }
            """, "GetOrder", "header Order-Id of GetOrder means RESOURCE_ID, which only the answer of a write"
            + " without a response body (a Created) has", "Order-Id"),
        endpoint("MW190", """
            @Endpoint(method = POST, path = "/orders", status = 201, resource = "orders", operation = "create")
            @ResponseHeader(name = "Order-Id", doc = "The order's id", meaning = ResponseHeader.Meaning.RESOURCE_ID)
            @ResponseHeader(name = "Order-Number", doc = "Its number", meaning = ResponseHeader.Meaning.RESOURCE_ID)
            interface CreateOrder {
              String note();
            }
            """, "CreateOrder", "two headers of CreateOrder mean RESOURCE_ID: Order-Id and Order-Number",
            "interface CreateOrder"));
  }

  /** A valid model whose root also carries {@code annotations}. */
  private static Arguments root(String code, String annotations, String message, String line) {
    return Arguments.of(code, annotations + "\n" + """
        @Api(title = "Shop", baseUrl = "https://shop.example.com/", endpoints = CreateOrder.class)
        public interface Shop {}

        @Endpoint(method = POST, path = "/orders", status = 201, resource = "orders", operation = "create")
        interface CreateOrder {
          String note();
        }
        """, message, line);
  }

  /** A model of this one endpoint. */
  private static Arguments endpoint(String code, String endpoint, String name, String message, String line) {
    return Arguments.of(code, "@Api(title = \"Shop\", baseUrl = \"https://shop.example.com/\", endpoints = " + name
        + ".class)\npublic interface Shop {}\n\n" + endpoint, message, line);
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("mistakes")
  void eachMistakeIsOneErrorWithItsCodeOnItsValue(String code, String declarations, String message, String line) {
    JavaFileObject model = model(declarations);
    Compilation compilation = TestCompiler.javac().compile(TRIGGER, model);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    for (Diagnostic<? extends JavaFileObject> d : compilation.diagnostics()) {
      // A mistake of the model is reported, never a stack trace of the processor.
      assertWithMessage("diagnostic %s", d).that(d.getMessage(Locale.ROOT)).doesNotContain("\tat ");
    }
    assertThat(compilation).hadErrorContaining("[" + code + "] " + message).inFile(model).onLineContaining(line);
    assertWithMessage("files generated from a bad model")
        .that(TestCompiler.filesWrittenFor(List.of(TRIGGER, model)))
        .isEmpty();
  }
}
