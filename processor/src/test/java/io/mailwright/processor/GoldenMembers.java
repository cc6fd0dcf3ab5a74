package io.mailwright.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The members of a generated source that one feature changes, as text: what a per-feature golden
 * holds, so that a change to the boilerplate every class has rewrites the few whole-class goldens,
 * not every golden. JavaPoet separates members with a blank line and indents by two spaces, so a
 * member is a blank-line-separated block (its Javadoc and annotations included).
 *
 * <p>A selector names a member of the top-level type ({@code validateInto}, a field, a constructor by
 * the type's name), a member of a nested type ({@code Builder.color}), {@code header}: the type's
 * Javadoc, annotations and declaration, or {@code header:<prefix>}: the header's lines that start
 * with the prefix ({@code header:@JsonPropertyOrder}). Every block a selector matches is kept (overloads together),
 * in source order; a selector that matches nothing fails, so a golden never loses a member quietly.
 */
final class GoldenMembers {
  private GoldenMembers() {}

  private static final Pattern TYPE = Pattern.compile("\\b(class|interface|enum|record) (\\w+)");

  private record Block(String key, List<String> lines) {}

  static String extract(String source, List<String> selectors) {
    List<Block> blocks = blocks(source);
    StringBuilder out = new StringBuilder();
    for (String selector : selectors) {
      if (selector.startsWith("header:")) {
        String prefix = selector.substring("header:".length());
        List<String> lines = blocks.get(0).lines().stream().filter(l -> l.startsWith(prefix)).toList();
        if (lines.isEmpty()) {
          throw new AssertionError("no header line " + prefix + " in the generated source:\n" + source);
        }
        out.append(out.length() == 0 ? "" : "\n").append(String.join("\n", lines)).append('\n');
        continue;
      }
      int found = 0;
      for (Block b : blocks) {
        if (b.key().equals(selector)) {
          out.append(out.length() == 0 ? "" : "\n").append(String.join("\n", b.lines())).append('\n');
          found++;
        }
      }
      if (found == 0) {
        throw new AssertionError("no member " + selector + " in the generated source:\n" + source);
      }
    }
    return out.toString();
  }

  private static List<Block> blocks(String source) {
    String[] lines = source.split("\n", -1);
    List<Block> blocks = new ArrayList<>();
    int i = 0;
    List<String> header = new ArrayList<>();
    // The header: from the type's Javadoc (or first annotation) to its declaration line.
    while (i < lines.length && !isTopLevelStart(lines[i])) {
      i++;
    }
    while (i < lines.length) {
      header.add(lines[i]);
      if (indent(lines[i]) == 0 && TYPE.matcher(lines[i]).find() && !lines[i].startsWith(" *")
          && !lines[i].startsWith("/**") && !lines[i].startsWith("@")) {
        i++;
        break;
      }
      i++;
    }
    blocks.add(new Block("header", header));
    String nested = null;
    List<String> current = new ArrayList<>();
    for (; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank()) {
        nested = flush(blocks, current, nested);
        current = new ArrayList<>();
        continue;
      }
      current.add(line);
      Matcher type = TYPE.matcher(line);
      if (indent(line) == 2 && isDeclaration(line) && type.find() && line.endsWith("{")) {
        // A nested type's Javadoc and declaration are one block; its members follow.
        blocks.add(new Block(type.group(2), List.copyOf(current)));
        current = new ArrayList<>();
        nested = type.group(2);
      }
    }
    flush(blocks, current, nested);
    return blocks;
  }

  /** Adds the block; returns the nested type its members are in after it (null once the type closed). */
  private static String flush(List<Block> blocks, List<String> lines, String nested) {
    if (lines.isEmpty()) {
      return nested;
    }
    String declaration = null;
    boolean inAnnotation = false;
    for (String l : lines) {
      String stripped = l.strip();
      if (inAnnotation) {
        // JavaPoet writes a long annotation over several lines, closed by a line holding ")".
        inAnnotation = !stripped.startsWith(")");
        continue;
      }
      if (stripped.startsWith("@") && stripped.endsWith("(")) {
        inAnnotation = true;
        continue;
      }
      if (isDeclaration(l)) {
        declaration = l;
        break;
      }
    }
    if (declaration == null) {
      return nested;
    }
    int depth = indent(declaration);
    List<String> kept = new ArrayList<>(lines);
    boolean closesNested = false;
    while (!kept.isEmpty() && indent(kept.get(kept.size() - 1)) < depth) {
      closesNested |= indent(kept.get(kept.size() - 1)) == 2;
      kept.remove(kept.size() - 1);
    }
    String owner = depth == 4 && nested != null ? nested + "." : "";
    blocks.add(new Block(owner + name(declaration.strip()), List.copyOf(kept)));
    return closesNested ? null : nested;
  }

  private static boolean isTopLevelStart(String line) {
    return line.startsWith("/**") || line.startsWith("@") || (TYPE.matcher(line).find() && indent(line) == 0
        && !line.startsWith("import") && !line.startsWith("package"));
  }

  private static boolean isDeclaration(String line) {
    String s = line.strip();
    return !(s.startsWith("/**") || s.startsWith("*") || s.startsWith("@") || s.equals("}"));
  }

  /** The declared name: a method's or constructor's before its parameters, a field's before = or ;. */
  private static String name(String declaration) {
    int eq = declaration.indexOf(" = ");
    int paren = declaration.indexOf('(');
    String head = eq >= 0 && (paren < 0 || eq < paren) ? declaration.substring(0, eq)
        : paren >= 0 ? declaration.substring(0, paren) : declaration.replace(";", "");
    String[] words = head.strip().split("[\\s]+");
    return words[words.length - 1];
  }

  private static int indent(String line) {
    int n = 0;
    while (n < line.length() && line.charAt(n) == ' ') {
      n++;
    }
    return line.isBlank() ? Integer.MAX_VALUE : n;
  }
}
