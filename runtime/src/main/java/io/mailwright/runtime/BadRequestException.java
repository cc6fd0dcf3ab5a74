package io.mailwright.runtime;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code 400}: the API rejected the request. {@link #fieldErrors()} lists what the API said of each
 * field (empty when the body had none, e.g. for JSON it could not parse).
 */
public final class BadRequestException extends ApiException {
  private static final long serialVersionUID = 1L;

  private final transient List<FieldError> fieldErrors;

  public BadRequestException(ErrorContext context, List<FieldError> fieldErrors) {
    this(context, fieldErrors, null);
  }

  /**
   * @param note what else the message should say, e.g. that the body was not JSON (a proxy's HTML
   *     page), with a snippet of it; {@code null} for nothing
   */
  public BadRequestException(ErrorContext context, List<FieldError> fieldErrors, @Nullable String note) {
    super(context, note == null ? explain(fieldErrors) : explain(fieldErrors) + "; " + note);
    this.fieldErrors = List.copyOf(fieldErrors);
  }

  public List<FieldError> fieldErrors() {
    return fieldErrors;
  }

  private static String explain(List<FieldError> errors) {
    if (errors.isEmpty()) {
      return "the API rejected the request";
    }
    StringBuilder sb = new StringBuilder("the API rejected ").append(errors.size())
        .append(errors.size() == 1 ? " field" : " fields");
    for (FieldError e : errors) {
      sb.append("\n  ").append(e);
    }
    return sb.toString();
  }

  /**
   * One field error of a {@code 400} ({@code vnd.error} body): the field's path, the API's message,
   * the value it rejected (if it said), and the error code named by the fragment of its
   * {@code about} link ({@code NotEmpty}, {@code EnumValue}, ...).
   */
  public record FieldError(String path, String message, String rejectedValue, String code) {
    @Override
    public String toString() {
      StringBuilder sb = new StringBuilder(path == null ? "(request)" : path).append(": ").append(message);
      if (rejectedValue != null) {
        sb.append(" (rejected '").append(rejectedValue).append("')");
      }
      if (code != null) {
        sb.append(" [").append(code).append(']');
      }
      return sb.toString();
    }
  }
}
