package dev.linkcheck.resolve;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code --remap 'REGEX REPLACEMENT'} rule: URLs matching the regex anywhere are rewritten, with
 * {@code $1}-style group references in the replacement. Immutable.
 */
public record Remap(Pattern pattern, String replacement) {

  /**
   * Parses {@code 'REGEX REPLACEMENT'} (split at the first whitespace).
   *
   * @throws IllegalArgumentException for a missing replacement or a bad regex
   */
  public static Remap parse(String text) {
    String t = text.strip();
    int space = -1;
    for (int i = 0; i < t.length(); i++) {
      if (Character.isWhitespace(t.charAt(i))) {
        space = i;
        break;
      }
    }
    if (space < 0) {
      throw new IllegalArgumentException("expected 'REGEX REPLACEMENT', got '" + text + "'");
    }
    try {
      return new Remap(Pattern.compile(t.substring(0, space)), t.substring(space).strip());
    } catch (java.util.regex.PatternSyntaxException e) {
      throw new IllegalArgumentException(
          "'" + t.substring(0, space) + "' is not a valid regex: " + e.getDescription());
    }
  }

  /** The rewritten URL, or null when the rule does not match. */
  String apply(String url) {
    Matcher m = pattern.matcher(url);
    return m.find() ? m.replaceAll(replacement) : null;
  }
}
