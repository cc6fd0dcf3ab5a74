package io.mailwright.processor.validation;

import io.mailwright.processor.binding.ApiModel;
import io.mailwright.processor.binding.EndpointModel;
import io.mailwright.processor.binding.EnumModel;
import io.mailwright.processor.binding.FieldModel;
import io.mailwright.processor.binding.Origin;
import io.mailwright.processor.binding.Rules;
import io.mailwright.processor.binding.ShapeModel;
import io.mailwright.processor.binding.TypeRef;
import io.mailwright.processor.binding.UnionModel;
import io.mailwright.processor.constraints.FieldConstraint;
import io.mailwright.processor.constraints.FieldConstraints;
import io.mailwright.processor.constraints.ShapeConstraint;
import io.mailwright.processor.naming.GeneratedNames;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.lang.model.SourceVersion;

/**
 * Phase two: checks a model read by the binding phase and reports every mistake it finds. Code is
 * only written for a model with no mistakes. The codes are stable, each means one mistake, and
 * {@code docs/model-errors.md} lists them all (a new code goes there, with its test in
 * {@code BadModelTest}). Names the generated code would declare twice are found by
 * {@link GeneratedNames} and reported here (MW128).
 */
public final class ModelValidator {
  private static final Pattern PATH_PARAM = Pattern.compile("\\{([^{}/]*)}");

  private final ErrorReporter reporter;

  public ModelValidator(ErrorReporter reporter) {
    this.reporter = reporter;
  }

  /** Reports every mistake of the model; returns whether it has none. */
  public boolean validate(ApiModel model, GeneratedNames generated) {
    int before = reporter.errorCount();
    if (model.title() == null) {
      reporter.error(model.origin(), "MW100",
          "the model of @GenerateClient must be an interface annotated with @Api");
      return false;
    }
    Set<String> generatedTypes = checkNames(model);
    new ProtocolValidator(reporter).validate(model, generatedTypes);
    for (GeneratedNames.Clash clash : generated.clashes()) {
      reporter.error(clash.origin(), "MW128", clash.message());
    }
    for (Rules.NotAMixin m : model.notMixins()) {
      reporter.error(m.origin(), "MW145", m.including() + " extends " + m.extended()
          + ", which is not a @Mixin: a model interface can include only mixins");
    }
    for (Rules.AnnotatedPlacement m : model.annotatedPlacements()) {
      reporter.error(m.origin(), "MW146", m.including() + " redeclares " + m.method() + "() of a @Mixin with"
          + " annotations: a redeclared mixin field only places it, its annotations stay in the mixin");
    }
    Set<String> operations = new HashSet<>();
    for (EndpointModel e : model.endpoints()) {
      checkEndpoint(model, e, operations);
    }
    Set<String> responses = model.responseShapes();
    Set<String> requests = model.requestShapes();
    for (ShapeModel s : model.shapes()) {
      checkShape(model, s);
      checkResponseShape(model, s, responses.contains(s.name()), requests.contains(s.name()));
    }
    for (UnionModel u : model.unions()) {
      checkUnion(model, u);
    }
    for (EnumModel e : model.enums()) {
      checkEnum(e);
    }
    return reporter.errorCount() == before;
  }

  /** Reports two generated types with one name (MW115); returns the names of the generated types. */
  private Set<String> checkNames(ApiModel model) {
    Map<String, Origin> names = new HashMap<>();
    reserve(names, GeneratedNames.clientType(model), model.origin());
    reserve(names, GeneratedNames.apiType(model), model.origin());
    for (ShapeModel s : model.shapes()) {
      reserve(names, s.name(), s.origin());
    }
    for (UnionModel u : model.unions()) {
      reserve(names, u.name(), u.origin());
    }
    for (EnumModel e : model.enums()) {
      reserve(names, e.name(), e.origin());
    }
    Set<String> endpoints = new HashSet<>();
    Set<String> resources = new HashSet<>();
    for (EndpointModel e : model.endpoints()) {
      if (!endpoints.add(e.name())) {
        reporter.error(e.origin(), "MW140", "two endpoints are named " + e.name());
      }
      if (!e.queryParams().isEmpty()) {
        reserve(names, GeneratedNames.queryType(e), e.origin());
      }
      if (e.resource() != null && SourceVersion.isName(e.resource()) && resources.add(e.resource())) {
        reserve(names, GeneratedNames.resourceType(e.resource()), e.operationOrigin());
      }
    }
    return names.keySet();
  }

  private void reserve(Map<String, Origin> names, String name, Origin origin) {
    if (names.putIfAbsent(name, origin) != null) {
      reporter.error(origin, "MW115", "two generated types would be named " + name
          + ": give one of the model's types (or the client) another name");
    }
  }

