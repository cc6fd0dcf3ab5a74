package io.mailwright.benchmarks.pojo;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A custom field and its value. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class PojoCustomField {
  public Long id;
  public String value;
}
