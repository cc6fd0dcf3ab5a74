package io.mailwright.benchmarks.pojo;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An attachment; Jackson writes {@code byte[]} as Base64. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class PojoAttachment {
  public String fileName;
  public String mimeType;
  public byte[] data;
}
