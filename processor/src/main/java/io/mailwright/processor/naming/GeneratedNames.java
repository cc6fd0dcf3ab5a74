package io.mailwright.processor.naming;

import io.mailwright.processor.binding.ApiModel;
import io.mailwright.processor.binding.EndpointModel;
import io.mailwright.processor.binding.EnumModel;
import io.mailwright.processor.binding.FieldModel;
import io.mailwright.processor.binding.Origin;
import io.mailwright.processor.binding.ShapeModel;
import io.mailwright.processor.binding.TypeRef;
import io.mailwright.processor.binding.UnionModel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * Every name the generated code declares, decided once from the model, before validation: the
 * validation phase checks them for clashes (MW128) and the writers ask for them, never compute
 * them again. A model field {@code x} gets the field and accessor {@code x} (a Java keyword gets
 * {@code _}), the builder setter {@code x}, the Jackson member {@code xJson}; an absent-or-null
 * field also {@code xSet} and {@code hasX}; a list field also {@code addX} (its singular).
 */
public final class GeneratedNames {
  /** Members every generated shape declares, whatever its fields. */
  public static final String BUILDER = "builder";
  public static final String TO_BUILDER = "toBuilder";
  public static final String VALIDATE = "validate";
  public static final String VALIDATE_STRICT = "validateStrict";
  public static final String REQUIRE_VALID = "requireValid";
  public static final String REQUIRE_VALID_STRICT = "requireValidStrict";
  public static final String VALIDATE_INTO = "validateInto";
  public static final String FROM_JSON = "fromJson";
  public static final String BUILD = "build";
  public static final String BUILD_UNVALIDATED = "buildUnvalidated";
  /** The field (value and builder) holding the names of fields JSON held that the type does not know. */
  public static final String UNKNOWN_FIELDS = "unknownJsonFields";
  /** The builder's private Jackson "any setter". */
  public static final String UNKNOWN_FIELD = "unknownJsonField";
  /** The factories and builder method of a {@code @FileAttachment} shape. */
  public static final String FROM_FILE = "fromFile";
  public static final String OF = "of";
  public static final String FILE = "file";
  /** Members of the entry point and of a resource group, whatever the model. */
  public static final String DEFAULT_BASE_URL = "DEFAULT_BASE_URL";
  public static final String CLIENT = "client";
  public static final String RATE_LIMITS = "rateLimits";
  public static final String CLOSE = "close";
  public static final String API = "api";

  private static final Set<String> OBJECT_METHODS =
      Set.of("equals", "hashCode", "toString", "getClass", "notify", "notifyAll", "wait", "clone", "finalize");

  /** The constructor parameters of a response shape that HAL's {@code _embedded} and {@code _links} arrive in. */
  public static final String HAL_EMBEDDED = "halEmbedded";
  public static final String HAL_LINKS = "halLinks";
  /** The nested type of a response shape that holds HAL's {@code _embedded}. */
  public static final String EMBEDDED_TYPE = "Embedded";
  /** Members of a query type and its builder, whatever the parameters. */
  public static final String TO_QUERY_MAP = "toQueryMap";
  public static final String PARAMETERS = "parameters";
  public static final String SET = "set";

  /**
   * The names generated for one model field: of a request shape, {@code setFlag} and {@code has} for
   * an absent-or-null field and {@code adder} for a list, else {@code null}; of a response shape,
   * {@code wireValue} for a value-list field, else {@code null}.
   */
  public record Field(String field, String setFlag, String has, String wire, String adder, String adderParam,
      String wireValue) {
    /** The accessor of the value and the primary setter of the builder: the field's own name. */
    public String accessor() {
      return field;
    }
  }

  /** A generated name that two things of the model (or one of them and the generator) both claim. */
  public record Clash(Origin origin, String message) {}

  private final ApiModel model;
  private final Set<String> responseShapes;
  private final Map<FieldModel, Field> fields = new IdentityHashMap<>();
  private final List<Clash> clashes = new ArrayList<>();

  private GeneratedNames(ApiModel model) {
    this.model = model;
    this.responseShapes = model.responseShapes();
  }

  /** Decides every name of the model's generated code and finds the clashes. */
  public static GeneratedNames of(ApiModel model) {
    GeneratedNames names = new GeneratedNames(model);
    for (ShapeModel s : model.shapes()) {
      names.decide(s);
    }
    for (EndpointModel e : model.endpoints()) {
      if (!e.queryParams().isEmpty()) {
        names.decideQuery(e);
      }
    }
    if (model.title() != null) {
      names.checkClient();
    }
    return names;
  }

