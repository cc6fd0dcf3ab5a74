package io.mailwright.benchmarks.pojo;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** The Create Conversation body. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class PojoCreateConversation {
  public String subject;
  public Boolean autoReply;
  public Boolean imported;
  public String type;
  public Long assignTo;
  public Long mailboxId;
  public String status;
  public String createdAt;
  public PojoCustomer customer;
  public List<PojoThread> threads;
  public List<String> tags;
  public List<PojoCustomField> fields;
  public Long user;
  public String closedAt;
}
