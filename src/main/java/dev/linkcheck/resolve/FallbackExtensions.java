package dev.linkcheck.resolve;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** {@code --fallback-extensions}: tried in order on a path without extension that finds no file. */
final class FallbackExtensions {

  private FallbackExtensions() {}

  /** The first {@code path.EXT} that is a file, else {@code path} itself. */
  static Path apply(Path path, List<String> extensions) {
    if (extensions.isEmpty()
        || Files.exists(path)
        || path.getFileName() == null
        || path.getFileName().toString().contains(".")) {
      return path;
    }
    for (String ext : extensions) {
      Path candidate = path.resolveSibling(path.getFileName() + "." + ext);
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    return path;
  }
}