  private void checkEndpoint(ApiModel model, EndpointModel e, Set<String> operations) {
    if (e.method() == null) {
      reporter.error(e.origin(), "MW117", e.name() + " is listed as an endpoint but has no @Endpoint");
      return;
    }
    if (!e.path().startsWith("/") || e.path().replaceAll("\\{[^{}/]*}", "").matches(".*[{}].*")) {
      reporter.error(e.pathOrigin(), "MW120", "malformed path \"" + e.path()
          + "\": it must start with / and put each path parameter alone between braces");
    }
    if (e.status() < 100 || e.status() > 599) {
      reporter.error(e.origin(), "MW144", "status " + e.status() + " is not an HTTP status");
    }
    if (!SourceVersion.isName(e.operation()) || !SourceVersion.isName(e.resource())) {
      reporter.error(e.operationOrigin(), "MW141", "resource \"" + e.resource() + "\" and operation \""
          + e.operation() + "\" must be Java names");
    } else if (!operations.add(e.resource() + "." + e.operation())) {
      reporter.error(e.operationOrigin(), "MW116", "operation " + e.operation() + " is declared twice in resource "
          + e.resource());
    }
    Set<String> inPath = new LinkedHashSet<>();
    Matcher m = PATH_PARAM.matcher(e.path());
    while (m.find()) {
      inPath.add(m.group(1));
    }
    Set<String> declared = new HashSet<>();
    for (EndpointModel.PathParam p : e.pathParams()) {
      declared.add(p.name());
      if (!inPath.contains(p.name())) {
        reporter.error(p.origin(), "MW129", "path parameter " + p.name() + " does not appear in the path \""
            + e.path() + "\"");
      }
      if (p.type() != TypeRef.Scalar.LONG && p.type() != TypeRef.Scalar.INTEGER && p.type() != TypeRef.Scalar.STRING) {
        reporter.error(p.origin(), "MW135", "path parameter " + p.name() + " has type " + p.type().describe()
            + "; a path parameter is a long, an int or a String");
      }
    }
    for (String name : inPath) {
      if (!declared.contains(name)) {
        reporter.error(e.pathOrigin(), "MW101", "path parameter {" + name + "} has no @PathParam method in "
            + e.name());
      }
    }
    for (Origin extra : e.extraBodies()) {
      reporter.error(extra, "MW114", e.name()
          + " has a @Body: it cannot also have body fields or a second @Body");
    }
    if ((e.method().equals("GET") || e.method().equals("DELETE")) && e.body() != null) {
      reporter.error(e.origin(), "MW122", e.name() + " is a " + e.method() + ": it cannot have a request body"
          + " (body fields or a @Body); use @Query for its parameters");
    }
    if (e.resolvesMoved() && (!e.method().equals("GET") || e.body() != null || e.pathParams().size() != 1
        || e.pathParams().get(0).type() != TypeRef.Scalar.LONG)) {
      reporter.error(e.origin(), "MW121", e.name() + " is @ResolvesMoved: it must be a GET with one long path"
          + " parameter and no body");
    }
    if (!e.resolver().isEmpty()) {
      if (e.returns() == null) {
        reporter.error(e.origin(), "MW151", e.name() + " names a resolver, which only a @Returns endpoint has:"
            + " without @Returns the operation itself returns the id");
      } else if (!SourceVersion.isName(e.resolver()) || !operations.add(e.resource() + "." + e.resolver())) {
        reporter.error(e.origin(), "MW152", "resolver \"" + e.resolver() + "\" of " + e.name()
            + " must be a Java name not used by another operation of resource " + e.resource());
      }
    }
    checkResponse(e);
    checkQuery(e);
    if (e.body() != null && !(e.body() instanceof TypeRef.ShapeRef)) {
      reporter.error(e.origin(), "MW139", "the @Body of " + e.name() + " must be a @Shape, was "
          + e.body().describe());
    }
  }

  private void checkResponse(EndpointModel e) {
    if (!e.readsBody()) {
      return;
    }
    if (e.returns() != null && e.pagedItem() != null) {
      reporter.error(e.responseOrigin(), "MW125", e.name() + " has @Returns and @Paged: an endpoint answers one"
          + " shape or one page of a list");
      return;
    }
    if (!e.method().equals("GET")) {
      reporter.error(e.responseOrigin(), "MW153", e.name() + " is a " + e.method()
          + ": only a GET answers with a body the client reads (@Returns, @Paged)");
    }
    if (e.pagedItem() != null) {
      if (!(e.pagedItem() instanceof TypeRef.ShapeRef)) {
        reporter.error(e.responseOrigin(), "MW154", "@Paged of " + e.name() + " needs an item type, a @Shape:"
            + " was " + e.pagedItem().describe());
      }
      if (e.pagedEmbedded() == null || !e.pagedEmbedded().matches("[A-Za-z0-9_-]+")) {
        reporter.error(e.responseOrigin(), "MW155", "@Paged of " + e.name()
            + " needs the key of its items under _embedded, e.g. \"conversations\"");
      }
    } else if (!(e.returns() instanceof TypeRef.ShapeRef)) {
      reporter.error(e.responseOrigin(), "MW156", "@Returns of " + e.name() + " must name a @Shape, was "
          + e.returns().describe());
    }
  }

