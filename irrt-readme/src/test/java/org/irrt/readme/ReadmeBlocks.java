package org.irrt.readme;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Java blocks of a README and their twins in test sources, and every way the two differ.
 *
 * <p>The rule (see {@link ReadmeBlocksTest}): every {@code ```java} block of README.md has a name,
 * given by an HTML comment on the line just before its fence, {@code <!-- README: name -->}, which
 * renders as nothing; the test sources hold the same text between {@code // README: name} and
 * {@code // END README}. A block's imports sit at the top of its test class and its statements in a
 * method, so one name may have several regions in one file: they are joined in file order with one
 * blank line between them. Each region loses its common leading indentation (as a Java text block
 * does), and a line of only spaces counts as empty; nothing else is forgiven.
 */
final class ReadmeBlocks {
  private static final Pattern NAME = Pattern.compile("<!--\\s*README:\\s*([a-z0-9-]+)\\s*-->");
  private static final Pattern START = Pattern.compile("//\\s*README:\\s*([a-z0-9-]+)\\s*");
  private static final String END = "// END README";

  private ReadmeBlocks() {}

  /**
   * A named text and where it comes from.
   *
   * @param name the block's name
   * @param where the file and line that a reader opens to find it
   * @param lines its lines
   * @param at each line's place in its file ("README.md line 12"), for messages
   */
  record Block(String name, String where, List<String> lines, List<String> at) {}

  /**
   * The {@code ```java} blocks of a Markdown text, each named by the comment before its fence.
   *
   * @param markdown the README's text
   * @param file the README's name, for messages
   * @param problems where an unnamed, twice-named or unclosed block is reported
   * @return the blocks by name, in the README's order
   */
  static Map<String, Block> readmeBlocks(String markdown, String file, List<String> problems) {
    Map<String, Block> blocks = new LinkedHashMap<>();
    List<String> lines = markdown.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      String fence = lines.get(i).strip();
      if (!fence.startsWith("```")) {
        continue;
      }
      int open = i;
      int close = i + 1;
      while (close < lines.size() && !lines.get(close).strip().equals("```")) {
        close++;
      }
      i = close;
      if (!fence.equals("```java")) {
        continue; // shell, XML and the like are not compared
      }
      String where = file + " line " + (open + 1);
      if (close == lines.size()) {
        problems.add(where + ": the ```java block is never closed");
        break;
      }
      Matcher named = open > 0 ? NAME.matcher(lines.get(open - 1).strip()) : null;
      if (named == null || !named.matches()) {
        problems.add(where + ": a ```java block without a name; put <!-- README: some-name --> on the line"
            + " before its fence, and its twin between // README: some-name and // END README in "
            + ReadmeBlocksTest.SOURCES);
        continue;
      }
      String name = named.group(1);
      Block previous = blocks.putIfAbsent(name, new Block(name, where, normalise(lines.subList(open + 1, close)),
          places(file, open + 1, close)));
      if (previous != null) {
        problems.add(where + ": the name '" + name + "' is already used at " + previous.where());
      }
    }
    return blocks;
  }

  /**
   * The marked regions of one source file, joined by name.
   *
   * @param source the file's text
   * @param file the file's name, for messages
   * @param problems where unclosed or nested regions are reported
   * @return the regions by name, in the file's order
   */
  static Map<String, Block> sourceBlocks(String source, String file, List<String> problems) {
    Map<String, Block> blocks = new LinkedHashMap<>();
    List<String> lines = source.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      Matcher start = START.matcher(lines.get(i).strip());
      if (!start.matches()) {
        if (lines.get(i).strip().equals(END)) {
          problems.add(file + " line " + (i + 1) + ": // END README without a // README: name before it");
        }
        continue;
      }
      String name = start.group(1);
      int end = i + 1;
      while (end < lines.size() && !lines.get(end).strip().equals(END)
          && !START.matcher(lines.get(end).strip()).matches()) {
        end++;
      }
      if (end == lines.size() || !lines.get(end).strip().equals(END)) {
        problems.add(file + " line " + (i + 1) + ": // README: " + name + " has no // END README before the next"
            + " region or the end of the file");
        i = end - 1;
        continue;
      }
      List<String> region = stripIndent(lines.subList(i + 1, end));
      List<String> at = places(file, i + 1, end);
      Block before = blocks.get(name);
      if (before == null) {
        blocks.put(name, new Block(name, file + " line " + (i + 1), region, at));
      } else {
        List<String> joined = new ArrayList<>(before.lines());
        List<String> joinedAt = new ArrayList<>(before.at());
        joined.add("");
        joinedAt.add("the blank line joining two regions, before " + at.get(0));
        joined.addAll(region);
        joinedAt.addAll(at);
        blocks.put(name, new Block(name, before.where(), joined, joinedAt));
      }
      i = end;
    }
    return blocks;
  }

  /**
   * Every difference between the README's blocks and the sources' regions: a block without a twin,
   * a region without a block, and for a pair that differs, the first line that does.
   *
   * @param readme the README's blocks
   * @param sources the sources' regions
   * @return one sentence per difference; empty when they agree
   */
  static List<String> differences(Map<String, Block> readme, Map<String, Block> sources) {
    List<String> problems = new ArrayList<>();
    readme.forEach((name, block) -> {
      Block twin = sources.get(name);
      if (twin == null) {
        problems.add("README block '" + name + "' (" + block.where() + ") has no twin: put its text between"
            + " // README: " + name + " and // END README in " + ReadmeBlocksTest.SOURCES);
        return;
      }
      List<String> a = block.lines();
      List<String> b = twin.lines();
      for (int k = 0; k < Math.max(a.size(), b.size()); k++) {
        String x = k < a.size() ? a.get(k) : "(the block has ended)";
        String y = k < b.size() ? b.get(k) : "(the twin has ended)";
        if (!x.equals(y)) {
          String xAt = k < a.size() ? block.at().get(k) : "the end of the block";
          String yAt = k < b.size() ? twin.at().get(k) : "the end of the twin";
          problems.add("README block '" + name + "' (" + block.where() + ") differs from its twin (" + twin.where()
              + ") at line " + (k + 1) + " of the block:\n  " + xAt + ": " + x + "\n  " + yAt + ": " + y);
          return;
        }
      }
    });
    sources.forEach((name, twin) -> {
      if (!readme.containsKey(name)) {
        problems.add("Region '" + name + "' (" + twin.where() + ") has no ```java block named <!-- README: " + name
            + " --> in README.md: add the block, or remove the markers");
      }
    });
    return problems;
  }

  private static List<String> places(String file, int from, int to) {
    List<String> at = new ArrayList<>();
    for (int n = from; n < to; n++) {
      at.add(file + " line " + (n + 1));
    }
    return at;
  }

  private static List<String> normalise(List<String> lines) {
    return lines.stream().map(l -> l.isBlank() ? "" : l).toList();
  }

  private static List<String> stripIndent(List<String> lines) {
    int indent = lines.stream().filter(l -> !l.isBlank())
        .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
    return lines.stream().map(l -> l.isBlank() ? "" : l.substring(indent)).toList();
  }
}
