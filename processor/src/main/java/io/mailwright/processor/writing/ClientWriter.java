package io.mailwright.processor.writing;

import static javax.lang.model.element.Modifier.FINAL;
import static javax.lang.model.element.Modifier.PRIVATE;
import static javax.lang.model.element.Modifier.PROTECTED;
import static javax.lang.model.element.Modifier.PUBLIC;
import static javax.lang.model.element.Modifier.STATIC;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.mailwright.processor.binding.ApiModel;
import io.mailwright.processor.binding.EndpointModel;
import io.mailwright.processor.binding.ProtocolModel;
import io.mailwright.processor.binding.TypeRef;
import io.mailwright.processor.naming.GeneratedNames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * Writes what a user calls: the entry point ({@code HelpScout}, with its builder) and one resource
 * class per resource group of the model ({@code conversations()}, {@code threads()}), whose methods
 * hand each call to the runtime's {@code ApiClient} with the operation's description.
 */
final class ClientWriter {
  private static final ClassName API_CLIENT = Names.API_CLIENT;
  private static final ClassName CLIENT_BUILDER = Names.CLIENT_BUILDER;
  private static final ClassName OPERATION = Names.OPERATION;
  private static final ClassName CREATED = Names.CREATED;
  private static final ClassName PAGE = Names.PAGE;
  private static final ClassName RATE_LIMIT_STATUS = Names.RATE_LIMIT_STATUS;

  private final ApiModel model;
  private final String pkg;
  private final ClassName api;

  ClientWriter(ApiModel model) {
    this.model = model;
    this.pkg = model.packageName();
    this.api = ApiWriter.apiClass(model);
  }

  /** The resource groups in the order their first endpoint appears in the model. */
  Map<String, List<EndpointModel>> resources() {
    Map<String, List<EndpointModel>> groups = new LinkedHashMap<>();
    for (EndpointModel e : model.endpoints()) {
      groups.computeIfAbsent(e.resource(), r -> new ArrayList<>()).add(e);
    }
    return groups;
  }

  static ClassName resourceClass(String pkg, String resource) {
    return ClassName.get(pkg, GeneratedNames.resourceType(resource));
  }

  TypeSpec entryPoint() {
    ClassName self = ClassName.get(pkg, GeneratedNames.clientType(model));
    ClassName builder = self.nestedClass("Builder");
    Map<String, List<EndpointModel>> resources = resources();
    String first = resources.keySet().iterator().next();
    TypeSpec.Builder type = TypeSpec.classBuilder(self)
        .addModifiers(PUBLIC, FINAL)
        .addSuperinterface(AutoCloseable.class)
        .addAnnotation(Names.generated())
        .addJavadoc("A client of $L.\n\n", Javadoc.text(model.title()))
        .addJavadoc("<pre>{@code\n$L client = $L.builder()\n    .$L\n    .build();\n"
            + "Created created = client.$L().$L(...);\n}</pre>\n\n", model.clientName(), model.clientName(),
            model.protocol().value(ProtocolModel.Key.TOKEN_PATH) != null ? "clientCredentials(appId, appSecret)"
                : "accessToken(token)", first, resources.get(first).get(0).operation())
        .addJavadoc("<p>Requests are validated before they are sent. A write is sent again only when the API"
            + " certainly did\nnot process it (a {@code 429}, a {@code 401} after renewing the token, a connection"
            + " that failed before\nthe request went out). Thread-safe: share one instance. Close it to release"
            + " its connections.\n")
        .addField(FieldSpec.builder(String.class, "DEFAULT_BASE_URL", PUBLIC, STATIC, FINAL)
            .addJavadoc("The production API.\n")
            .initializer("$S", model.baseUrl())
            .build())
        .addField(new ProtocolWriter(model).field())
        .addField(API_CLIENT, "client", PRIVATE, FINAL);
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder().addModifiers(PRIVATE)
        .addParameter(API_CLIENT, "client")
        .addStatement("this.client = client")
        .addStatement("$T api = client.create($T.class)", api, api);
    for (String resource : resources.keySet()) {
      ClassName rc = resourceClass(pkg, resource);
      type.addField(rc, resource, PRIVATE, FINAL);
      constructor.addStatement("this.$N = new $T(client, api)", resource, rc);
    }
    type.addMethod(constructor.build());
    type.addMethod(MethodSpec.methodBuilder(GeneratedNames.BUILDER)
        .addModifiers(PUBLIC, STATIC)
        .returns(builder)
        .addJavadoc("A builder for a client of the production API; choose how it authenticates.\n")
        .addStatement("return new $T()", builder)
        .build());
    for (Map.Entry<String, List<EndpointModel>> r : resources.entrySet()) {
      type.addMethod(MethodSpec.methodBuilder(r.getKey())
          .addModifiers(PUBLIC)
          .returns(resourceClass(pkg, r.getKey()))
          .addJavadoc("The $L operations: $L.\n", r.getKey(), operationList(r.getValue()))
          .addStatement("return $N", r.getKey())
          .build());
    }
    type.addMethods(new ProtocolWriter(model).oauthFactories());
    type.addMethod(MethodSpec.methodBuilder(GeneratedNames.RATE_LIMITS)
        .addModifiers(PUBLIC)
        .returns(RATE_LIMIT_STATUS)
        .addJavadoc("The account's rate limit as the latest response reported it.\n")
        .addStatement("return client.rateLimits()")
        .build());
    type.addMethod(MethodSpec.methodBuilder(GeneratedNames.CLOSE)
        .addAnnotation(Override.class)
        .addModifiers(PUBLIC)
        .addJavadoc("Releases the connections and threads of the HTTP client (unless the caller supplied it).\n")
        .addStatement("client.close()")
        .build());
    type.addType(TypeSpec.classBuilder(builder)
        .addModifiers(PUBLIC, STATIC, FINAL)
        .superclass(ParameterizedTypeName.get(CLIENT_BUILDER, builder, self))
        .addJavadoc("Options of a {@link $T}: see {@link $T} for each.\n", self, CLIENT_BUILDER)
        .addMethod(MethodSpec.constructorBuilder().addModifiers(PRIVATE)
            .addStatement("super($L)", ProtocolWriter.FIELD).build())
        .addMethod(MethodSpec.methodBuilder("create")
            .addAnnotation(Override.class)
            .addModifiers(PROTECTED)
            .returns(self)
            .addParameter(API_CLIENT, "client")
            .addStatement("return new $T(client)", self)
            .build())
        .build());
    return type.build();
  }

