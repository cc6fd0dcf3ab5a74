package io.mailwright.processor.validation;

import io.mailwright.processor.binding.Origin;
import javax.annotation.processing.Messager;
import javax.tools.Diagnostic;

/**
 * The one way the processor reports a mistake in a model: a javac error on the offending element
 * (on the annotation, or the annotation value, where one is wrong), starting with a short stable
 * code in brackets, e.g. {@code [MW104]}, that tests and users can search for.
 */
public final class ErrorReporter {
  private final Messager messager;
  private int errors;

  public ErrorReporter(Messager messager) {
    this.messager = messager;
  }

  public void error(Origin origin, String code, String message) {
    errors++;
    messager.printMessage(
        Diagnostic.Kind.ERROR, "[" + code + "] " + message, origin.element(), origin.annotation(), origin.value());
  }

  public int errorCount() {
    return errors;
  }
}
