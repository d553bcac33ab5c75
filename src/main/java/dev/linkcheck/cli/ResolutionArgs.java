package dev.linkcheck.cli;

import dev.linkcheck.resolve.LinkRewriter;
import dev.linkcheck.resolve.Remap;
import dev.linkcheck.resolve.ResolveOptions;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import picocli.CommandLine.Option;

/**
 * The options that turn links into targets (include/exclude, offline, root, rewriting); {@link
 * #toResolveOptions} and {@link #toRewriter} for resolve.
 */
final class ResolutionArgs {

  @Option(
      names = "--exclude",
      order = 20,
      paramLabel = "REGEX",
      description = "Do not check URLs matching REGEX (anywhere in the URL). Repeatable.",
      converter = Converters.Regex.class)
  List<Pattern> excludes = new ArrayList<>();

  @Option(
      names = "--include",
      order = 21,
      paramLabel = "REGEX",
      description = "Check URLs matching REGEX even when excluded. Repeatable.",
      converter = Converters.Regex.class)
  List<Pattern> includes = new ArrayList<>();

  @Option(names = "--offline", order = 22, description = "Check local links only.")
  boolean offline;

  @Option(
      names = "--root-dir",
      order = 23,
      paramLabel = "DIR",
      description = "Where root-relative links like /img/a.png point.")
  Path rootDir;

  @Option(
      names = "--base-url",
      order = 24,
      paramLabel = "URL",
      description = "Check root-relative links (/a/b) as URLs resolved against URL.",
      converter = Converters.BaseUrl.class)
  URI baseUrl;

  @Option(
      names = "--remap",
      order = 25,
      paramLabel = "'REGEX REPLACEMENT'",
      description = "Rewrite matching URLs before checking ($1 for groups). Repeatable.",
      converter = Converters.RemapRule.class)
  List<Remap> remaps = new ArrayList<>();

  void validate() {
    if (rootDir != null && !Files.isDirectory(rootDir)) {
      throw new UsageError("--root-dir", "--root-dir: not a directory: " + rootDir);
    }
    if (baseUrl != null && rootDir != null) {
      throw new UsageError("--base-url and --root-dir both place root-relative links: pick one");
    }
  }

  /** The resolve settings; {@code ignored} (from .linkcheckignore) are excluded too. */
  ResolveOptions toResolveOptions(FragmentArgs fragments, List<Pattern> ignored, Path workingDir) {
    List<Pattern> allExcludes = new ArrayList<>(excludes);
    allExcludes.addAll(ignored);
    return new ResolveOptions(
        rootDir,
        includes,
        allExcludes,
        offline,
        workingDir,
        fragments.includeFragments,
        !fragments.noLocalFragments,
        fragments.indexFiles());
  }

  LinkRewriter toRewriter() {
    return new LinkRewriter(remaps, baseUrl);
  }
}
