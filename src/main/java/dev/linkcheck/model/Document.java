package dev.linkcheck.model;

import java.net.URI;
import java.nio.file.Path;

/**
 * One decoded input. {@code displayPath} is the path as the user named it (joined with the path
 * inside a walked folder), {@code "-"} for standard input, the URL of a page given by URL; {@code
 * path} is the file on disk, null for standard input and a page; {@code content} is decoded text
 * without a leading BOM; {@code base} is the URL relative links are resolved against, non-null only
 * for a page fetched by URL (its URL after redirects). Immutable.
 */
public record Document(String displayPath, Path path, DocumentType type, String content, URI base) {

  /** A file, or standard input when {@code path} is null. */
  public Document(String displayPath, Path path, DocumentType type, String content) {
    this(displayPath, path, type, content, null);
  }
}
