package io.mailwright.processor.writing;

import static javax.lang.model.element.Modifier.ABSTRACT;
import static javax.lang.model.element.Modifier.PUBLIC;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.mailwright.processor.binding.ApiModel;
import io.mailwright.processor.binding.EndpointModel;
import io.mailwright.processor.binding.TypeRef;
import io.mailwright.processor.validation.JavaNames;
import java.util.Map;

/** Writes the Retrofit interface: one method per endpoint. */
final class ApiWriter {
  private static final ClassName RESPONSE_BODY = ClassName.get("okhttp3", "ResponseBody");

  private final ApiModel model;

  ApiWriter(ApiModel model) {
    this.model = model;
  }

  static ClassName apiClass(ApiModel model) {
    return ClassName.get(model.packageName(), model.clientName() + "Api");
  }

  /** The Retrofit method of an endpoint: the endpoint interface's name, {@code createNote}. */
  static String methodName(EndpointModel e) {
    return JavaNames.decapitalize(e.name());
  }

  static TypeName pathParamType(EndpointModel.PathParam p) {
    return p.type() == TypeRef.Scalar.LONG ? TypeName.LONG
        : p.type() == TypeRef.Scalar.INTEGER ? TypeName.INT : ClassName.get(String.class);
  }

  TypeSpec write() {
    TypeSpec.Builder api = TypeSpec.interfaceBuilder(apiClass(model))
        .addModifiers(PUBLIC)
        .addJavadoc("$L as Retrofit calls, one per endpoint of the model.\n\n<p>These calls send what they are"
            + " given: use {@link $L} for validation, authentication,\nretries and typed errors.\n",
            Javadoc.text(model.title()), model.clientName())
        .addAnnotation(Names.generated());
    for (EndpointModel e : model.endpoints()) {
      MethodSpec.Builder m = MethodSpec.methodBuilder(methodName(e))
          .addModifiers(PUBLIC, ABSTRACT)
          .returns(ParameterizedTypeName.get(Names.RETROFIT_CALL, e.readsBody() ? RESPONSE_BODY : ClassName.get(Void.class)))
          .addJavadoc(Javadoc.paragraph(e.doc()))
          .addJavadoc("\n<p>{@code $L $L}, $L on success.\n", e.method(), Javadoc.text(e.path()), e.status())
          .addAnnotation(AnnotationSpec.builder(ClassName.get("retrofit2.http", e.method()))
              .addMember("value", "$S", e.path().substring(1))
              .build());
      for (EndpointModel.PathParam p : e.pathParams()) {
        m.addParameter(ParameterSpec.builder(pathParamType(p), p.name())
            .addAnnotation(AnnotationSpec.builder(Names.RETROFIT_PATH).addMember("value", "$S", p.name()).build())
            .build());
      }
      if (!e.queryParams().isEmpty()) {
        m.addParameter(ParameterSpec.builder(ParameterizedTypeName.get(Map.class, String.class, String.class), "query")
            .addAnnotation(Names.RETROFIT_QUERY_MAP)
            .build());
      }
      if (e.body() instanceof TypeRef.ShapeRef body) {
        m.addParameter(ParameterSpec.builder(ClassName.get(model.packageName(), body.name()), "body")
            .addAnnotation(Names.RETROFIT_BODY)
            .build());
      }
      api.addMethod(m.build());
    }
    return api.build();
  }
}
