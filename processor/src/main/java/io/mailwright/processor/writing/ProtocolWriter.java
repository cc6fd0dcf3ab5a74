package io.mailwright.processor.writing;

import static javax.lang.model.element.Modifier.FINAL;
import static javax.lang.model.element.Modifier.PUBLIC;
import static javax.lang.model.element.Modifier.STATIC;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.mailwright.processor.binding.ApiModel;
import io.mailwright.processor.binding.ProtocolModel.Key;
import io.mailwright.processor.binding.ProtocolModel;
import java.util.ArrayList;
import java.util.List;

/**
 * What the model's root says beyond HTTP, written for the runtime: the entry point's
 * {@code PROTOCOL} (the runtime's {@code ApiProtocol}, built from {@code @Authorization},
 * {@code @ApiHeaders}, {@code @ErrorBody} and {@code @ErrorType}), the {@code oauth(...)} factories
 * when the model names an authorization page, and one exception class per {@code @ErrorType}.
 */
final class ProtocolWriter {
  static final String FIELD = "PROTOCOL";

  private final ApiModel model;
  private final ProtocolModel protocol;

  ProtocolWriter(ApiModel model) {
    this.model = model;
    this.protocol = model.protocol();
  }

  /** The exception type of a status, when the model gives it one. */
  ClassName errorType(int status) {
    ProtocolModel.ErrorType t = protocol.errorType(status);
    return t == null ? null : ClassName.get(model.packageName(), t.name());
  }

  /** {@code static final ApiProtocol PROTOCOL = ApiProtocol.builder(DEFAULT_BASE_URL)...build();} */
  FieldSpec field() {
    CodeBlock.Builder init = CodeBlock.builder().add("$T.builder(DEFAULT_BASE_URL)$>", Names.PROTOCOL);
    if (protocol.value(Key.TOKEN_PATH) != null) {
      init.add("\n.tokenPath($S)", protocol.value(Key.TOKEN_PATH));
    }
    if (protocol.value(Key.AUTHORIZE_URL) != null) {
      init.add("\n.authorizeUrl($S)", protocol.value(Key.AUTHORIZE_URL));
    }
    if (protocol.value(Key.CORRELATION_ID_HEADER) != null) {
      init.add("\n.correlationIdHeader($S)", protocol.value(Key.CORRELATION_ID_HEADER));
    }
    if (any(Key.RATE_LIMIT_HEADER, Key.RATE_LIMIT_REMAINING_HEADER, Key.RETRY_AFTER_HEADER)) {
      init.add("\n.rateLimitHeaders($L)", values(Key.RATE_LIMIT_HEADER, Key.RATE_LIMIT_REMAINING_HEADER,
          Key.RETRY_AFTER_HEADER));
    }
    if (any(Key.MESSAGE, Key.CORRELATION_ID, Key.FIELD_ERRORS, Key.FIELD_PATH, Key.FIELD_MESSAGE,
        Key.FIELD_REJECTED_VALUE, Key.FIELD_CODE_LINK)) {
      init.add("\n.errorBody(new $T($>\n$L))$<", Names.PROTOCOL.nestedClass("ErrorBody"), values(Key.MESSAGE,
          Key.CORRELATION_ID, Key.FIELD_ERRORS, Key.FIELD_PATH, Key.FIELD_MESSAGE, Key.FIELD_REJECTED_VALUE,
          Key.FIELD_CODE_LINK));
    }
    for (ProtocolModel.ErrorType t : protocol.errorTypes()) {
      init.add("\n.errorType($L, $T::new, $S)", t.status(), ClassName.get(model.packageName(), t.name()), t.doc());
    }
    init.add("\n.build()$<");
    return FieldSpec.builder(Names.PROTOCOL, FIELD, STATIC, FINAL)
        .addJavadoc("What the API says beyond HTTP, as the model declares it: for the runtime.\n")
        .initializer(init.build())
        .build();
  }

  private boolean any(Key... keys) {
    for (Key k : keys) {
      if (protocol.value(k) != null) {
        return true;
      }
    }
    return false;
  }

  private CodeBlock values(Key... keys) {
    List<CodeBlock> values = new ArrayList<>();
    for (Key k : keys) {
      String v = protocol.value(k);
      values.add(v == null ? CodeBlock.of("null") : CodeBlock.of("$S", v));
    }
    return CodeBlock.join(values, ", ");
  }

  /** The authorization-code flow's factories, when the model names the page and the token endpoint. */
  List<MethodSpec> oauthFactories() {
    if (protocol.value(Key.TOKEN_PATH) == null || protocol.value(Key.AUTHORIZE_URL) == null) {
      return List.of();
    }
    ClassName store = ClassName.get(Names.RUNTIME, "TokenStore");
    MethodSpec shared = MethodSpec.methodBuilder("oauth")
        .addModifiers(PUBLIC, STATIC)
        .returns(Names.OAUTH)
        .addJavadoc("The authorization-code flow of an application that acts for users of the API at this base URL"
            + "\n(the production API's is {@link #DEFAULT_BASE_URL}): see {@link $T}.\n", Names.OAUTH)
        .addJavadoc("\n@param store where the tokens from {@link $T#exchangeCode} are saved\n", Names.OAUTH)
        .addParameter(String.class, "apiBaseUrl")
        .addParameter(String.class, "clientId")
        .addParameter(String.class, "clientSecret")
        .addParameter(store, "store")
        .addStatement("return $T.forApplication($L, apiBaseUrl, clientId, clientSecret, store)", Names.OAUTH_FLOWS,
            FIELD)
        .build();
    MethodSpec given = MethodSpec.methodBuilder("oauth")
        .addModifiers(PUBLIC, STATIC)
        .returns(Names.OAUTH)
        .addJavadoc("As {@link #oauth(String, String, String, $T)}, on this HTTP client (it stays the caller's; its"
            + "\nredirects and silent retries are turned off for the token requests) and this clock.\n", store)
        .addParameter(String.class, "apiBaseUrl")
        .addParameter(String.class, "clientId")
        .addParameter(String.class, "clientSecret")
        .addParameter(store, "store")
        .addParameter(ClassName.get("okhttp3", "OkHttpClient"), "http")
        .addParameter(ClassName.get("java.time", "Clock"), "clock")
        .addStatement("return $T.forApplication($L, apiBaseUrl, clientId, clientSecret, store, http, clock)",
            Names.OAUTH_FLOWS, FIELD)
        .build();
    return List.of(shared, given);
  }

  /** The exception classes of the model's {@code @ErrorType}s. */
  List<TypeSpec> errorTypes() {
    List<TypeSpec> types = new ArrayList<>();
    for (ProtocolModel.ErrorType t : protocol.errorTypes()) {
      types.add(TypeSpec.classBuilder(ClassName.get(model.packageName(), t.name()))
          .addModifiers(PUBLIC)
          .superclass(Names.API_EXCEPTION)
          .addAnnotation(Names.generated())
          .addJavadoc("Status $L: $L\n", t.status(), Javadoc.text(t.doc()))
          .addField(FieldSpec.builder(long.class, "serialVersionUID", javax.lang.model.element.Modifier.PRIVATE,
              STATIC, FINAL).initializer("1L").build())
          .addMethod(MethodSpec.constructorBuilder()
              .addModifiers(PUBLIC)
              .addParameter(Names.ERROR_CONTEXT, "context")
              .addParameter(String.class, "explanation")
              .addStatement("super(context, explanation)")
              .build())
          .build());
    }
    return types;
  }
}
