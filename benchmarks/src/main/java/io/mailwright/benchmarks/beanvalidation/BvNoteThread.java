package io.mailwright.benchmarks.beanvalidation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** A note for Help Scout users. */
public class BvNoteThread extends BvConversationThread {
  private String text;
  private Long user;
  private BvThreadStatus status;
  private Boolean imported;
  private OffsetDateTime createdAt;
  private List<@Valid BvAttachment> attachments = new ArrayList<>();

  public BvNoteThread() {
    super("note");
  }

  public BvNoteThread text(String text) {
    this.text = text;
    return this;
  }

  @NotNull
  @Size(min = 1)
  public String getText() {
    return text;
  }

  public BvNoteThread user(Long user) {
    this.user = user;
    return this;
  }

  public Long getUser() {
    return user;
  }

  public BvNoteThread status(BvThreadStatus status) {
    this.status = status;
    return this;
  }

  @Valid
  public BvThreadStatus getStatus() {
    return status;
  }

  public BvNoteThread imported(Boolean imported) {
    this.imported = imported;
    return this;
  }

  public Boolean getImported() {
    return imported;
  }

  public BvNoteThread createdAt(OffsetDateTime createdAt) {
    this.createdAt = createdAt;
    return this;
  }

  @Valid
  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public BvNoteThread attachments(List<@Valid BvAttachment> attachments) {
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
