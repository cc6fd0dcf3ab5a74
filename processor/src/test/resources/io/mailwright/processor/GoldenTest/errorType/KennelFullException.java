package com.example.protocol;

import io.mailwright.runtime.ApiException;
import io.mailwright.runtime.ErrorContext;
import javax.annotation.processing.Generated;

/**
 * Status 409: The kennel has no free run.
 */
@Generated("io.mailwright.processor.ClientProcessor")
public class KennelFullException extends ApiException {
  private static final long serialVersionUID = 1L;

  public KennelFullException(ErrorContext context, String explanation) {
    super(context, explanation);
  }
}
