package io.mailwright.processor.binding;

import io.mailwright.model.Api;
import io.mailwright.model.ApiHeaders;
import io.mailwright.model.Authorization;
import io.mailwright.model.Body;
import io.mailwright.model.Endpoint;
import io.mailwright.model.ErrorBody;
import io.mailwright.model.ErrorResponse;
import io.mailwright.model.ErrorType;
import io.mailwright.model.ExplicitNull;
import io.mailwright.model.FileAttachment;
import io.mailwright.model.Embedded;
import io.mailwright.model.Json;
import io.mailwright.model.Link;
import io.mailwright.model.Paged;
import io.mailwright.model.Query;
import io.mailwright.model.Returns;
import io.mailwright.model.Mixin;
import io.mailwright.model.PathParam;
import io.mailwright.model.ResolvesMoved;
import io.mailwright.model.ResponseHeader;
import io.mailwright.model.Shape;
import io.mailwright.model.Union;
import io.mailwright.model.Variant;
import io.mailwright.processor.constraints.FieldConstraints;
import io.mailwright.processor.constraints.ModelSource;
import io.mailwright.processor.constraints.ShapeConstraint;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Phase one: reads a model, starting at the package annotated with {@code @GenerateClient}, into
 * plain values. It judges nothing: whatever it finds, well-formed or not, goes into the
 * {@link ApiModel} with its {@link Origin}, for the validation phase to check.
 */
public final class ModelReader {
  /** A type of the model is not complete yet (it may be generated later); try the next round. */
  public static final class Incomplete extends Exception {
    private static final long serialVersionUID = 1L;

    Incomplete(String what) {
      super(what, null, false, false);
    }
  }

  private final Annotations annotations;
  private final Elements elements;
  private final Map<String, ShapeModel> shapes = new LinkedHashMap<>();
  private final Map<String, UnionModel> unions = new LinkedHashMap<>();
  private final Map<String, EnumModel> enums = new LinkedHashMap<>();
  private final Deque<TypeElement> pending = new ArrayDeque<>();
  private final Map<String, TypeElement> seen = new LinkedHashMap<>();
  private final List<Rules.NotAMixin> notMixins = new ArrayList<>();
  private final List<Rules.AnnotatedPlacement> annotatedPlacements = new ArrayList<>();

  public ModelReader(Elements elements) {
    this.elements = elements;
    this.annotations = new Annotations(elements);
  }

  public ApiModel read(PackageElement pkg, AnnotationMirror generateClient) throws Incomplete {
    Origin origin = Origin.of(pkg).at(generateClient);
    String clientName = annotations.string(generateClient, "name");
    TypeMirror modelType = annotations.type(generateClient, "model");
    checkComplete(modelType);
    TypeElement root = (TypeElement) ((DeclaredType) modelType).asElement();
    AnnotationMirror api = annotations.find(root, Api.class);
    if (api == null) {
      return new ApiModel(pkg.getQualifiedName().toString(), clientName, null, null, List.of(), List.of(),
          List.of(), List.of(), origin.at(generateClient, annotations.value(generateClient, "model")), List.of(),
          List.of(), ProtocolModel.NONE);
    }
    List<EndpointModel> endpoints = new ArrayList<>();
    for (AnnotationValue v : annotations.list(api, "endpoints")) {
      TypeMirror t = (TypeMirror) v.getValue();
      checkComplete(t);
      endpoints.add(readEndpoint((TypeElement) ((DeclaredType) t).asElement(), Origin.of(root).at(api, v)));
    }
    while (!pending.isEmpty()) {
      readType(pending.poll());
    }
    return new ApiModel(
        pkg.getQualifiedName().toString(),
        clientName,
        annotations.string(api, "title"),
        annotations.string(api, "baseUrl"),
        List.copyOf(endpoints),
        List.copyOf(shapes.values()),
        List.copyOf(unions.values()),
        List.copyOf(enums.values()),
        origin,
        List.copyOf(notMixins),
        List.copyOf(annotatedPlacements),
        readProtocol(root));
  }

