package io.mailwright.benchmarks.pojo;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A customer. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class PojoCustomer {
  public Long id;
  public String email;
  public String firstName;
  public String lastName;
  public String phone;
  public String photoUrl;
  public String jobTitle;
  public String photoType;
  public String background;
  public String location;
  public String organization;
  public String gender;
  public String age;
}
