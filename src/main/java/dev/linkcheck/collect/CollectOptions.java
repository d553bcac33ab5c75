package dev.linkcheck.collect;

import dev.linkcheck.model.DocumentType;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Settings of the collector: file extensions taken from walked folders (lower case, no dot),
 * whether {@code .gitignore} files are honoured, input-path exclusions (matched anywhere in the
 * display path), the type and stream of standard input, and the folder relative inputs start in.
 */
public record CollectOptions(
    Set<String> extensions,
    boolean honourGitignore,
    List<Pattern> excludePaths,
    DocumentType stdinType,
    Supplier<InputStream> stdin,
    Path workingDir) {

  public CollectOptions {
    extensions = Set.copyOf(extensions);
    excludePaths = List.copyOf(excludePaths);
  }
}
