package dev.linkcheck.extract;

/**
 * MDX read as Markdown: {@code import}/{@code export} blocks and the inside of {@code
 * {expressions}} outside code are blanked (replaced by spaces, line breaks and braces kept) so that
 * offsets still point into the source. Stateless.
 */
final class MdxText {

  private MdxText() {}

  static String blank(String text) {
    char[] out = text.toCharArray();
    boolean fence = false;
    String fenceMark = null;
    boolean esm = false;
    int lineStart = 0;
    while (lineStart < out.length) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = out.length;
      }
      String line = text.substring(lineStart, lineEnd);
      String stripped = line.stripLeading();
      if (fence) {
        if (stripped.startsWith(fenceMark)) {
          fence = false;
        }
      } else if (stripped.startsWith("```") || stripped.startsWith("~~~")) {
        fence = true;
        fenceMark = stripped.substring(0, 3);
      } else if (esm || line.startsWith("import ") || line.startsWith("export ")) {
        // An ESM block runs to the next blank line.
        esm = !line.isBlank();
        blank(out, lineStart, lineEnd);
      } else {
        expressions(text, out, lineStart, lineEnd);
      }
      lineStart = lineEnd + 1;
    }
    return new String(out);
  }

  /** Blanks balanced {@code {...}} outside inline code, from this line on (they may span lines). */
  private static void expressions(String text, char[] out, int from, int lineEnd) {
    for (int i = from; i < lineEnd; i++) {
      char c = text.charAt(i);
      if (c == '`') {
        int close = text.indexOf('`', i + 1);
        if (close < 0 || close > lineEnd) {
          return;
        }
        i = close;
      } else if (c == '\\') {
        i++;
      } else if (c == '{' && out[i] == '{') {
        int depth = 0;
        int j = i;
        for (; j < text.length(); j++) {
          char d = text.charAt(j);
          if (d == '{') {
            depth++;
          } else if (d == '}' && --depth == 0) {
            break;
          }
        }
        if (j >= text.length()) {
          return;
        }
        // The braces stay: a line that began with an expression must not become indented code.
        blank(out, i + 1, j);
        i = Math.min(j, lineEnd);
      }
    }
  }

  private static void blank(char[] out, int from, int to) {
    for (int i = from; i < to; i++) {
      if (out[i] != '\n' && out[i] != '\r') {
        out[i] = ' ';
      }
    }
  }
}
