package io.mailwright.benchmarks.readpojo;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A person. */
@JsonIgnoreProperties(ignoreUnknown = true)
public class PojoPerson {
  public Long id;
  public String type;
  public String first;
  public String last;
  public String email;
  public String photoUrl;
}
