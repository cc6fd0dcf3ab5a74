package io.mailwright.benchmarks.beanvalidation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** A thread written by the customer. */
public class BvCustomerThread extends BvConversationThread {
  private String text;
  private BvCustomer customer;
  private Boolean imported;
  private List<@Email String> cc = new ArrayList<>();
  private List<@Email String> bcc = new ArrayList<>();
  private OffsetDateTime createdAt;
  private List<@Valid BvAttachment> attachments = new ArrayList<>();

  public BvCustomerThread() {
    super("customer");
  }

  public BvCustomerThread text(String text) {
    this.text = text;
    return this;
  }

  @NotNull
  @Size(min = 1)
  public String getText() {
    return text;
  }

  public BvCustomerThread customer(BvCustomer customer) {
    this.customer = customer;
    return this;
  }

  @NotNull
  @Valid
  public BvCustomer getCustomer() {
    return customer;
  }

  public BvCustomerThread imported(Boolean imported) {
    this.imported = imported;
    return this;
  }

  public Boolean getImported() {
    return imported;
  }

  public BvCustomerThread addCcItem(String item) {
    this.cc.add(item);
    return this;
  }

  public List<@Email String> getCc() {
    return cc;
  }

  public BvCustomerThread addBccItem(String item) {
    this.bcc.add(item);
    return this;
  }

  public List<@Email String> getBcc() {
    return bcc;
  }

  public BvCustomerThread createdAt(OffsetDateTime createdAt) {
    this.createdAt = createdAt;
    return this;
  }

  @Valid
  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public BvCustomerThread attachments(List<@Valid BvAttachment> attachments) {
    this.attachments = attachments;
    return this;
  }

  @Valid
  public List<@Valid BvAttachment> getAttachments() {
    return attachments;
  }

  /** Added by hand: "It can only be used with imported field set to true". */
  @AssertTrue(message = "createdAt only allowed when imported is true")
  public boolean isCreatedAtOnlyWhenImported() {
    return createdAt == null || Boolean.TRUE.equals(imported);
  }
}
