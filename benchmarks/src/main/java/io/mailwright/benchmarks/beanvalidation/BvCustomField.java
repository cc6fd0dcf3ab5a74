package io.mailwright.benchmarks.beanvalidation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A custom field and its value. */
public class BvCustomField {
  private Long id;
  private String value;

  public BvCustomField id(Long id) {
    this.id = id;
    return this;
  }

  @NotNull
  public Long getId() {
    return id;
  }

  public BvCustomField value(String value) {
    this.value = value;
    return this;
  }

  @NotNull
  @Size(min = 1)
  public String getValue() {
    return value;
  }
}
