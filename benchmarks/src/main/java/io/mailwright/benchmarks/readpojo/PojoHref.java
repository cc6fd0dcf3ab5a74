package io.mailwright.benchmarks.readpojo;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** One HAL link. */
@JsonIgnoreProperties(ignoreUnknown = true)
public class PojoHref {
  public String href;
}
