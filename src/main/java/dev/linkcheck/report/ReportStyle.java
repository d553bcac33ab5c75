package dev.linkcheck.report;

/**
 * How much a human-readable report shows: {@code verbose} adds ok/redirected/excluded/skipped/known
 * links, {@code quiet} prints the summary only, {@code palette} colours it. Immutable.
 */
public record ReportStyle(boolean verbose, boolean quiet, Palette palette) {

  public ReportStyle {
    palette = palette == null ? Palette.NONE : palette;
  }

  /** No colour, or plain ANSI colours when {@code color}. */
  public ReportStyle(boolean verbose, boolean quiet, boolean color) {
    this(verbose, quiet, color ? new Ansi() : Palette.NONE);
  }

  /** True when the report is coloured. */
  public boolean color() {
    return palette != Palette.NONE;
  }
}
