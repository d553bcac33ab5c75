package dev.linkcheck.model;

/**
 * One written occurrence of a link: its destination exactly as written (after Markdown unescaping,
 * never resolved) and where it is written. Immutable.
 */
public record Link(String url, Location location) {}
