package io.mailwright.processor.writing;

/** Model text made safe for Javadoc: HTML-escaped, and no comment terminator. */
final class Javadoc {
  private Javadoc() {}

  static String text(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '@' -> sb.append("&#64;");
        case '*' -> sb.append(i + 1 < s.length() && s.charAt(i + 1) == '/' ? "&#42;" : "*");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  /** The text as one Javadoc paragraph, wrapped, or nothing when the model has no description. */
  static String paragraph(String s) {
    return s == null || s.isBlank() ? "" : wrap(text(s.strip())) + "\n";
  }

  /** Breaks text between words into lines of at most {@value #WIDTH} characters. */
  static String wrap(String text) {
    StringBuilder out = new StringBuilder();
    int lineStart = 0;
    for (String word : text.split(" +")) {
      if (out.length() > lineStart && out.length() - lineStart + 1 + word.length() > WIDTH) {
        out.append('\n');
        lineStart = out.length();
      } else if (out.length() > lineStart) {
        out.append(' ');
      }
      out.append(word);
    }
    return out.toString();
  }

  private static final int WIDTH = 96;
}
