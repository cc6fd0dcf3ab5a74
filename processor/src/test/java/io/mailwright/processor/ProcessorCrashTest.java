package io.mailwright.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import org.junit.jupiter.api.Test;

/**
 * A processor bug (here: a Filer that fails with a runtime exception, as a broken build tool's can)
 * is one MW999 error on the trigger that carries the whole stack trace, never a javac crash and never
 * an exception's one-line {@code toString()} that says nothing about where it happened.
 */
class ProcessorCrashTest {
  @Test
  void unexpectedExceptionIsReportedWithItsStackTrace() {
    Compilation compilation = Compiler.javac()
        .withProcessors(new FailingFiler(new ClientProcessor(), () -> new IllegalStateException("the disk is on fire")))
        .withClasspath(TestCompiler.Classpath.TEST)
        .compile(TestCompiler.model("required"));

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[MW999] the processor failed on this model; please report it with the model and this"
            + " stack trace:")
        .inFile(TestCompiler.model("required").stream()
            .filter(f -> f.getName().endsWith("package-info.java")).findFirst().orElseThrow())
        .onLineContaining("@GenerateClient");
    String message = compilation.errors().get(0).getMessage(Locale.ROOT);
    assertThat(message).contains("java.lang.IllegalStateException: the disk is on fire");
    // The frames that say where: the writer that called the Filer, and the processor that called it.
    assertThat(message).contains("at io.mailwright.processor.writing.CodeWriter.write(");
    assertThat(message).contains("at io.mailwright.processor.ClientProcessor.generate(");
  }

  /** A Filer that cannot write (an I/O error) is MW900, said once on the trigger, without a stack trace. */
  @Test
  void filerThatCannotWriteIsReportedAsSuch() {
    Compilation compilation = Compiler.javac()
        .withProcessors(new FailingFiler(new ClientProcessor(), () -> new java.io.IOException("No space left on device")))
        .withClasspath(TestCompiler.Classpath.TEST)
        .compile(TestCompiler.model("required"));

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[MW900] could not write the generated client: java.io.IOException: No space left on"
            + " device")
        .inFile(TestCompiler.model("required").stream()
            .filter(f -> f.getName().endsWith("package-info.java")).findFirst().orElseThrow())
        .onLineContaining("@GenerateClient");
  }

  /** The processor, run by javac as usual, but given a Filer whose every method throws a new {@code failure}. */
  private record FailingFiler(Processor delegate, Supplier<Exception> failure) implements Processor {
    @Override
    public void init(ProcessingEnvironment env) {
      Filer broken = (Filer) Proxy.newProxyInstance(Filer.class.getClassLoader(), new Class<?>[] {Filer.class},
          (proxy, method, args) -> {
            throw failure.get(); // made here: its stack trace is the processor's
          });
      delegate.init((ProcessingEnvironment) Proxy.newProxyInstance(ProcessingEnvironment.class.getClassLoader(),
          new Class<?>[] {ProcessingEnvironment.class}, (proxy, method, args) -> {
            if (method.getName().equals("getFiler")) {
              return broken;
            }
            try {
              return method.invoke(env, args);
            } catch (InvocationTargetException e) {
              throw e.getCause();
            }
          }));
    }

    @Override
    public Set<String> getSupportedOptions() {
      return delegate.getSupportedOptions();
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return delegate.getSupportedAnnotationTypes();
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return delegate.getSupportedSourceVersion();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      return delegate.process(annotations, round);
    }

    @Override
    public Iterable<? extends javax.annotation.processing.Completion> getCompletions(
        javax.lang.model.element.Element element, javax.lang.model.element.AnnotationMirror annotation,
        javax.lang.model.element.ExecutableElement member, String userText) {
      return delegate.getCompletions(element, annotation, member, userText);
    }
  }
}
