package dev.linkcheck.cli;

import dev.linkcheck.check.CheckOptions;
import dev.linkcheck.check.FragmentOptions;
import dev.linkcheck.check.Quantities;
import dev.linkcheck.resolve.ResolveOptions;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The anchors-and-fragments options; {@link #toFragmentOptions} for check. */
final class FragmentArgs {

  @Option(
      names = "--include-fragments",
      order = 30,
      description =
          "Also check #fragments of remote pages (one streamed GET per page). Fragments of local"
              + " files are checked by default.")
  boolean includeFragments;

  @Option(
      names = "--no-local-fragments",
      order = 31,
      description = "Do not check #fragments of local files, nor same-page #links.")
  boolean noLocalFragments;

  @Option(
      names = "--index-files",
      order = 32,
      paramLabel = "NAME",
      split = ",",
      description =
          "What a link to a folder resolves to, the first that exists (default:"
              + " index.html,README.md; '' for none).")
  List<String> indexFiles = new ArrayList<>(ResolveOptions.DEFAULT_INDEX_FILES);

  @Option(
      names = "--max-body-bytes",
      order = 33,
      paramLabel = "SIZE",
      description =
          "Most of a remote page read for its anchors, e.g. 500000, 512KiB, 10MiB (default:"
              + " ${DEFAULT-VALUE}).",
      defaultValue = CheckOptions.Defaults.MAX_BODY_BYTES,
      converter = Converters.ByteSize.class)
  long maxBodyBytes = Quantities.bytes(CheckOptions.Defaults.MAX_BODY_BYTES);

  void validate() {
    if (maxBodyBytes < 1) {
      throw new UsageError("--max-body-bytes", "--max-body-bytes must be at least 1");
    }
  }

  /** The index file names given, blanks dropped ({@code ''} means none). */
  List<String> indexFiles() {
    return indexFiles.stream().map(String::strip).filter(n -> !n.isEmpty()).toList();
  }

  FragmentOptions toFragmentOptions() {
    return FragmentOptions.defaults().withMaxBodyBytes(maxBodyBytes);
  }
}
