package dev.linkcheck.collect;

import java.util.regex.Pattern;

/**
 * Translates gitignore-style globs to regexes over {@code /}-separated relative paths: {@code *}
 * and {@code ?} stay within one segment, {@code **} spans segments ({@code a/**}{@code /b} also
 * matches {@code a/b}), {@code [abc]}/{@code [!a-z]} are classes, {@code \} escapes. Stateless.
 */
final class GlobPattern {

  private GlobPattern() {}

  /** A regex matching whole relative paths. */
  static Pattern compile(String glob) {
    return Pattern.compile(toRegex(glob));
  }

  static String toRegex(String glob) {
    StringBuilder b = new StringBuilder();
    int n = glob.length();
    for (int i = 0; i < n; i++) {
      char c = glob.charAt(i);
      switch (c) {
        case '*' -> {
          if (i + 1 < n && glob.charAt(i + 1) == '*') {
            boolean slashBefore = i == 0 || glob.charAt(i - 1) == '/';
            boolean slashAfter = i + 2 < n && glob.charAt(i + 2) == '/';
            if (slashBefore && slashAfter) {
              b.append("(?:.*/)?");
              i += 2;
            } else {
              b.append(".*");
              i += 1;
            }
          } else {
            b.append("[^/]*");
          }
        }
        case '?' -> b.append("[^/]");
        case '[' -> {
          int close = glob.indexOf(']', i + 2);
          if (close < 0) {
            b.append("\\[");
          } else {
            String body = glob.substring(i + 1, close);
            if (body.startsWith("!")) {
              body = "^" + body.substring(1);
            }
            b.append('[').append(body.replace("\\", "\\\\").replace("[", "\\[")).append(']');
            i = close;
          }
        }
        case '\\' -> {
          if (i + 1 < n) {
            b.append(Pattern.quote(String.valueOf(glob.charAt(++i))));
          }
        }
        default -> b.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return b.toString();
  }

  /** True when {@code text} has glob metacharacters. */
  static boolean isGlob(String text) {
    return text.indexOf('*') >= 0 || text.indexOf('?') >= 0 || text.indexOf('[') >= 0;
  }
}
