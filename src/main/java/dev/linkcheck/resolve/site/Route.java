package dev.linkcheck.resolve.site;

import java.nio.file.Path;
import java.util.List;

/** Where a site's rules send a written local path. Immutable. */
public sealed interface Route {

  /** The source file (or folder) the path is built from. */
  record Found(Path file) implements Route {}

  /** No file fits; {@code tried} names each candidate, relative to the site's root. */
  record Missing(List<String> tried) implements Route {
    public Missing {
      tried = List.copyOf(tried);
    }
  }

  /** The path leaves the site; {@code sitePath} is it relative to the site's URL root. */
  record Outside(String sitePath) implements Route {}

  /**
   * A route the site makes but linkcheck does not model (a plugin's pages): not checked; {@code
   * reason} says whose route it is ("route of the blog/ plugin").
   */
  record Unmodelled(String reason) implements Route {}

  /** The site has no rule for this path: resolve it as a plain file path. */
  record Plain() implements Route {}
}
