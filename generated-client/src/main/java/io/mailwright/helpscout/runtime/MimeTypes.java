package io.mailwright.helpscout.runtime;

import java.net.URLConnection;
import java.util.Locale;
import java.util.Map;

/** The mime type of a file from its name, for attachments whose type the caller does not give. */
public final class MimeTypes {
  /** Common attachment types the JDK's table lacks or gets wrong; the JDK's table comes next. */
  private static final Map<String, String> COMMON = Map.ofEntries(
      Map.entry("txt", "text/plain"),
      Map.entry("csv", "text/csv"),
      Map.entry("log", "text/plain"),
      Map.entry("md", "text/markdown"),
      Map.entry("html", "text/html"),
      Map.entry("json", "application/json"),
      Map.entry("xml", "application/xml"),
      Map.entry("pdf", "application/pdf"),
      Map.entry("zip", "application/zip"),
      Map.entry("gz", "application/gzip"),
      Map.entry("png", "image/png"),
      Map.entry("jpg", "image/jpeg"),
      Map.entry("jpeg", "image/jpeg"),
      Map.entry("gif", "image/gif"),
      Map.entry("webp", "image/webp"),
      Map.entry("svg", "image/svg+xml"),
      Map.entry("heic", "image/heic"),
      Map.entry("mp3", "audio/mpeg"),
      Map.entry("mp4", "video/mp4"),
      Map.entry("mov", "video/quicktime"),
      Map.entry("doc", "application/msword"),
      Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
      Map.entry("xls", "application/vnd.ms-excel"),
      Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
      Map.entry("ppt", "application/vnd.ms-powerpoint"),
      Map.entry("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
      Map.entry("eml", "message/rfc822"));

  /** What is sent when nothing is known of a file's type. */
  public static final String UNKNOWN = "application/octet-stream";

  private MimeTypes() {}

  /** The mime type for a file name, {@value #UNKNOWN} when the extension says nothing. */
  public static String guess(String fileName) {
    int dot = fileName.lastIndexOf('.');
    if (dot >= 0 && dot < fileName.length() - 1) {
      String known = COMMON.get(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
      if (known != null) {
        return known;
      }
    }
    String jdk = URLConnection.getFileNameMap().getContentTypeFor(fileName);
    return jdk != null ? jdk : UNKNOWN;
  }
}
