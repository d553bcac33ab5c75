package dev.linkcheck.extract;

import dev.linkcheck.model.Document;
import dev.linkcheck.model.Link;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * http(s) URLs in plain text, trailing punctuation trimmed as GFM's extended autolinks do. Lines
 * whose first non-blank character is {@code #} are comments. Thread-safe.
 */
final class TextExtractor implements Extractor {

  private static final Pattern URL = Pattern.compile("(?i)\\bhttps?://[^\\s<>\"'`]+");

  @Override
  public List<Link> extract(Document document) {
    String text = document.content();
    LineIndex lines = new LineIndex(text, document.displayPath());
    List<Link> links = new ArrayList<>();
    Matcher m = URL.matcher(text);
    int commentEnd = -1;
    while (m.find()) {
      if (m.start() < commentEnd) {
        continue;
      }
      int lineStart = lineStart(text, m.start());
      if (isComment(text, lineStart)) {
        commentEnd = lineEnd(text, m.start());
        continue;
      }
      String url = Trailing.trim(m.group());
      links.add(new Link(url, lines.at(m.start())));
    }
    return links;
  }

  private static int lineStart(String text, int offset) {
    int i = offset;
    while (i > 0 && text.charAt(i - 1) != '\n' && text.charAt(i - 1) != '\r') {
      i--;
    }
    return i;
  }

  private static int lineEnd(String text, int offset) {
    int i = offset;
    while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
      i++;
    }
    return i;
  }

  private static boolean isComment(String text, int lineStart) {
    for (int i = lineStart; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != ' ' && c != '\t') {
        return c == '#';
      }
    }
    return false;
  }
}
