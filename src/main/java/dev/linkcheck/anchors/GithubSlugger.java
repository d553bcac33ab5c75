package dev.linkcheck.anchors;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The ids GitHub gives headings (the github-slugger rules): lower-cased, every character dropped
 * except letters (any alphabetic character), marks, decimal digits, connector punctuation ({@code
 * _}), {@code -} and spaces, each space turned into {@code -}; a repeated slug gets {@code -1},
 * {@code -2}, ... Not thread-safe: one instance per document, since it remembers the slugs already
 * given.
 */
final class GithubSlugger implements HeadingSlugger {

  private final Map<String, Integer> occurrences = new HashMap<>();

  /** The slug of {@code text}, unique within this slugger. */
  @Override
  public String slug(String text) {
    String base = slugOf(text);
    String result = base;
    while (occurrences.containsKey(result)) {
      int n = occurrences.merge(base, 1, Integer::sum);
      result = base + "-" + n;
    }
    occurrences.put(result, 0);
    return result;
  }

  @Override
  public void reserve(String id) {
    occurrences.putIfAbsent(id, 0);
  }

  /** The slug of {@code text} without de-duplication. */
  static String slugOf(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    StringBuilder b = new StringBuilder(lower.length());
    lower
        .codePoints()
        .forEach(
            cp -> {
              if (cp == ' ') {
                b.append('-');
              } else if (cp == '-' || kept(cp)) {
                b.appendCodePoint(cp);
              }
            });
    return b.toString();
  }

  /** Ruby's {@code \p{Word}}, which GitHub keeps: alphabetic, marks, digits, connectors. */
  private static boolean kept(int cp) {
    if (Character.isAlphabetic(cp)) {
      return true;
    }
    return switch (Character.getType(cp)) {
      case Character.NON_SPACING_MARK,
          Character.ENCLOSING_MARK,
          Character.COMBINING_SPACING_MARK,
          Character.DECIMAL_DIGIT_NUMBER,
          Character.CONNECTOR_PUNCTUATION ->
          true;
      default -> false;
    };
  }
}