  private static String operationList(List<EndpointModel> endpoints) {
    List<String> links = new ArrayList<>();
    for (EndpointModel e : endpoints) {
      links.add("{@code " + e.operation() + "}");
    }
    return String.join(", ", links);
  }

  TypeSpec resource(String resource, List<EndpointModel> endpoints) {
    ClassName self = resourceClass(pkg, resource);
    TypeSpec.Builder type = TypeSpec.classBuilder(self)
        .addModifiers(PUBLIC, FINAL)
        .addAnnotation(Names.generated())
        .addJavadoc("The $L operations of $L. Get it from {@code $L.$L()}.\n", resource, Javadoc.text(model.title()),
            model.clientName(), resource)
        .addField(API_CLIENT, "client", PRIVATE, FINAL)
        .addField(api, "api", PRIVATE, FINAL)
        .addMethod(MethodSpec.constructorBuilder()
            .addParameter(API_CLIENT, "client")
            .addParameter(api, "api")
            .addStatement("this.client = client")
            .addStatement("this.api = api")
            .build());
    for (EndpointModel e : endpoints) {
      String constant = GeneratedNames.operationConstant(e);
      type.addField(FieldSpec.builder(OPERATION, constant, PRIVATE, STATIC, FINAL)
          .initializer(operation(e))
          .build());
      if (e.readsBody()) {
        reads(type, e, constant);
      } else if (e.resolvesMoved()) {
        type.addMethod(resolveMoved(e, constant, false));
        type.addMethod(resolveMoved(e, constant, true));
      } else {
        type.addMethod(call(e, constant, false));
        type.addMethod(call(e, constant, true));
        if (e.body() instanceof TypeRef.ShapeRef) {
          type.addMethod(callWithBuilder(e, false));
          type.addMethod(callWithBuilder(e, true));
        }
      }
    }
    return type.build();
  }

