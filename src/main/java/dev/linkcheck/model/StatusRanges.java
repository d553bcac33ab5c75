package dev.linkcheck.model;

import java.util.ArrayList;
import java.util.List;

/** Accepted HTTP status codes, parsed from {@code 200..299,403}. Immutable and thread-safe. */
public final class StatusRanges {

  private record Range(int from, int to) {}

  private final List<Range> ranges;
  private final String text;

  private StatusRanges(List<Range> ranges, String text) {
    this.ranges = List.copyOf(ranges);
    this.text = text;
  }

  /**
   * Parses comma-separated codes ({@code 403}) and inclusive ranges ({@code 200..299}).
   *
   * @throws IllegalArgumentException naming the malformed part
   */
  public static StatusRanges parse(String text) {
    List<Range> ranges = new ArrayList<>();
    for (String part : text.split(",", -1)) {
      String p = part.strip();
      int dots = p.indexOf("..");
      int from = code(dots < 0 ? p : p.substring(0, dots), text);
      int to = dots < 0 ? from : code(p.substring(dots + 2), text);
      if (from > to) {
        throw new IllegalArgumentException("empty status range '" + p + "' in '" + text + "'");
      }
      ranges.add(new Range(from, to));
    }
    return new StatusRanges(ranges, text);
  }

  private static int code(String s, String whole) {
    try {
      int code = Integer.parseInt(s.strip());
      if (code >= 100 && code <= 999) {
        return code;
      }
    } catch (NumberFormatException e) {
      // reported below with the whole value
    }
    throw new IllegalArgumentException(
        "'" + s.strip() + "' is not a status code (100..999) in '" + whole + "'");
  }

  /** True when {@code code} lies in one of the ranges. */
  public boolean accepts(int code) {
    for (Range r : ranges) {
      if (code >= r.from && code <= r.to) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return text;
  }
}
