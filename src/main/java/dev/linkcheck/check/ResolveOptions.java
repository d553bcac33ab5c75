package dev.linkcheck.check;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Settings for turning written links into targets. {@code rootDir} (nullable) is where
 * root-relative links point; {@code includes} beat {@code excludes}; both match anywhere in the
 * URL; {@code offline} skips remote links; {@code workingDir} makes local keys relative. Immutable.
 */
public record ResolveOptions(
    Path rootDir,
    List<Pattern> includes,
    List<Pattern> excludes,
    boolean offline,
    Path workingDir) {

  public ResolveOptions {
    includes = List.copyOf(includes);
    excludes = List.copyOf(excludes);
  }
}
