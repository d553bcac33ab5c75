package dev.linkcheck.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code href} and {@code src} string attributes of JSX (and HTML) elements in MDX, quoted and
 * over as many lines as the element takes, each with the offset of its attribute name; nothing in
 * fenced or inline code. Stateless.
 */
final class JsxLinks {

  private static final Pattern TAG =
      Pattern.compile("<([A-Za-z][\\w.:-]*)(\\s[^<>]*?)?/?>", Pattern.DOTALL);
  private static final Pattern ATTRIBUTE =
      Pattern.compile("(?<![\\w:.-])(href|src)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");

  private JsxLinks() {}

  static List<HtmlLinks.Found> find(String text) {
    String visible = outsideCode(text);
    List<HtmlLinks.Found> found = new ArrayList<>();
    Matcher tag = TAG.matcher(visible);
    while (tag.find()) {
      if (tag.group(2) == null) {
        continue;
      }
      Matcher a = ATTRIBUTE.matcher(visible);
      a.region(tag.start(2), tag.end(2));
      while (a.find()) {
        String value = a.group(2) != null ? a.group(2) : a.group(3);
        found.add(new HtmlLinks.Found(value.strip(), a.start(1)));
      }
    }
    return found;
  }

  /** {@code text} with fenced code blocks and inline code spans blanked. */
  private static String outsideCode(String text) {
    char[] out = text.toCharArray();
    boolean fence = false;
    String mark = null;
    int start = 0;
    while (start < out.length) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = out.length;
      }
      String stripped = text.substring(start, end).stripLeading();
      boolean opens = stripped.startsWith("```") || stripped.startsWith("~~~");
      if (fence || opens) {
        if (fence && stripped.startsWith(mark)) {
          fence = false;
        } else if (!fence) {
          fence = true;
          mark = stripped.substring(0, 3);
        }
        java.util.Arrays.fill(out, start, end, ' ');
      } else {
        for (int i = start; i < end; i++) {
          if (out[i] == '`') {
            int close = text.indexOf('`', i + 1);
            if (close < 0 || close > end) {
              break;
            }
            java.util.Arrays.fill(out, i, close + 1, ' ');
            i = close;
          }
        }
      }
      start = end + 1;
    }
    return new String(out);
  }
}
