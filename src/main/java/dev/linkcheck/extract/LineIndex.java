package dev.linkcheck.extract;

import dev.linkcheck.model.Location;
import java.util.Arrays;

/**
 * Turns character offsets of a text into 1-based lines and 1-based code-point columns, as
 * CommonMark splits lines ({@code \n}, {@code \r\n} or {@code \r}). Not thread-safe: it remembers
 * the last position so that many links on one huge line cost linear time, not quadratic.
 */
final class LineIndex {

  private final String text;
  private final String file;
  private final int[] starts;
  private final int lines;
  private int lastLine = -1;
  private int lastOffset;
  private int lastColumn;

  LineIndex(String text, String file) {
    this.text = text;
    this.file = file;
    int[] s = new int[16];
    int n = 0;
    s[n++] = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        if (n == s.length) {
          s = Arrays.copyOf(s, n * 2);
        }
        s[n++] = i + 1;
      }
    }
    this.starts = s;
    this.lines = n;
  }

  /** The start offset of 0-based line {@code line}. */
  int lineStart(int line) {
    return starts[Math.min(line, lines - 1)];
  }

  /** The location of character offset {@code offset}. */
  Location at(int offset) {
    int o = Math.max(0, Math.min(offset, text.length()));
    int i = Arrays.binarySearch(starts, 0, lines, o);
    int line = i >= 0 ? i : -i - 2;
    int column;
    if (line == lastLine && o >= lastOffset) {
      column = lastColumn + text.codePointCount(lastOffset, o);
    } else {
      column = text.codePointCount(starts[line], o) + 1;
    }
    lastLine = line;
    lastOffset = o;
    lastColumn = column;
    return new Location(file, line + 1, column);
  }
}
