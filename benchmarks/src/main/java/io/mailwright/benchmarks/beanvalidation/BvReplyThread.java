package io.mailwright.benchmarks.beanvalidation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** A reply from a Help Scout user to the customer; a draft when draft is true. */
public class BvReplyThread extends BvConversationThread {
  private String text;
  private Boolean draft;
  private BvCustomer customer;
  private Boolean imported;
  private BvThreadStatus status;
  private Long user;
  private List<@Email String> cc = new ArrayList<>();
  private List<@Email String> bcc = new ArrayList<>();
  private OffsetDateTime createdAt;
  private List<@Valid BvAttachment> attachments = new ArrayList<>();

  public BvReplyThread() {
    super("reply");
  }

  public BvReplyThread text(String text) {
    this.text = text;
    return this;
  }

  @NotNull
  @Size(min = 1)
  public String getText() {
    return text;
  }

  public BvReplyThread draft(Boolean draft) {
    this.draft = draft;
    return this;
  }

  public Boolean getDraft() {
    return draft;
  }

  public BvReplyThread customer(BvCustomer customer) {
    this.customer = customer;
    return this;
  }

  @NotNull
  @Valid
  public BvCustomer getCustomer() {
    return customer;
  }

  public BvReplyThread imported(Boolean imported) {
    this.imported = imported;
    return this;
  }

  public Boolean getImported() {
    return imported;
  }

  public BvReplyThread status(BvThreadStatus status) {
    this.status = status;
    return this;
  }

  @Valid
  public BvThreadStatus getStatus() {
    return status;
  }

  public BvReplyThread user(Long user) {
    this.user = user;
    return this;
  }

  public Long getUser() {
    return user;
  }

  public BvReplyThread addCcItem(String item) {
    this.cc.add(item);
    return this;
  }

  public List<@Email String> getCc() {
    return cc;
  }

  public BvReplyThread addBccItem(String item) {
    this.bcc.add(item);
    return this;
  }

  public List<@Email String> getBcc() {
    return bcc;
  }

  public BvReplyThread createdAt(OffsetDateTime createdAt) {
    this.createdAt = createdAt;
    return this;
  }

  @Valid
  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public BvReplyThread attachments(List<@Valid BvAttachment> attachments) {
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
