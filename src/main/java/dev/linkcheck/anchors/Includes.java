package dev.linkcheck.anchors;

import java.nio.file.Path;

/**
 * Expands the include directives of a framework (pymdownx snippets, a Hugo include shortcode) in a
 * page's source, so that the included content's anchors count for the page. Implementations must be
 * thread-safe and never throw: an include that cannot be read is left out.
 */
@FunctionalInterface
public interface Includes {

  /** No includes: the content as it is. */
  Includes NONE = (file, content) -> content;

  /** {@code content} of {@code file} with its includes expanded. */
  String expand(Path file, String content);
}