  /** The operation's description; the headers of a created resource's id and web location, when it has them. */
  private static CodeBlock operation(EndpointModel e) {
    String id = e.headerMeaning("RESOURCE_ID");
    String web = e.headerMeaning("WEB_LOCATION");
    if (id == null && web == null) {
      return CodeBlock.of("new $T($S, $S, $S, $L, $L)", OPERATION, e.operation(), e.method(), e.path(), e.status(),
          errors(e));
    }
    return CodeBlock.of("new $T($S, $S, $S, $L, $L,\n$>$L, $L$<)", OPERATION, e.operation(), e.method(), e.path(),
        e.status(), errors(e), id == null ? CodeBlock.of("null") : CodeBlock.of("$S", id),
        web == null ? CodeBlock.of("null") : CodeBlock.of("$S", web));
  }

  private static CodeBlock errors(EndpointModel e) {
    if (e.errors().isEmpty()) {
      return CodeBlock.of("$T.of()", Map.class);
    }
    CodeBlock.Builder entries = CodeBlock.builder();
    for (int i = 0; i < e.errors().size(); i++) {
      EndpointModel.ErrorStatus s = e.errors().get(i);
      entries.add(i == 0 ? "\n$T.entry($L, $S)" : ",\n$T.entry($L, $S)", Map.class, s.status(), s.doc());
    }
    return CodeBlock.of("$T.ofEntries($>$L$<)", Map.class, entries.build());
  }

  private MethodSpec call(EndpointModel e, String constant, boolean async) {
    TypeName result = async ? ParameterizedTypeName.get(ClassName.get(CompletableFuture.class), CREATED) : CREATED;
    MethodSpec.Builder m = MethodSpec.methodBuilder(async ? GeneratedNames.operationAsync(e) : GeneratedNames.operation(e))
        .addModifiers(PUBLIC)
        .returns(result)
        .addJavadoc("$L", Javadoc.paragraph(e.doc()))
        .addJavadoc(e.doc().isBlank() ? "{@code $L $L}; $L on success.\n" : "\n<p>{@code $L $L}; $L on success.\n",
            e.method(), Javadoc.text(e.path()), e.status());
    List<CodeBlock> args = new ArrayList<>();
    for (EndpointModel.PathParam p : e.pathParams()) {
      m.addParameter(ApiWriter.pathParamType(p), p.name());
      args.add(CodeBlock.of("$N", p.name()));
    }
    if (!e.queryParams().isEmpty()) {
      m.addParameter(Names.nullable(QueryWriter.queryClass(pkg, e)), "query");
      args.add(CodeBlock.of("query == null ? $T.of() : query.toQueryMap()", Map.class));
    }
    String body = null;
    if (e.body() instanceof TypeRef.ShapeRef shape) {
      body = bodyName(shape);
      m.addParameter(ClassName.get(pkg, shape.name()), body);
      args.add(CodeBlock.of("$N", body));
    }
    m.addJavadoc("\n");
    if (!e.responseHeaders().isEmpty()) {
      StringBuilder headers = new StringBuilder();
      for (EndpointModel.Header h : e.responseHeaders()) {
        headers.append(headers.length() == 0 ? "" : ", ").append("{@code ").append(h.name()).append("}");
      }
      m.addJavadoc("@return what the API created: the id and the headers it sent ($L)\n", headers.toString());
    } else {
      m.addJavadoc("@return what the API answered\n");
    }
    if (!async) {
      if (body != null) {
        m.addJavadoc("@throws $T when the request breaks a documented rule; nothing is sent\n",
            Names.REQUEST_VALIDATION_EXCEPTION);
      }
      for (EndpointModel.ErrorStatus s : e.errors()) {
        m.addJavadoc("@throws $T ($L) $L\n", exceptionFor(s.status()), s.status(),
            Javadoc.wrap(Javadoc.text(s.doc())).replace("\n", "\n    "));
      }
      m.addJavadoc("@throws $T for any other error status\n", Names.runtimeType("ApiException"));
      if (!e.method().equals("GET")) {
        m.addJavadoc("@throws $T when the request went out and no answer came; it is not sent again\n",
            Names.runtimeType("OutcomeUnknownException"));
      }
    }
    CodeBlock argList = CodeBlock.join(args, ", ");
    return asyncTwin(m.addStatement("return client.$L($N, $L, () -> api.$L($L))", async ? "executeAsync" : "execute",
        constant, body == null ? "null" : body, ApiWriter.methodName(e), argList), async, GeneratedNames.operation(e));
  }

  /** The name of a call's body parameter. */
  private static String bodyName(TypeRef.ShapeRef shape) {
    return GeneratedNames.bodyParameter(shape);
  }

