package dev.linkcheck.report;

/**
 * How much a human-readable report shows: {@code verbose} adds ok/redirected/excluded/skipped
 * links, {@code quiet} prints the summary only, {@code color} adds ANSI colours. Immutable.
 */
public record ReportStyle(boolean verbose, boolean quiet, boolean color) {}