  private void checkQuery(EndpointModel e) {
    Set<String> wire = new HashSet<>();
    for (EndpointModel.QueryParam q : e.queryParams()) {
      TypeRef t = q.type();
      TypeRef element = t.elementOrSelf();
      boolean ok = t instanceof TypeRef.Scalar || t instanceof TypeRef.EnumRef
          || (t instanceof TypeRef.ListOf && (element == TypeRef.Scalar.LONG || element == TypeRef.Scalar.INTEGER
              || element == TypeRef.Scalar.STRING || element instanceof TypeRef.EnumRef));
      if (!ok) {
        reporter.error(q.origin(), "MW124", "query parameter " + q.javaName() + " of " + e.name() + " has type "
            + t.describe() + "; a query parameter is a Long, Integer, String, Boolean, Instant, a value-list enum,"
            + " or a List of numbers, strings or a value list (joined by commas)");
      }
      if (!wire.add(q.wireName())) {
        reporter.error(q.origin(), "MW157", "query parameter \"" + q.wireName() + "\" is declared twice in "
            + e.name());
      }
    }
  }

  private void checkResponseShape(ApiModel model, ShapeModel shape, boolean response, boolean request) {
    if (response && request) {
      reporter.error(shape.origin(), "MW127", shape.name() + " is used in a request and in a response: a request"
          + " shape is built and validated, a response shape is read leniently; declare two shapes");
    }
    for (FieldModel f : shape.fields()) {
      String where = shape.name() + "." + f.javaName();
      if (response && f.hasRequestRule()) {
        Origin rule = f.ruleOrigin();
        reporter.error(rule, "MW123", where + " is in a response shape: responses are read leniently and"
            + " never validated, so it cannot carry request rules (here @" + (rule.annotation() == null
                ? "ExplicitNull" : rule.annotation().getAnnotationType().asElement().getSimpleName()) + ")");
      }
      if (response && f.type() instanceof TypeRef.ListOf l && l.element() == TypeRef.Scalar.BOOLEAN) {
        reporter.error(f.origin(), "MW108", where + " is a List<Boolean> in a response shape; a response list holds"
            + " strings, numbers or shapes");
      }
      if (response && f.type().elementOrSelf() instanceof TypeRef.UnionRef) {
        reporter.error(f.origin(), "MW158", where + " is a union in a response shape: a response is read as one"
            + " lenient shape (keep the discriminator as a value-list field)");
      }
      if (f.embedded() != null || f.link() != null) {
        if (!response) {
          reporter.error(f.halOrigin(), "MW126", where + ": @Embedded and @Link belong to response shapes");
        } else if (f.embedded() != null && f.link() != null) {
          reporter.error(f.halOrigin(), "MW159", where + " is @Embedded and @Link at once");
        } else if (f.embedded() != null && !(f.type() instanceof TypeRef.ListOf l
            && l.element() instanceof TypeRef.ShapeRef)) {
          reporter.error(f.halOrigin(), "MW160", "@Embedded on " + where + " of type " + f.type().describe()
              + "; an embedded field is a List of a @Shape");
        } else if (f.link() != null && f.type() != TypeRef.Scalar.STRING) {
          reporter.error(f.halOrigin(), "MW161", "@Link on " + where + " of type " + f.type().describe()
              + "; a link is the String href");
        }
      }
    }
    if (response) {
      for (ShapeConstraint.Applied rule : shape.constraints()) {
        reporter.error(rule.origin(), "MW123", shape.name() + " is a response shape: @" + rule.unit().annotation()
            + " is a request rule");
      }
      if (shape.fileAttachment() != null) {
        reporter.error(shape.fileAttachment().origin(), "MW123", shape.name()
            + " is a response shape: @FileAttachment describes a request's file");
      }
    }
  }