  /**
   * A call's twin that takes the body as its builder (issue 11, item 5), as nested builders are taken
   * everywhere else: the body is built without validation and validated by the call itself, which
   * reports every violation with its path (relative to the body, as for the value) and sends nothing.
   */
  private MethodSpec callWithBuilder(EndpointModel e, boolean async) {
    TypeRef.ShapeRef shape = (TypeRef.ShapeRef) e.body();
    ClassName bodyClass = ClassName.get(pkg, shape.name());
    String body = bodyName(shape);
    String name = async ? GeneratedNames.operationAsync(e) : GeneratedNames.operation(e);
    TypeName result = async ? ParameterizedTypeName.get(ClassName.get(CompletableFuture.class), CREATED) : CREATED;
    MethodSpec.Builder m = MethodSpec.methodBuilder(name)
        .addModifiers(PUBLIC)
        .returns(result);
    List<CodeBlock> args = new ArrayList<>();
    List<String> types = new ArrayList<>();
    for (EndpointModel.PathParam p : e.pathParams()) {
      m.addParameter(ApiWriter.pathParamType(p), p.name());
      args.add(CodeBlock.of("$N", p.name()));
      TypeName t = ApiWriter.pathParamType(p);
      types.add(t instanceof ClassName c ? c.simpleName() : t.toString());
    }
    types.add(shape.name());
    m.addParameter(bodyClass.nestedClass("Builder"), body);
    args.add(CodeBlock.of("$N.buildUnvalidated()", body));
    m.addJavadoc("As {@link #$L($L)}, with the request given as its builder: the call checks what it holds"
        + "\n(every violation with its path, nothing sent) before it sends it.\n", name, String.join(", ", types));
    if (!async) {
      m.addJavadoc("\n@throws $T when the request breaks a documented rule; nothing is sent\n",
          Names.REQUEST_VALIDATION_EXCEPTION);
    }
    return m.addStatement("return $L($L)", name, CodeBlock.join(args, ", ")).build();
  }

  private MethodSpec resolveMoved(EndpointModel e, String constant, boolean async) {
    EndpointModel.PathParam id = e.pathParams().get(0);
    MethodSpec.Builder m = MethodSpec.methodBuilder(async ? GeneratedNames.operationAsync(e) : GeneratedNames.operation(e))
        .addModifiers(PUBLIC)
        .returns(async ? ParameterizedTypeName.get(ClassName.get(CompletableFuture.class), ClassName.get(Long.class))
            : TypeName.LONG)
        .addParameter(TypeName.LONG, id.name())
        .addJavadoc("$L", Javadoc.paragraph(e.doc()))
        .addJavadoc(e.doc().isBlank() ? "{@code $L $L}, without following the redirect.\n"
            : "\n<p>{@code $L $L}, without following the redirect.\n", e.method(), Javadoc.text(e.path()));
    m.addJavadoc("\n@return the id from the {@code Location} of a {@code 301}, or {@code $L} itself when it did"
        + " not move\n", id.name());
    if (!async) {
      m.addJavadoc("@throws $T when there is no such resource\n", exceptionFor(404));
    }
    return asyncTwin(m.addStatement("return client.$L($N, $N, () -> api.$L($N$L))",
        async ? "resolveMovedAsync" : "resolveMoved", constant, id.name(), ApiWriter.methodName(e), id.name(),
        e.queryParams().isEmpty() ? CodeBlock.of("") : CodeBlock.of(", $T.of()", Map.class)), async, GeneratedNames.operation(e));
  }

  /**
   * The calls of a read: the resource ({@code get}) or one page ({@code list}) and their async twins,
   * each with and without the query when the endpoint has one; for a page also {@code listAll}, the
   * lazy stream over every page; for a {@code @ResolvesMoved} read with a resolver, the id-only call.
   */
  private void reads(TypeSpec.Builder type, EndpointModel e, String constant) {
    boolean paged = e.pagedItem() != null;
    ClassName item = ClassName.get(pkg, ((TypeRef.ShapeRef) e.responseShape()).name());
    TypeName result = paged ? ParameterizedTypeName.get(PAGE, item) : item;
    boolean hasQuery = !e.queryParams().isEmpty();
    for (boolean withQuery : hasQuery ? List.of(false, true) : List.of(false)) {
      type.addMethod(withoutQuery(read(e, constant, item, result, withQuery, false, false), hasQuery && !withQuery, e));
      type.addMethod(read(e, constant, item, result, withQuery, true, false));
    }
    if (paged) {
      for (boolean withQuery : hasQuery ? List.of(false, true) : List.of(false)) {
        type.addMethod(withoutQuery(read(e, constant, item, ParameterizedTypeName.get(ClassName.get(Stream.class), item),
            withQuery, false, true), hasQuery && !withQuery, e));
      }
    }
    if (!e.resolver().isEmpty()) {
      type.addMethod(resolver(e, constant, false));
      type.addMethod(resolver(e, constant, true));
    }
  }