  /** The root's {@code @Authorization}, {@code @ApiHeaders}, {@code @ErrorBody} and {@code @ErrorType}s. */
  private ProtocolModel readProtocol(TypeElement root) {
    List<ProtocolModel.Member> members = new ArrayList<>();
    Map<String, AnnotationMirror> found = new LinkedHashMap<>();
    found.put("Authorization", annotations.find(root, Authorization.class));
    found.put("ApiHeaders", annotations.find(root, ApiHeaders.class));
    found.put("ErrorBody", annotations.find(root, ErrorBody.class));
    for (ProtocolModel.Key key : ProtocolModel.Key.values()) {
      AnnotationMirror a = found.get(key.annotation());
      if (a != null) {
        String value = annotations.string(a, key.member());
        members.add(new ProtocolModel.Member(key, value.isEmpty() ? null : value,
            Origin.of(root).at(a, annotations.value(a, key.member()))));
      }
    }
    List<ProtocolModel.ErrorType> errorTypes = new ArrayList<>();
    for (AnnotationMirror t : annotations.findAll(root, ErrorType.class, ErrorType.List.class)) {
      errorTypes.add(new ProtocolModel.ErrorType(annotations.integer(t, "status"), annotations.string(t, "name"),
          annotations.string(t, "doc"), Origin.of(root).at(t, annotations.value(t, "status")),
          Origin.of(root).at(t, annotations.value(t, "name"))));
    }
    return new ProtocolModel(List.copyOf(members), List.copyOf(errorTypes));
  }

  private EndpointModel readEndpoint(TypeElement type, Origin listedAt) throws Incomplete {
    AnnotationMirror endpoint = annotations.find(type, Endpoint.class);
    String name = type.getSimpleName().toString();
    if (endpoint == null) {
      return new EndpointModel(name, null, null, 0, null, null, "", List.of(), null, List.of(), List.of(),
          listedAt, listedAt, listedAt, List.of(), false, List.of(), null, null, null, listedAt, "");
    }
    Origin origin = Origin.of(type).at(endpoint);
    List<EndpointModel.PathParam> pathParams = new ArrayList<>();
    List<EndpointModel.QueryParam> queryParams = new ArrayList<>();
    List<FieldModel> inline = new ArrayList<>();
    TypeRef body = null;
    List<Origin> extraBodies = new ArrayList<>();
    for (ExecutableElement m : modelMethods(type)) {
      if (annotations.find(m, PathParam.class) != null) {
        pathParams.add(new EndpointModel.PathParam(
            m.getSimpleName().toString(), typeOf(m.getReturnType()), annotations.doc(m),
            Origin.of(m).at(annotations.find(m, PathParam.class))));
      } else if (annotations.find(m, Query.class) != null) {
        AnnotationMirror q = annotations.find(m, Query.class);
        String wire = annotations.string(q, "value");
        queryParams.add(new EndpointModel.QueryParam(m.getSimpleName().toString(),
            wire.isEmpty() ? m.getSimpleName().toString() : wire, typeOf(m.getReturnType()),
            annotations.string(q, "defaultValue"), annotations.doc(m), Origin.of(m).at(q)));
      } else if (annotations.find(m, Body.class) != null) {
        if (body == null) {
          body = typeOf(m.getReturnType());
        } else {
          extraBodies.add(Origin.of(m).at(annotations.find(m, Body.class)));
        }
      } else {
        inline.add(readField(m));
      }
    }
    if (!inline.isEmpty()) {
      if (body != null) {
        for (FieldModel f : inline) {
          extraBodies.add(f.origin());
        }
      } else {
        String requestName = name + "Request";
        shapes.put(requestName, new ShapeModel(requestName, annotations.doc(type), List.copyOf(inline),
            shapeConstraints(type, new TypeRef.ShapeRef(requestName)), readFileAttachment(type), Origin.of(type)));
        body = new TypeRef.ShapeRef(requestName);
      }
    }
    List<EndpointModel.Header> headers = new ArrayList<>();
    List<EndpointModel.ErrorStatus> errors = new ArrayList<>();
    for (TypeElement declaring : withMixins(type)) {
      for (AnnotationMirror h : annotations.findAll(declaring, ResponseHeader.class, ResponseHeader.List.class)) {
        headers.add(new EndpointModel.Header(annotations.string(h, "name"), annotations.string(h, "doc"),
            annotations.enumConstant(h, "meaning"), Origin.of(declaring).at(h, annotations.value(h, "meaning"))));
      }
      for (AnnotationMirror e : annotations.findAll(declaring, ErrorResponse.class, ErrorResponse.List.class)) {
        errors.add(new EndpointModel.ErrorStatus(annotations.integer(e, "status"), annotations.string(e, "doc")));
      }
    }
    TypeRef returns = null;
    TypeRef pagedItem = null;
    String pagedEmbedded = null;
    Origin responseOrigin = origin;
    AnnotationMirror returnsMirror = annotations.find(type, Returns.class);
    AnnotationMirror pagedMirror = annotations.find(type, Paged.class);
    if (returnsMirror != null) {
      TypeMirror t = annotations.type(returnsMirror, "value");
      checkComplete(t);
      returns = typeOf(t);
      responseOrigin = Origin.of(type).at(returnsMirror, annotations.value(returnsMirror, "value"));
    }
    if (pagedMirror != null) {
      TypeMirror t = annotations.type(pagedMirror, "item");
      checkComplete(t);
      pagedItem = typeOf(t);
      pagedEmbedded = annotations.string(pagedMirror, "embedded");
      responseOrigin = Origin.of(type).at(pagedMirror);
    }
    AnnotationMirror moved = annotations.find(type, ResolvesMoved.class);
    return new EndpointModel(
        name,
        annotations.enumConstant(endpoint, "method"),
        annotations.string(endpoint, "path"),
        annotations.integer(endpoint, "status"),
        annotations.string(endpoint, "resource"),
        annotations.string(endpoint, "operation"),
        annotations.doc(type),
        List.copyOf(pathParams),
        body,
        List.copyOf(headers),
        List.copyOf(errors),
        origin,
        origin.at(endpoint, annotations.value(endpoint, "path")),
        origin.at(endpoint, annotations.value(endpoint, "operation")),
        List.copyOf(extraBodies),
        moved != null,
        List.copyOf(queryParams),
        returns,
        pagedItem,
        pagedEmbedded,
        returnsMirror != null && pagedMirror != null ? Origin.of(type).at(pagedMirror) : responseOrigin,
        moved == null ? "" : annotations.string(moved, "resolver"));
  }

