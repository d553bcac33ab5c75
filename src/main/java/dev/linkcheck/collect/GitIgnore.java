package dev.linkcheck.collect;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rules of one {@code .gitignore} file, matched against paths relative to its folder. The last
 * matching rule decides; {@code !} re-includes. Immutable and thread-safe.
 */
final class GitIgnore {

  private record Rule(Pattern pattern, boolean negate, boolean dirOnly) {}

  /** Whether a rule matched, and which way. */
  enum Verdict {
    IGNORED,
    INCLUDED,
    NO_MATCH
  }

  private final List<Rule> rules;

  private GitIgnore(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  static GitIgnore parse(String text) {
    List<Rule> rules = new ArrayList<>();
    for (String raw : text.split("\r?\n|\r")) {
      String line = stripTrailingSpaces(raw);
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      boolean negate = false;
      if (line.startsWith("!")) {
        negate = true;
        line = line.substring(1);
      } else if (line.startsWith("\\!") || line.startsWith("\\#")) {
        line = line.substring(1);
      }
      boolean dirOnly = line.endsWith("/");
      if (dirOnly) {
        line = line.substring(0, line.length() - 1);
      }
      if (line.isEmpty()) {
        continue;
      }
      // A slash at the start or in the middle anchors the pattern to this folder.
      boolean anchored = line.contains("/");
      if (line.startsWith("/")) {
        line = line.substring(1);
      }
      String regex = GlobPattern.toRegex(line);
      String full = (anchored ? "" : "(?:.*/)?") + regex;
      rules.add(new Rule(Pattern.compile(full), negate, dirOnly));
    }
    return new GitIgnore(rules);
  }

  private static String stripTrailingSpaces(String line) {
    int end = line.length();
    while (end > 0 && line.charAt(end - 1) == ' ' && (end < 2 || line.charAt(end - 2) != '\\')) {
      end--;
    }
    return line.substring(0, end);
  }

  /** The verdict of the last rule matching {@code relativePath} ({@code /}-separated). */
  Verdict match(String relativePath, boolean isDirectory) {
    for (int i = rules.size() - 1; i >= 0; i--) {
      Rule rule = rules.get(i);
      if (rule.dirOnly && !isDirectory) {
        continue;
      }
      if (rule.pattern.matcher(relativePath).matches()) {
        return rule.negate ? Verdict.INCLUDED : Verdict.IGNORED;
      }
    }
    return Verdict.NO_MATCH;
  }
}