  private MethodSpec read(EndpointModel e, String constant, ClassName item, TypeName result, boolean withQuery,
      boolean async, boolean all) {
    String name = all ? GeneratedNames.operationAll(e) : async ? GeneratedNames.operationAsync(e) : GeneratedNames.operation(e);
    MethodSpec.Builder m = MethodSpec.methodBuilder(name)
        .addModifiers(PUBLIC)
        .returns(async ? ParameterizedTypeName.get(ClassName.get(CompletableFuture.class), result) : result)
        .addJavadoc(Javadoc.paragraph(e.doc()))
        .addJavadoc(e.doc().isBlank() ? "{@code $L $L}.\n" : "\n<p>{@code $L $L}.\n", e.method(), Javadoc.text(e.path()));
    boolean paged = e.pagedItem() != null;
    if (all) {
      m.addJavadoc("\n<p>Every item of every page, lazily: nothing is sent until the stream is consumed, and the next"
          + " page\n(the API's {@code _links.next}) is fetched only when every item of the previous one was consumed."
          + "\nA caller that stops early fetches no further page. Each page is one call, with the same retries, 429"
          + "\nwaits and rate limiter as every call; a failure is thrown by the stream's terminal operation.\n"
          + "Sequential only. (No async twin: for non-blocking paging, call {@link #$LAsync} page by page.)\n",
          e.operation());
    } else if (paged) {
      m.addJavadoc("\n<p>One page; {@link #$LAll} walks every page.\n", e.operation());
    } else if (e.resolvesMoved()) {
      m.addJavadoc("\n<p>When the resource moved (a {@code 301}: a merged conversation), follows the redirect once,"
          + "\nto the same host with the same query, and returns the resource where it is now: compare its id.\n");
    }
    m.addJavadoc("\n");
    List<CodeBlock> args = new ArrayList<>();
    for (EndpointModel.PathParam p : e.pathParams()) {
      m.addParameter(ApiWriter.pathParamType(p), p.name());
      args.add(CodeBlock.of("$N", p.name()));
    }
    if (!e.queryParams().isEmpty()) {
      if (withQuery) {
        m.addParameter(Names.nullable(QueryWriter.queryClass(pkg, e)), "query");
        m.addJavadoc("@param query the query parameters; {@code null}: none\n");
        args.add(CodeBlock.of("query == null ? $T.of() : query.toQueryMap()", Map.class));
      } else {
        args.add(CodeBlock.of("$T.of()", Map.class));
      }
    }
    m.addJavadoc(all ? "@return the items, fetched page by page as they are consumed\n"
        : paged ? "@return the page: its items and where it stands in the list\n"
        : "@return what the API answered, read leniently\n");
    if (!async) {
      for (EndpointModel.ErrorStatus s : e.errors()) {
        if (s.status() >= 400) {
          m.addJavadoc("@throws $T ($L) $L\n", exceptionFor(s.status()), s.status(),
              Javadoc.wrap(Javadoc.text(s.doc())).replace("\n", "\n    "));
        }
      }
      m.addJavadoc("@throws $T for any other error status\n", Names.runtimeType("ApiException"));
      m.addJavadoc("@throws $T when the API could not be reached, or its answer not read (a read is repeated\n"
          + "    after a connection failure, as often as {@code maxRetries} allows)\n",
          Names.runtimeType("TransportException"));
    }
    CodeBlock call = CodeBlock.of("() -> api.$L($L)", ApiWriter.methodName(e), CodeBlock.join(args, ", "));
    if (paged) {
      return asyncTwin(m.addStatement("return client.reads().$L($N, $T.class, $S, $L)",
          all ? "stream" : async ? "pageAsync" : "page", constant, item, e.pagedEmbedded(), call), async, GeneratedNames.operation(e));
    }
    return asyncTwin(m.addStatement("return client.reads().$L($N, $T.class, $L, $L)", async ? "getAsync" : "get",
        constant, item, e.resolvesMoved(), call), async, GeneratedNames.operation(e));
  }

