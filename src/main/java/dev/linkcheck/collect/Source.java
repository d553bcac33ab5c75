package dev.linkcheck.collect;

import dev.linkcheck.model.DocumentType;
import java.net.URI;
import java.nio.file.Path;

/**
 * An input found by the collector, not yet read: display path as the user named it ({@code "-"} for
 * standard input, the URL for a page given by URL), the file ({@code null} for standard input and a
 * URL), the page's URL ({@code null} unless the input was one) and how to parse it. Immutable.
 */
public record Source(String displayPath, Path path, DocumentType type, URI url) {

  /** A file, or standard input when {@code path} is null. */
  public Source(String displayPath, Path path, DocumentType type) {
    this(displayPath, path, type, null);
  }
}
