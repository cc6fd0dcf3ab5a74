package io.mailwright.benchmarks.beanvalidation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** Creates a conversation in an inbox with at least one thread. */
public class BvCreateConversation {
  /** Conversation type. */
  public enum TypeEnum { CHAT, EMAIL, PHONE }

  /** Conversation status. */
  public enum StatusEnum { ACTIVE, CLOSED, PENDING }

  private String subject;
  private Boolean autoReply;
  private Boolean imported;
  private TypeEnum type;
  private Long assignTo;
  private Long mailboxId;
  private StatusEnum status;
  private OffsetDateTime createdAt;
  private BvCustomer customer;
  private List<BvConversationThread> threads = new ArrayList<>();
  private List<String> tags = new ArrayList<>();
  private List<@Valid BvCustomField> fields = new ArrayList<>();
  private Long user;
  private OffsetDateTime closedAt;

  public BvCreateConversation subject(String subject) {
    this.subject = subject;
    return this;
  }

  @NotNull
  @Size(min = 1)
  public String getSubject() {
    return subject;
  }

  public BvCreateConversation autoReply(Boolean autoReply) {
    this.autoReply = autoReply;
    return this;
  }

  public Boolean getAutoReply() {
    return autoReply;
  }

  public BvCreateConversation imported(Boolean imported) {
    this.imported = imported;
    return this;
  }

  public Boolean getImported() {
    return imported;
  }

  public BvCreateConversation type(TypeEnum type) {
    this.type = type;
    return this;
  }

  @NotNull
  public TypeEnum getType() {
    return type;
  }

  public BvCreateConversation assignTo(Long assignTo) {
    this.assignTo = assignTo;
    return this;
  }

  public Long getAssignTo() {
    return assignTo;
  }

  public BvCreateConversation mailboxId(Long mailboxId) {
    this.mailboxId = mailboxId;
    return this;
  }

  @NotNull
  public Long getMailboxId() {
    return mailboxId;
  }

  public BvCreateConversation status(StatusEnum status) {
    this.status = status;
    return this;
  }

  @NotNull
  public StatusEnum getStatus() {
    return status;
  }

  public BvCreateConversation createdAt(OffsetDateTime createdAt) {
    this.createdAt = createdAt;
    return this;
  }

  @Valid
  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public BvCreateConversation customer(BvCustomer customer) {
    this.customer = customer;
    return this;
  }

  @NotNull
  @Valid
  public BvCustomer getCustomer() {
    return customer;
  }

  public BvCreateConversation addThreadsItem(BvConversationThread thread) {
    this.threads.add(thread);
    return this;
  }

  @NotNull
  @Valid
  @Size(min = 1, max = 100)
  public List<BvConversationThread> getThreads() {
    return threads;
  }

  public BvCreateConversation addTagsItem(String tag) {
    this.tags.add(tag);
    return this;
  }

  public List<String> getTags() {
    return tags;
  }

  public BvCreateConversation addFieldsItem(BvCustomField field) {
    this.fields.add(field);
    return this;
  }

  @Valid
  public List<@Valid BvCustomField> getFields() {
    return fields;
  }

  public BvCreateConversation user(Long user) {
    this.user = user;
    return this;
  }

  public Long getUser() {
    return user;
  }

  public BvCreateConversation closedAt(OffsetDateTime closedAt) {
    this.closedAt = closedAt;
    return this;
  }

  @Valid
  public OffsetDateTime getClosedAt() {
    return closedAt;
  }

  /** Added by hand: closedAt is "only applicable for imported conversations". */
  @AssertTrue(message = "closedAt only allowed when imported is true")
  public boolean isClosedAtOnlyWhenImported() {
    return closedAt == null || Boolean.TRUE.equals(imported);
  }
}
