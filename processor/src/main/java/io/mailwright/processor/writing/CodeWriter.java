package io.mailwright.processor.writing;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import io.mailwright.processor.binding.ApiModel;
import io.mailwright.processor.binding.EndpointModel;
import io.mailwright.processor.binding.EnumModel;
import io.mailwright.processor.binding.ShapeModel;
import io.mailwright.processor.binding.UnionModel;
import io.mailwright.processor.naming.GeneratedNames;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.annotation.processing.Filer;

/**
 * Phase three: writes the code of a valid model, one source file per type. It sees only the plain
 * values of the model, never javac's elements.
 */
public final class CodeWriter {
  private final Filer filer;

  public CodeWriter(Filer filer) {
    this.filer = filer;
  }

  public void write(ApiModel model, GeneratedNames names) {
    String pkg = model.packageName();
    EnumWriter enums = new EnumWriter(pkg);
    for (EnumModel e : model.enums()) {
      write(pkg, enums.write(e));
    }
    UnionWriter unions = new UnionWriter(pkg);
    for (UnionModel u : model.unions()) {
      write(pkg, unions.write(u));
    }
    ShapeWriter shapes = new ShapeWriter(model, names);
    ResponseWriter responses = new ResponseWriter(pkg, names);
    java.util.Set<String> responseShapes = model.responseShapes();
    for (ShapeModel s : model.shapes()) {
      write(pkg, responseShapes.contains(s.name()) ? responses.write(s) : shapes.write(s));
    }
    QueryWriter queries = new QueryWriter(pkg);
    for (EndpointModel e : model.endpoints()) {
      if (!e.queryParams().isEmpty()) {
        write(pkg, queries.write(e));
      }
    }
    write(pkg, new ApiWriter(model).write());
    ClientWriter client = new ClientWriter(model);
    client.resources().forEach((resource, endpoints) -> write(pkg, client.resource(resource, endpoints)));
    write(pkg, client.entryPoint());
    for (TypeSpec errorType : new ProtocolWriter(model).errorTypes()) {
      write(pkg, errorType);
    }
  }

  private void write(String pkg, TypeSpec type) {
    try {
      JavaFile.builder(pkg, type).skipJavaLangImports(true).indent("  ").build().writeTo(filer);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