  private void readType(TypeElement type) throws Incomplete {
    String name = type.getSimpleName().toString();
    if (type.getKind() == ElementKind.ENUM) {
      List<EnumModel.Constant> constants = new ArrayList<>();
      for (Element e : type.getEnclosedElements()) {
        if (e.getKind() == ElementKind.ENUM_CONSTANT) {
          AnnotationMirror json = annotations.find(e, Json.class);
          String constant = e.getSimpleName().toString();
          constants.add(new EnumModel.Constant(constant, json == null ? constant : annotations.string(json, "value"),
              annotations.doc(e), Origin.of(e)));
        }
      }
      enums.put(key(type), new EnumModel(name, annotations.doc(type), List.copyOf(constants), Origin.of(type)));
      return;
    }
    AnnotationMirror union = annotations.find(type, Union.class);
    if (union != null) {
      List<UnionModel.Variant> variants = new ArrayList<>();
      for (AnnotationMirror v : annotations.findAll(type, Variant.class, Variant.List.class)) {
        TypeMirror shape = annotations.type(v, "shape");
        checkComplete(shape);
        variants.add(new UnionModel.Variant(annotations.string(v, "value"), typeOf(shape),
            Origin.of(type).at(v, annotations.value(v, "value"))));
      }
      unions.put(key(type), new UnionModel(name, annotations.doc(type), annotations.string(union, "discriminator"),
          List.copyOf(variants), Origin.of(type).at(union)));
      return;
    }
    List<FieldModel> fields = new ArrayList<>();
    for (ExecutableElement m : modelMethods(type)) {
      fields.add(readField(m));
    }
    shapes.put(key(type), new ShapeModel(name, annotations.doc(type), List.copyOf(fields),
        shapeConstraints(type, new TypeRef.ShapeRef(name)), readFileAttachment(type), Origin.of(type)));
  }

