package dev.linkcheck.anchors;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Set;

/**
 * Hugo's Goldmark ids ({@code markup/goldmark/autoid.go}, type {@code github}): {@code -}, space
 * and tab become {@code -}, letters, digits and {@code _} are lower-cased, the rest dropped; type
 * {@code github-ascii} first removes accents and drops what is not ASCII. An empty id is {@code
 * heading}; a taken id gets {@code -1}, {@code -2}, ... Headings and definition terms share one
 * instance per page. Not thread-safe.
 */
final class GoldmarkSlugger implements HeadingSlugger {

  private final boolean asciiOnly;
  private final Set<String> used = new HashSet<>();

  GoldmarkSlugger(boolean asciiOnly) {
    this.asciiOnly = asciiOnly;
  }

  @Override
  public String slug(String text) {
    String base = slugOf(text, asciiOnly);
    if (base.isEmpty()) {
      base = "heading";
    }
    String id = base;
    for (int i = 1; used.contains(id); i++) {
      id = base + "-" + i;
    }
    used.add(id);
    return id;
  }

  @Override
  public void reserve(String id) {
    used.add(id);
  }

  static String slugOf(String text, boolean asciiOnly) {
    String value =
        asciiOnly ? Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "") : text;
    StringBuilder b = new StringBuilder(value.length());
    value
        .codePoints()
        .forEach(
            cp -> {
              if (asciiOnly && cp > 127) {
                return;
              }
              if (cp == '-' || cp == ' ' || cp == '\t') {
                b.append('-');
              } else if (cp == '_' || Character.isLetter(cp) || Character.isDigit(cp)) {
                b.appendCodePoint(Character.toLowerCase(cp));
              }
            });
    return b.toString();
  }
}
