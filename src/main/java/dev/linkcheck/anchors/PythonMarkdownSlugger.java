package dev.linkcheck.anchors;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Python-Markdown's toc ids (MkDocs): {@code slugify} decomposes (NFKD) and drops what is not
 * ASCII, removes every character but word characters, whitespace and {@code -}, lower-cases and
 * turns runs of {@code -} and whitespace into one {@code -}; {@code slugify_unicode} (and
 * pymdownx's slugs, close enough) keep Unicode. A taken id gets {@code _1}, {@code _2}, ... Not
 * thread-safe: one instance per document.
 */
final class PythonMarkdownSlugger implements HeadingSlugger {

  private static final Pattern DROP =
      Pattern.compile("[^\\w\\s-]", Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern SEPARATORS =
      Pattern.compile("[-\\s]+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern COUNTED = Pattern.compile("^(.*)_([0-9]+)$", Pattern.DOTALL);

  private final boolean unicode;
  private final Set<String> used = new HashSet<>();

  PythonMarkdownSlugger(boolean unicode) {
    this.unicode = unicode;
  }

  @Override
  public String slug(String text) {
    String id = slugOf(text, unicode);
    while (id.isEmpty() || used.contains(id)) {
      Matcher m = COUNTED.matcher(id);
      id = m.matches() ? m.group(1) + "_" + (Integer.parseInt(m.group(2)) + 1) : id + "_1";
    }
    used.add(id);
    return id;
  }

  @Override
  public void reserve(String id) {
    used.add(id);
  }

  static String slugOf(String text, boolean unicode) {
    String value = text;
    if (!unicode) {
      value = Normalizer.normalize(value, Normalizer.Form.NFKD).replaceAll("[^\\x00-\\x7F]", "");
    }
    value = DROP.matcher(value).replaceAll("").strip().toLowerCase(Locale.ROOT);
    return SEPARATORS.matcher(value).replaceAll("-");
  }
}