  private MethodSpec resolver(EndpointModel e, String constant, boolean async) {
    EndpointModel.PathParam id = e.pathParams().get(0);
    MethodSpec.Builder m = MethodSpec.methodBuilder(async ? GeneratedNames.resolverAsync(e) : GeneratedNames.resolver(e))
        .addModifiers(PUBLIC)
        .returns(async ? ParameterizedTypeName.get(ClassName.get(CompletableFuture.class), ClassName.get(Long.class))
            : TypeName.LONG)
        .addParameter(TypeName.LONG, id.name())
        .addJavadoc("The id the resource has now: {@code $L $L} without following the redirect and without"
            + " reading\nthe resource.\n", e.method(), Javadoc.text(e.path()));
    m.addJavadoc("\n@return the id from the {@code Location} of a {@code 301}, or {@code $L} itself when it did"
        + " not move\n", id.name());
    if (!async) {
      m.addJavadoc("@throws $T when there is no such resource\n", exceptionFor(404));
    }
    List<CodeBlock> args = new ArrayList<>();
    args.add(CodeBlock.of("$N", id.name()));
    if (!e.queryParams().isEmpty()) {
      args.add(CodeBlock.of("$T.of()", Map.class));
    }
    return asyncTwin(m.addStatement("return client.reads().$L($N, $N, () -> api.$L($L))",
        async ? "resolveMovedAsync" : "resolveMoved", constant, id.name(), ApiWriter.methodName(e),
        CodeBlock.join(args, ", ")), async, GeneratedNames.resolver(e));
  }

  /**
   * The call as written, or, for an async twin, the same call whose Javadoc is one link to the blocking
   * call it mirrors (where the description, the result and the exceptions are) and to the runtime's
   * {@code Async}, which documents what every twin does once.
   */
  private static MethodSpec asyncTwin(MethodSpec.Builder call, boolean async, String blocking) {
    MethodSpec full = call.build();
    if (!async) {
      return full;
    }
    return relinked(full, CodeBlock.of("As {@link #$L($L)}, without blocking: see {@link $T}.\n", blocking,
        signature(full.parameters()), Names.ASYNC));
  }

  /**
   * A read without its query, when it also has one: its Javadoc links to the read with the query, where
   * the description, the result and the exceptions are, once.
   */
  private MethodSpec withoutQuery(MethodSpec read, boolean relink, EndpointModel e) {
    if (!relink) {
      return read;
    }
    List<ParameterSpec> withQuery = new ArrayList<>(read.parameters());
    withQuery.add(ParameterSpec.builder(QueryWriter.queryClass(pkg, e), "query").build());
    return relinked(read, CodeBlock.of("As {@link #$L($L)}, with no query parameters.\n", read.name(),
        signature(withQuery)));
  }

  /** The method with {@code javadoc} instead of its own. */
  private static MethodSpec relinked(MethodSpec full, CodeBlock javadoc) {
    return MethodSpec.methodBuilder(full.name())
        .addModifiers(full.modifiers())
        .returns(full.returnType())
        .addParameters(full.parameters())
        .addJavadoc(javadoc)
        .addCode(full.code())
        .build();
  }

  /** The parameter types as a Javadoc link names them: {@code long, CustomerThread.Builder}. */
  private static String signature(List<ParameterSpec> parameters) {
    List<String> types = new ArrayList<>();
    for (ParameterSpec p : parameters) {
      TypeName t = p.type().withoutAnnotations();
      types.add(t instanceof ClassName c ? String.join(".", c.simpleNames()) : t.toString());
    }
    return String.join(", ", types);
  }

  private ClassName exceptionFor(int status) {
    ClassName own = new ProtocolWriter(model).errorType(status);
    if (own != null) {
      return own;
    }
    String name = switch (status) {
      case 400 -> "BadRequestException";
      case 401 -> "AuthenticationException";
      case 403 -> "ForbiddenException";
      case 404 -> "NotFoundException";
      case 413 -> "RequestTooLargeException";
      case 429 -> "RateLimitException";
      default -> status >= 500 ? "ServerException" : "ApiException";
    };
    return Names.runtimeType(name);
  }
}
