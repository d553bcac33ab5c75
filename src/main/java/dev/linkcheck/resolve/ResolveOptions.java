package dev.linkcheck.resolve;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Settings for turning written links into targets. {@code rootDir} (nullable) is where
 * root-relative links point; {@code includes} beat {@code excludes}; both match anywhere in the
 * URL; {@code offline} skips remote links; {@code workingDir} makes local keys relative; {@code
 * remoteFragments} and {@code localFragments} keep the {@code #fragment} of remote and local links
 * to be checked; a link to a folder resolves to the first of its {@code indexFiles} that exists;
 * {@code site} says how documentation sites are detected and read. Immutable.
 */
public record ResolveOptions(
    Path rootDir,
    List<Pattern> includes,
    List<Pattern> excludes,
    boolean offline,
    Path workingDir,
    boolean remoteFragments,
    boolean localFragments,
    List<String> indexFiles,
    SiteOptions site) {

  /** The default of {@code --index-files}. */
  public static final List<String> DEFAULT_INDEX_FILES = List.of("index.html", "README.md");

  public ResolveOptions {
    includes = List.copyOf(includes);
    excludes = List.copyOf(excludes);
    indexFiles = List.copyOf(indexFiles);
    site = site == null ? SiteOptions.DEFAULTS : site;
  }

  /** With the default site settings (detected sites). */
  public ResolveOptions(
      Path rootDir,
      List<Pattern> includes,
      List<Pattern> excludes,
      boolean offline,
      Path workingDir,
      boolean remoteFragments,
      boolean localFragments,
      List<String> indexFiles) {
    this(
        rootDir,
        includes,
        excludes,
        offline,
        workingDir,
        remoteFragments,
        localFragments,
        indexFiles,
        SiteOptions.DEFAULTS);
  }

  /** Without fragment checks or index files: every fragment is dropped, folders stay folders. */
  public ResolveOptions(
      Path rootDir,
      List<Pattern> includes,
      List<Pattern> excludes,
      boolean offline,
      Path workingDir) {
    this(
        rootDir,
        includes,
        excludes,
        offline,
        workingDir,
        false,
        false,
        List.of(),
        SiteOptions.DEFAULTS);
  }
}
