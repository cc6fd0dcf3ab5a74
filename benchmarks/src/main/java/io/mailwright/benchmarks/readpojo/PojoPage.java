package io.mailwright.benchmarks.readpojo;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/** A HAL page of conversations. */
@JsonIgnoreProperties(ignoreUnknown = true)
public class PojoPage {
  @JsonProperty("_embedded") public Embedded embedded;
  @JsonProperty("_links") public Map<String, PojoHref> links;
  public PageInfo page;

  /** {@code _embedded}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public static class Embedded {
    public List<PojoConversation> conversations;
  }

  /** {@code page}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public static class PageInfo {
    public int size;
    public long totalElements;
    public int totalPages;
    public int number;
  }
}
