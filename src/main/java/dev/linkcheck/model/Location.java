package dev.linkcheck.model;

import java.util.Comparator;

/**
 * Where a link is written: the input's display path, a 1-based line and a 1-based column counted in
 * Unicode code points (a leading BOM not counted). Immutable.
 */
public record Location(String file, int line, int column) implements Comparable<Location> {

  private static final Comparator<Location> ORDER =
      Comparator.comparing(Location::file)
          .thenComparingInt(Location::line)
          .thenComparingInt(Location::column);

  @Override
  public int compareTo(Location other) {
    return ORDER.compare(this, other);
  }
}
