package io.mailwright.processor.naming;

import java.util.Locale;
import javax.lang.model.SourceVersion;

/** How model names become Java names; {@link GeneratedNames} applies them once for the whole model. */
public final class JavaNames {
  private JavaNames() {}

  /** An enum constant for a wire value: {@code active} → {@code ACTIVE}, {@code plain/text} → {@code PLAIN_TEXT}. */
  public static String constant(String wireValue) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < wireValue.length(); i++) {
      char c = wireValue.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        if (Character.isUpperCase(c) && i > 0 && Character.isLowerCase(wireValue.charAt(i - 1))) {
          sb.append('_');
        }
        sb.append(Character.toUpperCase(c));
      } else if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '_') {
        sb.append('_');
      }
    }
    String name = sb.toString();
    if (name.endsWith("_")) {
      name = name.substring(0, name.length() - 1);
    }
    if (name.isEmpty() || !Character.isJavaIdentifierStart(name.charAt(0))) {
      name = "V_" + name;
    }
    return name;
  }

  public static String capitalize(String name) {
    return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  public static String decapitalize(String name) {
    return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }

  /** The singular of a list field's name, for {@code addX}: threads → thread, cc → cc, categories → category. */
  public static String singular(String plural) {
    String lower = plural.toLowerCase(Locale.ROOT);
    if (lower.endsWith("ies") && plural.length() > 3) {
      return plural.substring(0, plural.length() - 3) + "y";
    }
    if (lower.endsWith("sses") || lower.endsWith("shes") || lower.endsWith("ches") || lower.endsWith("xes")) {
      return plural.substring(0, plural.length() - 2);
    }
    if (lower.endsWith("s") && !lower.endsWith("ss") && plural.length() > 1) {
      return plural.substring(0, plural.length() - 1);
    }
    return plural;
  }

  /** A name that is not a Java keyword: {@code default} → {@code default_}. */
  public static String safe(String name) {
    return SourceVersion.isKeyword(name) ? name + "_" : name;
  }
}