  private void checkShape(ApiModel model, ShapeModel shape) {
    Map<String, FieldModel> byJson = new HashMap<>();
    for (FieldModel f : shape.fields()) {
      // A HAL field lives under _embedded or _links, beside the object's own properties.
      FieldModel twin = f.embedded() != null || f.link() != null ? null : byJson.putIfAbsent(f.jsonName(), f);
      if (twin != null) {
        reporter.error(f.jsonOrigin(), "MW102", "JSON name \"" + f.jsonName() + "\" of " + f.javaName()
            + " is already used by " + twin.javaName() + " in " + shape.name());
      }
      checkField(model, shape, f);
    }
    Rules.FileAttachment file = shape.fileAttachment();
    if (file != null) {
      for (String name : List.of(file.fileName(), file.mimeType(), file.data())) {
        if (shape.field(name) == null) {
          reporter.error(file.origin(), "MW134", "@FileAttachment names " + name + ", which " + shape.name()
              + " does not have");
        }
      }
      FieldModel data = shape.field(file.data());
      if (data != null && !data.has(FieldConstraints.BASE64)) {
        reporter.error(file.origin(), "MW137", "@FileAttachment's data field " + file.data()
            + " must be a @Format(BASE64) String");
      }
      for (String name : List.of(file.fileName(), file.mimeType())) {
        FieldModel f = shape.field(name);
        if (f != null && (f.type() != TypeRef.Scalar.STRING || f.has(FieldConstraints.BASE64)
            || f.has(FieldConstraints.EMAIL))) {
          reporter.error(file.origin(), "MW138", "@FileAttachment's " + name + " must be a plain String field");
        }
      }
    }
    for (ShapeConstraint.Applied rule : shape.constraints()) {
      rule.check(model, shape, reporter);
    }
  }

  private void checkField(ApiModel model, ShapeModel shape, FieldModel f) {
    String where = shape.name() + "." + f.javaName();
    TypeRef type = f.type();
    TypeRef element = type.elementOrSelf();
    if (type instanceof TypeRef.Unsupported u) {
      reporter.error(f.origin(), "MW108", where + " has unsupported type " + u.description()
          + "; supported: String, Long, Integer, Boolean, Instant, a value-list enum, a @Shape, a @Union,"
          + " or a List of one of those but Instant and enum");
    } else if (type instanceof TypeRef.ListOf
        && (element instanceof TypeRef.ListOf || element instanceof TypeRef.Unsupported
            || element == TypeRef.Scalar.INSTANT || element instanceof TypeRef.EnumRef)) {
      reporter.error(f.origin(), "MW108", where + " has unsupported type " + type.describe()
          + "; a list holds strings, numbers, booleans, shapes or unions");
    }
    FieldConstraint.Checked at = new FieldConstraint.Checked(model, shape, f);
    for (FieldConstraint.Applied c : f.constraints()) {
      c.check(at, reporter);
    }
  }

  private void checkUnion(ApiModel model, UnionModel union) {
    Map<String, Origin> values = new HashMap<>();
    for (UnionModel.Variant v : union.variants()) {
      if (values.putIfAbsent(v.value(), v.origin()) != null) {
        reporter.error(v.origin(), "MW107", "discriminator value \"" + v.value() + "\" is used twice in "
            + union.name());
      }
      if (!(v.shape() instanceof TypeRef.ShapeRef s)) {
        reporter.error(v.origin(), "MW119", "variant \"" + v.value() + "\" of " + union.name()
            + " must name a @Shape, was " + v.shape().describe());
        continue;
      }
      UnionModel owner = model.unionOf(s.name());
      if (owner != union) {
        reporter.error(v.origin(), "MW143", s.name() + " is a member of " + owner.name() + " and " + union.name()
            + "; a shape can be a member of one union");
      }
      ShapeModel shape = model.shape(s.name());
      for (FieldModel f : shape.fields()) {
        if (f.jsonName().equals(union.discriminator())) {
          reporter.error(f.jsonOrigin(), "MW112", s.name() + " is a member of " + union.name()
              + ", whose discriminator is \"" + union.discriminator() + "\": it cannot have a field of that name");
        }
      }
    }
    if (union.variants().isEmpty()) {
      reporter.error(union.origin(), "MW131", union.name() + " has no @Variant");
    }
  }

  private void checkEnum(EnumModel e) {
    if (e.constants().isEmpty()) {
      reporter.error(e.origin(), "MW105", "value list " + e.name() + " is empty: declare its values as constants");
    }
    Set<String> seen = new HashSet<>();
    for (EnumModel.Constant c : e.constants()) {
      if (!seen.add(c.wireValue())) {
        reporter.error(c.origin(), "MW118", "wire value \"" + c.wireValue() + "\" is used twice in " + e.name());
      }
    }
    // A wire value used twice is MW118 already: compare the Java names of distinct wire values.
    List<String> javaNames = e.wireValues().stream().distinct().map(GeneratedNames::constant).toList();
    if (new HashSet<>(javaNames).size() != javaNames.size()) {
      reporter.error(e.origin(), "MW142", "values of " + e.name() + " differ only in case or punctuation: "
          + e.wireValues());
    }
  }
}
