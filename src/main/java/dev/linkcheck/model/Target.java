package dev.linkcheck.model;

import java.net.URI;
import java.nio.file.Path;

/**
 * What a written link resolves to, the unit that is checked once however often it is written.
 * {@link #key()} identifies it in reports: the URL without fragment, or for local files the
 * resolved path relative to the working directory. Immutable.
 */
public sealed interface Target {

  /** The report key: unique targets are deduplicated by it. */
  String key();

  /** An http(s) URL, normalised (fragment removed, host in punycode). */
  record Remote(URI uri) implements Target {
    @Override
    public String key() {
      return uri.toString();
    }
  }

  /** A file or folder on disk; {@code key} is its path relative to the working directory. */
  record Local(Path path, String key) implements Target {}

  /** A link whose verdict needs no check (skipped, excluded, malformed), decided when resolved. */
  record Decided(String key, Outcome outcome) implements Target {}
}
