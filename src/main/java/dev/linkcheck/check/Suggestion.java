package dev.linkcheck.check;

import java.util.Collection;
import java.util.Optional;

/**
 * The existing anchor a mistyped fragment most likely meant: the nearest by Levenshtein distance,
 * only when that distance is at most {@code max(2, length / 3)} of the fragment; ties go to the
 * alphabetically first anchor so that reports are deterministic. Stateless.
 */
final class Suggestion {

  private Suggestion() {}

  static Optional<String> nearest(String fragment, Collection<String> anchors) {
    int limit = Math.max(2, fragment.length() / 3);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String anchor : anchors) {
      if (Math.abs(anchor.length() - fragment.length()) > limit || anchor.equals(fragment)) {
        continue;
      }
      int d = distance(fragment, anchor);
      if (d <= limit && (d < bestDistance || (d == bestDistance && anchor.compareTo(best) < 0))) {
        best = anchor;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Levenshtein distance over UTF-16 units: insertions, deletions and substitutions cost 1. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] t = previous;
      previous = current;
      current = t;
    }
    return previous[b.length()];
  }
}