  private Rules.FileAttachment readFileAttachment(TypeElement type) {
    AnnotationMirror m = annotations.find(type, FileAttachment.class);
    return m == null ? null : new Rules.FileAttachment(annotations.string(m, "fileName"),
        annotations.string(m, "mimeType"), annotations.string(m, "data"), Origin.of(type).at(m));
  }

  /** The constraints on a shape as a whole, read by each unit. */
  private List<ShapeConstraint.Applied> shapeConstraints(TypeElement type, TypeRef self) {
    ModelSource source = source(type, self);
    return readAll(FieldConstraints.SHAPE, c -> c.read(source));
  }

  private FieldModel readField(ExecutableElement m) throws Incomplete {
    Origin origin = Origin.of(m);
    String javaName = m.getSimpleName().toString();
    AnnotationMirror json = annotations.find(m, Json.class);
    TypeRef type = m.getParameters().isEmpty()
        ? typeOf(m.getReturnType())
        : new TypeRef.Unsupported("a method with parameters");
    AnnotationMirror embedded = annotations.find(m, Embedded.class);
    AnnotationMirror link = annotations.find(m, Link.class);
    ModelSource source = source(m, type);
    return new FieldModel(
        javaName,
        json == null ? javaName : annotations.string(json, "value"),
        type,
        annotations.find(m, ExplicitNull.class) != null,
        annotations.doc(m),
        origin,
        json == null ? origin : origin.at(json, annotations.value(json, "value")),
        embedded == null ? null : annotations.string(embedded, "value"),
        link == null ? null : annotations.string(link, "value"),
        embedded != null ? origin.at(embedded) : link != null ? origin.at(link) : origin,
        readAll(FieldConstraints.ALL, c -> c.read(source)));
  }

  /** What each unit reads, in the units' order; a unit that reads nothing adds nothing. */
  private static <U, A> List<A> readAll(List<U> units, Function<U, A> read) {
    List<A> all = new ArrayList<>();
    for (U unit : units) {
      A applied = read.apply(unit);
      if (applied != null) {
        all.add(applied);
      }
    }
    return List.copyOf(all);
  }

  /** A field or a shape as the constraint units read it. */
  private ModelSource source(Element element, TypeRef type) {
    Origin origin = Origin.of(element);
    return new ModelSource() {
      @Override
      public TypeRef type() {
        return type;
      }

      @Override
      public Origin origin() {
        return origin;
      }

      @Override
      public ModelSource.Annotated annotation(String qualifiedName) {
        for (AnnotationMirror a : element.getAnnotationMirrors()) {
          if (((TypeElement) a.getAnnotationType().asElement()).getQualifiedName().contentEquals(qualifiedName)) {
            Map<String, AnnotationValue> values = new LinkedHashMap<>();
            elements.getElementValuesWithDefaults(a).forEach((k, v) -> values.put(k.getSimpleName().toString(), v));
            return new ModelSource.Annotated(a, values, origin);
          }
        }
        return null;
      }
    };
  }

  /**
   * The abstract methods of an interface of the model, in declaration order, then those of its
   * {@code @Mixin}s not redeclared, in the mixins' order. A redeclared mixin method stands where it is
   * redeclared, read from the mixin (its annotations are the mixin's).
   */
  private List<ExecutableElement> modelMethods(TypeElement type) {
    Map<String, ExecutableElement> inherited = new LinkedHashMap<>();
    for (TypeElement mixin : withMixins(type)) {
      if (mixin != type) {
        for (ExecutableElement m : declaredMethods(mixin)) {
          inherited.putIfAbsent(m.getSimpleName().toString(), m);
        }
      }
    }
    List<ExecutableElement> methods = new ArrayList<>();
    for (ExecutableElement m : declaredMethods(type)) {
      ExecutableElement placed = m.getParameters().isEmpty() ? inherited.remove(m.getSimpleName().toString()) : null;
      if (placed == null) {
        methods.add(m);
        continue;
      }
      if (!m.getAnnotationMirrors().isEmpty()) {
        annotatedPlacements.add(new Rules.AnnotatedPlacement(type.getSimpleName().toString(),
            m.getSimpleName().toString(), Origin.of(m).at(m.getAnnotationMirrors().get(0))));
      }
      methods.add(placed);
    }
    methods.addAll(inherited.values());
    return methods;
  }

