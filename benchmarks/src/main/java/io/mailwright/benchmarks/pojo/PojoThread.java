package io.mailwright.benchmarks.pojo;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** Any thread of a new conversation: its {@code type} and the union of the thread fields. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class PojoThread {
  public String type;
  public String text;
  public Boolean draft;
  public PojoCustomer customer;
  public Boolean imported;
  public String status;
  public Long user;
  public List<String> cc;
  public List<String> bcc;
  public String createdAt;
  public List<PojoAttachment> attachments;
}
