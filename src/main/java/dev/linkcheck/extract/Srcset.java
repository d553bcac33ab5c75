package dev.linkcheck.extract;

import java.util.ArrayList;
import java.util.List;

/** Splits a {@code srcset} value into its candidate URLs, as the HTML standard parses it. */
final class Srcset {

  private Srcset() {}

  static List<String> urls(String value) {
    List<String> urls = new ArrayList<>();
    int i = 0;
    int n = value.length();
    while (i < n) {
      while (i < n && (Character.isWhitespace(value.charAt(i)) || value.charAt(i) == ',')) {
        i++;
      }
      int start = i;
      while (i < n && !Character.isWhitespace(value.charAt(i))) {
        i++;
      }
      String url = value.substring(start, i);
      // A URL ending in commas ends the candidate: no descriptors follow.
      boolean endsCandidate = url.endsWith(",");
      while (url.endsWith(",")) {
        url = url.substring(0, url.length() - 1);
      }
      if (!url.isEmpty()) {
        urls.add(url);
      }
      if (!endsCandidate) {
        // Skip descriptors (e.g. "2x", "480w") up to the next comma outside parentheses.
        int depth = 0;
        while (i < n && (value.charAt(i) != ',' || depth > 0)) {
          char c = value.charAt(i);
          depth += c == '(' ? 1 : c == ')' ? -1 : 0;
          i++;
        }
      }
    }
    return urls;
  }
}
