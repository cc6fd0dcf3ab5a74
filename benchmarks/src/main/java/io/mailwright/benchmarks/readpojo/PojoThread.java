package io.mailwright.benchmarks.readpojo;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A thread with the generated {@code ThreadDetails}'s fields. */
@JsonIgnoreProperties(ignoreUnknown = true)
public class PojoThread {
  public Long id;
  public String type;
  public String status;
  public String state;
  public Action action;
  public String body;
  public PojoConversation.Source source;
  public PojoPerson customer;
  public PojoPerson createdBy;
  public PojoPerson assignedTo;
  public Long savedReplyId;
  public List<String> to;
  public List<String> cc;
  public List<String> bcc;
  public Instant createdAt;
  public Instant openedAt;
  @JsonProperty("_embedded") public Embedded embedded;

  public void setCreatedAt(String s) {
    createdAt = s == null ? null : Instant.parse(s);
  }

  public void setOpenedAt(String s) {
    openedAt = s == null ? null : Instant.parse(s);
  }

  /** {@code action}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public static class Action {
    public String type;
    public String text;
  }

  /** {@code _embedded}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public static class Embedded {
    public List<Attachment> attachments;
  }

  /** {@code _embedded.attachments[]}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public static class Attachment {
    public Long id;
    public String filename;
    public String mimeType;
    public Long size;
    public Integer width;
    public Integer height;
    @JsonProperty("_links") public Map<String, PojoHref> links;
  }
}
