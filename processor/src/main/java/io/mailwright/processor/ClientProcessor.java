package io.mailwright.processor;

import com.google.auto.service.AutoService;
import io.mailwright.model.GenerateClient;
import io.mailwright.processor.binding.ApiModel;
import io.mailwright.processor.binding.ModelReader;
import io.mailwright.processor.naming.GeneratedNames;
import io.mailwright.processor.validation.ErrorReporter;
import io.mailwright.processor.validation.ModelValidator;
import io.mailwright.processor.writing.CodeWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Generates a client for each package annotated with {@link GenerateClient}, in three phases: read
 * the model into plain values ({@link ModelReader}), check it ({@link ModelValidator}), write code
 * ({@link CodeWriter}). A model whose types are not complete yet is tried again in the next round.
 */
@AutoService(Processor.class)
public final class ClientProcessor extends AbstractProcessor {
  private final Set<String> deferred = new LinkedHashSet<>();

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(GenerateClient.class.getCanonicalName());
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    List<PackageElement> packages = new ArrayList<>();
    for (String name : deferred) {
      packages.add(processingEnv.getElementUtils().getPackageElement(name));
    }
    deferred.clear();
    for (Element e : round.getElementsAnnotatedWith(GenerateClient.class)) {
      packages.add((PackageElement) e);
    }
    for (PackageElement pkg : packages) {
      generate(pkg);
    }
    if (round.processingOver()) {
      for (String name : deferred) {
        processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "[MW901] the model of package " + name
            + " refers to types that never became available; see the errors above");
      }
    }
    return false;
  }

  private void generate(PackageElement pkg) {
    AnnotationMirror trigger = null;
    for (AnnotationMirror m : pkg.getAnnotationMirrors()) {
      if (((TypeElement) m.getAnnotationType().asElement()).getQualifiedName()
          .contentEquals(GenerateClient.class.getCanonicalName())) {
        trigger = m;
      }
    }
    ErrorReporter reporter = new ErrorReporter(processingEnv.getMessager());
    try {
      ApiModel model = new ModelReader(processingEnv.getElementUtils()).read(pkg, trigger);
      GeneratedNames names = GeneratedNames.of(model);
      if (new ModelValidator(reporter).validate(model, names)) {
        new CodeWriter(processingEnv.getFiler()).write(model, names);
      }
    } catch (ModelReader.Incomplete e) {
      deferred.add(pkg.getQualifiedName().toString());
    } catch (UncheckedIOException e) {
      processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
          "[MW900] could not write the generated client: " + e.getMessage(), pkg, trigger);
    } catch (RuntimeException e) {
      processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, crashReport(e), pkg, trigger);
    }
  }

  /** MW999: a bug of the processor, not of the model; the whole stack trace, so that it can be fixed. */
  static String crashReport(Throwable e) {
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    return "[MW999] the processor failed on this model; please report it with the model and this stack trace:\n"
        + trace.toString().strip();
  }
}