  private static List<ExecutableElement> declaredMethods(TypeElement type) {
    List<ExecutableElement> methods = new ArrayList<>();
    for (ExecutableElement m : ElementFilter.methodsIn(type.getEnclosedElements())) {
      if (m.getModifiers().contains(Modifier.ABSTRACT)) {
        methods.add(m);
      }
    }
    return methods;
  }

  /**
   * The interface itself, then the {@code @Mixin}s it includes, depth first in the order of its
   * {@code extends} clause, each once. An extended interface that is no mixin is noted (MW145) and
   * left out.
   */
  private List<TypeElement> withMixins(TypeElement type) {
    List<TypeElement> all = new ArrayList<>();
    collectMixins(type, all);
    return all;
  }

  private void collectMixins(TypeElement type, List<TypeElement> into) {
    if (into.contains(type)) {
      return;
    }
    into.add(type);
    for (TypeMirror t : type.getInterfaces()) {
      TypeElement extended = (TypeElement) ((DeclaredType) t).asElement();
      if (annotations.find(extended, Mixin.class) == null) {
        Rules.NotAMixin mistake = new Rules.NotAMixin(type.getSimpleName().toString(),
            extended.getSimpleName().toString(), Origin.of(type));
        if (!notMixins.contains(mistake)) {
          notMixins.add(mistake);
        }
      } else {
        collectMixins(extended, into);
      }
    }
  }

  private TypeRef typeOf(TypeMirror t) throws Incomplete {
    checkComplete(t);
    switch (t.getKind()) {
      case LONG:
        return TypeRef.Scalar.LONG;
      case INT:
        return TypeRef.Scalar.INTEGER;
      case VOID:
        return new TypeRef.Unsupported("void");
      case BOOLEAN:
        return TypeRef.Scalar.BOOLEAN;
      case DECLARED:
        break;
      default:
        return new TypeRef.Unsupported(t.toString());
    }
    DeclaredType declared = (DeclaredType) t;
    TypeElement element = (TypeElement) declared.asElement();
    String qualified = element.getQualifiedName().toString();
    switch (qualified) {
      case "java.lang.String":
        return TypeRef.Scalar.STRING;
      case "java.lang.Long":
        return TypeRef.Scalar.LONG;
      case "java.lang.Integer":
        return TypeRef.Scalar.INTEGER;
      case "java.lang.Boolean":
        return TypeRef.Scalar.BOOLEAN;
      case "java.time.Instant":
        return TypeRef.Scalar.INSTANT;
      case "java.util.List":
        if (declared.getTypeArguments().size() == 1) {
          return new TypeRef.ListOf(typeOf(declared.getTypeArguments().get(0)));
        }
        return new TypeRef.Unsupported(t.toString());
      default:
        break;
    }
    String name = element.getSimpleName().toString();
    if (element.getKind() == ElementKind.ENUM) {
      enqueue(element);
      return new TypeRef.EnumRef(name);
    }
    if (element.getKind() == ElementKind.INTERFACE) {
      if (annotations.find(element, Shape.class) != null) {
        enqueue(element);
        return new TypeRef.ShapeRef(name);
      }
      if (annotations.find(element, Union.class) != null) {
        enqueue(element);
        return new TypeRef.UnionRef(name);
      }
      return new TypeRef.Unsupported(t + " (an interface without @Shape or @Union)");
    }
    return new TypeRef.Unsupported(t.toString());
  }

  private void enqueue(TypeElement type) {
    if (seen.putIfAbsent(type.getQualifiedName().toString(), type) == null) {
      pending.add(type);
    }
  }

  /** Shapes, unions and enums are keyed by qualified name: two with one simple name both stay. */
  private static String key(TypeElement type) {
    return type.getQualifiedName().toString();
  }

  private static void checkComplete(TypeMirror t) throws Incomplete {
    if (t.getKind() == TypeKind.ERROR) {
      throw new Incomplete(t.toString());
    }
    if (t instanceof DeclaredType d) {
      for (TypeMirror arg : d.getTypeArguments()) {
        checkComplete(arg);
      }
    }
  }
}
