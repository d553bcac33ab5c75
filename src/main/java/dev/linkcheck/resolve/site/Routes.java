package dev.linkcheck.resolve.site;

import java.nio.file.Path;

/** One framework's rule from a written path to the source file it means. Thread-safe. */
public interface Routes {

  /**
   * Routes {@code path} (percent-decoded, without query and fragment; may start with {@code /})
   * written in the file {@code from} (absolute, normalised).
   */
  Route route(Path from, String path);

  /**
   * True when {@code file} (absolute) is one of the site's pages; a file beside the site's content
   * (a repository's README next to mkdocs.yml) is rendered by GitHub instead.
   */
  default boolean owns(Path file) {
    return true;
  }

  /** Routes a Hugo {@code ref}/{@code relref} argument; other sites have none. */
  default Route ref(Path from, String page) {
    return new Route.Plain();
  }
}