  private void decideResponse(ShapeModel shape) {
    Members value = new Members(shape.name());
    OBJECT_METHODS.forEach(value::fixed);
    value.fixed(HAL_EMBEDDED);
    value.fixed(HAL_LINKS);
    value.fixed(EMBEDDED_TYPE);
    for (FieldModel f : shape.fields()) {
      String name = JavaNames.safe(f.javaName());
      Field n = new Field(name, null, null, null, null, null,
          f.type() instanceof TypeRef.EnumRef ? name + "WireValue" : null);
      fields.put(f, n);
      String where = shape.name() + "." + f.javaName();
      if (value.claim(n.field(), where, "the field and accessor", f) && n.wireValue() != null) {
        value.claim(n.wireValue(), where, "the wire-value accessor", f);
      }
    }
  }

  private void decideQuery(EndpointModel e) {
    Members builder = new Members(queryType(e) + ".Builder");
    OBJECT_METHODS.forEach(builder::fixed);
    for (String fixed : List.of(SET, BUILD, PARAMETERS, TO_QUERY_MAP, BUILDER, TO_BUILDER)) {
      builder.fixed(fixed);
    }
    for (EndpointModel.QueryParam q : e.queryParams()) {
      builder.claim(queryParameter(q), e.name() + "." + q.javaName(), "the query setter", q.origin());
    }
  }

  private void decide(ShapeModel shape) {
    if (responseShapes.contains(shape.name())) {
      decideResponse(shape);
      return;
    }
    Members value = new Members(shape.name());
    Members builder = new Members(shape.name() + ".Builder");
    Members fieldNames = new Members(shape.name() + " (its fields)");
    for (String fixed : List.of(BUILDER, TO_BUILDER, VALIDATE, VALIDATE_STRICT, REQUIRE_VALID, REQUIRE_VALID_STRICT,
        VALIDATE_INTO, FROM_JSON)) {
      value.fixed(fixed);
    }
    OBJECT_METHODS.forEach(value::fixed);
    OBJECT_METHODS.forEach(builder::fixed);
    for (String fixed : List.of(BUILD, BUILD_UNVALIDATED, UNKNOWN_FIELD)) {
      builder.fixed(fixed);
    }
    fieldNames.fixed(UNKNOWN_FIELDS);
    if (shape.fileAttachment() != null) {
      value.fixed(FROM_FILE);
      value.fixed(OF);
      builder.fixed(FILE);
    }
    for (FieldModel f : shape.fields()) {
      String name = JavaNames.safe(f.javaName());
      String capitalized = JavaNames.capitalize(f.javaName());
      boolean list = f.type() instanceof TypeRef.ListOf;
      String singular = JavaNames.singular(f.javaName());
      Field n = new Field(name,
          f.explicitNull() ? f.javaName() + "Set" : null,
          f.explicitNull() ? "has" + capitalized : null,
          // The private JSON getter of an absent-or-null field; every other field is read by Jackson from
          // its own @JsonProperty field.
          f.explicitNull() ? name + "Json" : null,
          list ? "add" + JavaNames.capitalize(singular) : null,
          list ? JavaNames.safe(singular.equals(name) ? singular + "Element" : singular) : null,
          null);
      fields.put(f, n);
      String where = shape.name() + "." + f.javaName();
      boolean ok = fieldNames.claim(n.field(), where, "the field", f)
          && value.claim(n.accessor(), where, "the accessor", f)
          && (n.wire() == null || value.claim(n.wire(), where, "the private JSON member", f))
          && builder.claim(n.accessor(), where, "the setter", f);
      if (ok && n.setFlag() != null) {
        ok = fieldNames.claim(n.setFlag(), where, "the presence flag", f)
            && value.claim(n.has(), where, "the presence test", f);
      }
      if (ok && n.adder() != null) {
        builder.claim(n.adder(), where, "the element setter", f);
      }
    }
  }

  private void checkClient() {
    Members entry = new Members(clientType(model));
    entry.fixed(DEFAULT_BASE_URL);
    entry.fixed(CLIENT);
    entry.fixed(BUILDER);
    entry.fixed(RATE_LIMITS);
    entry.fixed(CLOSE);
    OBJECT_METHODS.forEach(entry::fixed);
    Map<String, Members> groups = new LinkedHashMap<>();
    Set<String> operations = new HashSet<>();
    for (EndpointModel e : model.endpoints()) {
      // Not a Java name, or declared twice: MW116 says so; one mistake is one error.
      if (e.method() == null || !SourceVersion.isName(e.resource()) || !SourceVersion.isName(e.operation())
          || !operations.add(e.resource() + "." + e.operation())) {
        continue;
      }
      Members group = groups.get(e.resource());
      if (group == null) {
        group = new Members(resourceType(e.resource()));
        group.fixed(CLIENT);
        group.fixed(API);
        OBJECT_METHODS.forEach(group::fixed);
        groups.put(e.resource(), group);
        entry.claim(e.resource(), "resource " + e.resource(), "the resource accessor", e.operationOrigin());
      }
      String where = e.resource() + "." + e.operation();
      if (group.claim(operation(e), where, "the method", e.operationOrigin())
          && group.claim(operationAsync(e), where, "the method", e.operationOrigin())
          && (e.pagedItem() == null || group.claim(operationAll(e), where, "the method", e.operationOrigin()))) {
        group.claim(operationConstant(e), where, "the constant", e.operationOrigin());
      }
      // A resolver that is not a Java name or names another operation: MW152 says so.
      if (!e.resolver().isEmpty() && e.returns() != null && SourceVersion.isName(e.resolver())
          && operations.add(e.resource() + "." + e.resolver())) {
        String resolver = e.resource() + "." + e.resolver();
        if (group.claim(resolver(e), resolver, "the method", e.origin())) {
          group.claim(resolverAsync(e), resolver, "the method", e.origin());
        }
      }
    }
  }

