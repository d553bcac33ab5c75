package dev.linkcheck.model;

/**
 * What tells results apart: a target's key, and for a fragment result the fragment as written
 * (without {@code #}; null for a whole page), so a page never collides with one of its fragments.
 * Immutable.
 */
public record ResultKey(String url, String fragment) {}
