package dev.linkcheck.resolve.site;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The source files a route may mean, tried in order: the first regular file found wins, else the
 * route is missing with every candidate named relative to the site's root. Not thread-safe: one per
 * route.
 */
final class Candidates {

  private final Path root;
  private final Set<Path> tried = new LinkedHashSet<>();
  private final List<String> names = new ArrayList<>();

  Candidates(Path root) {
    this.root = root;
  }

  /** Adds {@code dir/relative} as a candidate (nothing when it is not a valid path). */
  Candidates add(Path dir, String relative) {
    if (relative.endsWith("/")) {
      // A folder path names no file (file.md/ is not file.md): page() tries its index files.
      return this;
    }
    try {
      Path p = dir.resolve(relative.startsWith("/") ? relative.substring(1) : relative).normalize();
      if (tried.add(p)) {
        String name = UrlPaths.inside(root, p);
        names.add(name == null ? p.toString() : name.isEmpty() ? "." : name);
      }
    } catch (InvalidPathException e) {
      // not a file name on this system: cannot be a source file
    }
    return this;
  }

  /** Adds a page's usual source files for a path without extension: {@code p.md}, ... */
  Candidates page(Path dir, String path, List<String> extensions, List<String> indexNames) {
    String p = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    if (!path.endsWith("/") && !p.isEmpty()) {
      for (String ext : extensions) {
        add(dir, p + "." + ext);
      }
    }
    for (String index : indexNames) {
      add(dir, p.isEmpty() ? index : p + "/" + index);
    }
    return this;
  }

  /** The first candidate that is a regular file, else missing with all candidates named. */
  Route route() {
    for (Path p : tried) {
      if (Files.isRegularFile(p)) {
        return new Route.Found(p);
      }
    }
    return new Route.Missing(names);
  }

  /** The first regular file, or null. */
  Path first() {
    return route() instanceof Route.Found f ? f.file() : null;
  }
}
