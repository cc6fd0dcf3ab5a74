package io.mailwright.runtime.internal;

import java.net.URLConnection;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

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

  /**
   * The mime type for a file name, {@value #UNKNOWN} when the extension says nothing (or there is no
   * name). The extension, in any case, is looked up first in this table, then in the JDK's
   * ({@link URLConnection#getFileNameMap()}):
   *
   * <table>
   *   <caption>Extensions and the mime type guessed</caption>
   *   <tr><th>Extension</th><th>Mime type</th></tr>
   *   <tr><td>txt, log</td><td>text/plain</td></tr>
   *   <tr><td>csv</td><td>text/csv</td></tr>
   *   <tr><td>md</td><td>text/markdown</td></tr>
   *   <tr><td>html</td><td>text/html</td></tr>
   *   <tr><td>json</td><td>application/json</td></tr>
   *   <tr><td>xml</td><td>application/xml</td></tr>
   *   <tr><td>pdf</td><td>application/pdf</td></tr>
   *   <tr><td>zip</td><td>application/zip</td></tr>
   *   <tr><td>gz</td><td>application/gzip</td></tr>
   *   <tr><td>png</td><td>image/png</td></tr>
   *   <tr><td>jpg, jpeg</td><td>image/jpeg</td></tr>
   *   <tr><td>gif</td><td>image/gif</td></tr>
   *   <tr><td>webp</td><td>image/webp</td></tr>
   *   <tr><td>svg</td><td>image/svg+xml</td></tr>
   *   <tr><td>heic</td><td>image/heic</td></tr>
   *   <tr><td>mp3</td><td>audio/mpeg</td></tr>
   *   <tr><td>mp4</td><td>video/mp4</td></tr>
   *   <tr><td>mov</td><td>video/quicktime</td></tr>
   *   <tr><td>doc, docx</td><td>application/msword, application/vnd.openxmlformats-officedocument.wordprocessingml.document</td></tr>
   *   <tr><td>xls, xlsx</td><td>application/vnd.ms-excel, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet</td></tr>
   *   <tr><td>ppt, pptx</td><td>application/vnd.ms-powerpoint, application/vnd.openxmlformats-officedocument.presentationml.presentation</td></tr>
   *   <tr><td>eml</td><td>message/rfc822</td></tr>
   * </table>
   *
   * <p>To send another type, give it: {@code Attachment.of(fileName, mimeType, bytes)},
   * {@code Attachment.fromFile(path, mimeType)}, or the builder's {@code mimeType(...)}.
   */
  public static String guess(@Nullable String fileName) {
    if (fileName == null) {
      return UNKNOWN;
    }
    int dot = fileName.lastIndexOf('.');
    // No extension ("README", "photo."): the JDK's table has its say.
    String known = dot < 0 ? null : COMMON.get(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    if (known != null) {
      return known;
    }
    String jdk = URLConnection.getFileNameMap().getContentTypeFor(fileName);
    return jdk != null ? jdk : UNKNOWN;
  }
}
