package io.mailwright.benchmarks.readpojo;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A conversation with the generated {@code Conversation}'s fields. */
@JsonIgnoreProperties(ignoreUnknown = true)
public class PojoConversation {
  public Long id;
  public Long number;
  @JsonProperty("threads") public Integer threadCount;
  public String type;
  public Long folderId;
  public String status;
  public String state;
  public String subject;
  public String preview;
  public Long mailboxId;
  public PojoPerson assignee;
  public PojoPerson createdBy;
  public Instant createdAt;
  public Long closedBy;
  public PojoPerson closedByUser;
  public Instant closedAt;
  public Instant userUpdatedAt;
  public WaitingSince customerWaitingSince;
  public Source source;
  public List<Tag> tags;
  public List<String> cc;
  public List<String> bcc;
  public PojoPerson primaryCustomer;
  public List<CustomFieldValue> customFields;
  @JsonProperty("_embedded") public Embedded embedded;
  @JsonProperty("_links") public Map<String, PojoHref> links;

  public void setCreatedAt(String s) {
    createdAt = s == null ? null : Instant.parse(s);
  }

  public void setClosedAt(String s) {
    closedAt = s == null ? null : Instant.parse(s);
  }

  public void setUserUpdatedAt(String s) {
    userUpdatedAt = s == null ? null : Instant.parse(s);
  }

  /** {@code _embedded}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public static class Embedded {
    public List<PojoThread> threads;
  }

  /** {@code customerWaitingSince}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public static class WaitingSince {
    public Instant time;
    public String friendly;
    public String latestReplyFrom;

    public void setTime(String s) {
      time = s == null ? null : Instant.parse(s);
    }
  }

  /** {@code source}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public static class Source {
    public String type;
    public String via;
  }

  /** {@code tags[]}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public static class Tag {
    public Long id;
    public String color;
    public String tag;
  }

  /** {@code customFields[]}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public static class CustomFieldValue {
    public Long id;
    public String name;
    public String value;
    public String text;
  }
}
