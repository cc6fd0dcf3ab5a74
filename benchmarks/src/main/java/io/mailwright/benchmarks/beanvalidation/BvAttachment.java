package io.mailwright.benchmarks.beanvalidation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An attachment of a thread. */
public class BvAttachment {
  private String fileName;
  private String mimeType;
  private byte[] data;

  public BvAttachment fileName(String fileName) {
    this.fileName = fileName;
    return this;
  }

  @NotNull
  @Size(min = 1)
  public String getFileName() {
    return fileName;
  }

  public BvAttachment mimeType(String mimeType) {
    this.mimeType = mimeType;
    return this;
  }

  @NotNull
  @Size(min = 1)
  public String getMimeType() {
    return mimeType;
  }

  public BvAttachment data(byte[] data) {
    this.data = data;
    return this;
  }

  @NotNull
  public byte[] getData() {
    return data;
  }
}