  /** Names declared in one generated class, each with what claimed it first. */
  private final class Members {
    private final String type;
    private final Map<String, String> owners = new LinkedHashMap<>();

    Members(String type) {
      this.type = type;
    }

    void fixed(String name) {
      owners.put(name, null);
    }

    boolean claim(String name, String where, String what, FieldModel f) {
      return claim(name, where, what, f.origin());
    }

    /** Records the name; reports a clash on {@code origin} and returns false when it is taken. */
    boolean claim(String name, String where, String what, Origin origin) {
      if (!owners.containsKey(name)) {
        owners.put(name, where);
        return true;
      }
      String owner = owners.get(name);
      clashes.add(new Clash(origin, where + " would generate " + what + " " + name + " in " + type
          + ", which " + (owner == null ? "the generator already writes there" : owner + " already generates")
          + "; rename it (a field keeps its JSON name with @Json)"));
      return false;
    }
  }

  /** What would not compile (or would mean two things) in the generated code; the validator reports them. */
  public List<Clash> clashes() {
    return List.copyOf(clashes);
  }

  /** The names generated for a field of one of the model's shapes. */
  public Field field(FieldModel f) {
    Field n = fields.get(f);
    if (n == null) {
      throw new IllegalArgumentException("not a field of the model: " + f.javaName());
    }
    return n;
  }

  /** The entry point's simple name. */
  public static String clientType(ApiModel model) {
    return model.clientName();
  }

  /** The Retrofit interface's simple name. */
  public static String apiType(ApiModel model) {
    return model.clientName() + "Api";
  }

  /** The simple name of a resource group's class. */
  public static String resourceType(String resource) {
    return JavaNames.capitalize(resource);
  }

  /** The method of an operation in its resource group. */
  public static String operation(EndpointModel e) {
    return e.operation();
  }

  /** The asynchronous twin of {@link #operation}. */
  public static String operationAsync(EndpointModel e) {
    return e.operation() + "Async";
  }

  /** The lazy stream over every page of a paged read. */
  public static String operationAll(EndpointModel e) {
    return e.operation() + "All";
  }

  /** The id-only call of a {@code @ResolvesMoved} read with a resolver. */
  public static String resolver(EndpointModel e) {
    return e.resolver();
  }

  /** The asynchronous twin of {@link #resolver}. */
  public static String resolverAsync(EndpointModel e) {
    return e.resolver() + "Async";
  }

  /** The simple name of an endpoint's query type. */
  public static String queryType(EndpointModel e) {
    return e.name() + "Query";
  }

  /** A query parameter's setter in the query builder. */
  public static String queryParameter(EndpointModel.QueryParam q) {
    return JavaNames.safe(q.javaName());
  }

  /** The constant describing an operation in its resource group. */
  public static String operationConstant(EndpointModel e) {
    return JavaNames.constant(e.operation());
  }

  /** The name of a call's body parameter: {@code request} for a {@code ...Request}, else the shape's name. */
  public static String bodyParameter(TypeRef.ShapeRef shape) {
    return shape.name().endsWith("Request") ? "request" : JavaNames.decapitalize(shape.name());
  }

  /** The Retrofit method of an endpoint. */
  public static String apiMethod(EndpointModel e) {
    return JavaNames.decapitalize(e.name());
  }

  /** The Java constant of a value list's wire value. */
  public static String constant(EnumModel.Constant c) {
    return JavaNames.constant(c.wireValue());
  }

  /** The Java constant of a wire value. */
  public static String constant(String wireValue) {
    return JavaNames.constant(wireValue);
  }

  /** The simple name of the generated type a reference to the model names. */
  public static String typeName(TypeRef t) {
    if (t instanceof TypeRef.EnumRef e) {
      return e.name();
    }
    if (t instanceof TypeRef.ShapeRef s) {
      return s.name();
    }
    if (t instanceof TypeRef.UnionRef u) {
      return u.name();
    }
    throw new IllegalArgumentException("no generated type for " + t.describe());
  }

  /** The simple name of a union's generated type. */
  public static String typeName(UnionModel u) {
    return u.name();
  }
}
