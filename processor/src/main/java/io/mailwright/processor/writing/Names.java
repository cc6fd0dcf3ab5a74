package io.mailwright.processor.writing;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;

/** The classes generated code refers to, named once. */
final class Names {
  private Names() {}

  /** The runtime's public package: what users of a generated client see and import. */
  static final String RUNTIME = "io.mailwright.runtime";
  /** The runtime's internal package: what only generated code calls. */
  static final String RUNTIME_INTERNAL = "io.mailwright.runtime.internal";

  static final ClassName VIOLATION = ClassName.get(RUNTIME, "Violation");
  static final ClassName RULE = ClassName.get(RUNTIME, "Rule");
  static final ClassName BINARY_DATA = ClassName.get(RUNTIME, "BinaryData");
  static final ClassName VALIDATABLE = ClassName.get(RUNTIME, "Validatable");
  static final ClassName CLIENT_BUILDER = ClassName.get(RUNTIME, "ClientBuilder");
  static final ClassName CREATED = ClassName.get(RUNTIME, "Created");
  static final ClassName PAGE = ClassName.get(RUNTIME, "Page");
  static final ClassName RATE_LIMIT_STATUS = ClassName.get(RUNTIME, "RateLimitStatus");
  static final ClassName REQUEST_VALIDATION_EXCEPTION = ClassName.get(RUNTIME, "RequestValidationException");
  static final ClassName API_EXCEPTION = ClassName.get(RUNTIME, "ApiException");
  static final ClassName ERROR_CONTEXT = ClassName.get(RUNTIME, "ErrorContext");
  static final ClassName OAUTH = ClassName.get(RUNTIME, "OAuth");

  static final ClassName VIOLATIONS = ClassName.get(RUNTIME_INTERNAL, "Violations");
  static final ClassName FORMATS = ClassName.get(RUNTIME_INTERNAL, "Formats");
  static final ClassName CHECKS = ClassName.get(RUNTIME_INTERNAL, "Checks");
  static final ClassName JSON_NULL = ClassName.get(RUNTIME_INTERNAL, "JsonNull");
  static final ClassName MIME_TYPES = ClassName.get(RUNTIME_INTERNAL, "MimeTypes");
  static final ClassName API_CLIENT = ClassName.get(RUNTIME_INTERNAL, "ApiClient");
  static final ClassName OPERATION = ClassName.get(RUNTIME_INTERNAL, "Operation");
  static final ClassName QUERIES = ClassName.get(RUNTIME_INTERNAL, "Queries");
  static final ClassName LENIENT = ClassName.get(RUNTIME_INTERNAL, "Lenient");
  static final ClassName LINKS = ClassName.get(RUNTIME_INTERNAL, "Links");
  /** The Jackson annotation bundle every generated request, response and builder class carries. */
  static final ClassName GENERATED_JSON = ClassName.get(RUNTIME_INTERNAL, "GeneratedJson");
  static final ClassName MEMBERS = ClassName.get(RUNTIME_INTERNAL, "Members");
  /** Documents the contract of every async call once (public: users read it). */
  static final ClassName ASYNC = ClassName.get(RUNTIME, "Async");
  static final ClassName PROTOCOL = ClassName.get(RUNTIME_INTERNAL, "ApiProtocol");
  static final ClassName OAUTH_FLOWS = ClassName.get(RUNTIME_INTERNAL, "OAuthFlows");

  /** A type of the runtime's public package, by its simple name (the exceptions a call documents). */
  static ClassName runtimeType(String simpleName) {
    return ClassName.get(RUNTIME, simpleName);
  }

  static final String JACKSON = "com.fasterxml.jackson.annotation";
  static final ClassName JSON_PROPERTY = ClassName.get(JACKSON, "JsonProperty");
  static final ClassName JSON_PROPERTY_ORDER = ClassName.get(JACKSON, "JsonPropertyOrder");
  static final ClassName JSON_CREATOR = ClassName.get(JACKSON, "JsonCreator");
  static final ClassName JSON_ANY_SETTER = ClassName.get(JACKSON, "JsonAnySetter");
  static final ClassName JSON_VALUE = ClassName.get(JACKSON, "JsonValue");
  static final ClassName JSON_TYPE_INFO = ClassName.get(JACKSON, "JsonTypeInfo");
  static final ClassName JSON_TYPE_INFO_ID = JSON_TYPE_INFO.nestedClass("Id");
  static final ClassName JSON_TYPE_INFO_AS = JSON_TYPE_INFO.nestedClass("As");
  static final ClassName JSON_SUB_TYPES = ClassName.get(JACKSON, "JsonSubTypes");
  static final ClassName JSON_SUB_TYPES_TYPE = JSON_SUB_TYPES.nestedClass("Type");

  static final ClassName RETROFIT_CALL = ClassName.get("retrofit2", "Call");
  static final ClassName RETROFIT_BODY = ClassName.get("retrofit2.http", "Body");
  static final ClassName RETROFIT_PATH = ClassName.get("retrofit2.http", "Path");
  static final ClassName RETROFIT_QUERY_MAP = ClassName.get("retrofit2.http", "QueryMap");

  static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");

  /** JSpecify: generated packages are {@code @NullMarked}; what may be absent says so (issue 11, item 11). */
  static final ClassName NULLABLE = ClassName.get("org.jspecify.annotations", "Nullable");

  /** {@code type} marked {@code @Nullable} (a type-use annotation: {@code Customer.@Nullable Builder}). */
  static TypeName nullable(TypeName type) {
    return type.isPrimitive() ? type : type.annotated(AnnotationSpec.builder(NULLABLE).build());
  }
  static final String PROCESSOR = "io.mailwright.processor.ClientProcessor";

  static AnnotationSpec generated() {
    return AnnotationSpec.builder(GENERATED).addMember("value", "$S", PROCESSOR).build();
  }

  /**
   * The runtime's Jackson bundle: Jackson sees only what generated code annotates (never what it
   * happens to name like a getter), ignores unknown fields and leaves out nulls.
   */
  static AnnotationSpec generatedJson() {
    return AnnotationSpec.builder(GENERATED_JSON).build();
  }

  static AnnotationSpec jsonProperty(String name) {
    return AnnotationSpec.builder(JSON_PROPERTY).addMember("value", "$S", name).build();
  }
}
