package dev.linkcheck.collect;

import dev.linkcheck.model.DocumentType;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Settings of the collector: file extensions taken from walked folders (lower case, no dot),
 * whether {@code .gitignore} files are honoured, input-path exclusions (matched anywhere in the
 * display path), the type and stream of standard input, the folder relative inputs start in, and
 * the {@link InputRules} for empty, missing and URL inputs.
 */
public record CollectOptions(
    Set<String> extensions,
    boolean honourGitignore,
    List<Pattern> excludePaths,
    DocumentType stdinType,
    Supplier<InputStream> stdin,
    Path workingDir,
    InputRules rules) {

  /**
   * Whether a folder or glob that holds no file to check is accepted ({@code allowEmpty}), whether
   * an input that does not exist is passed over with a warning ({@code skipMissing}), and how a URL
   * given as an input is fetched (time limit, User-Agent). Immutable.
   */
  public record InputRules(
      boolean allowEmpty, boolean skipMissing, Duration fetchTimeout, String userAgent) {

    /** Neither empty nor missing inputs accepted; a page fetched within 10 s. */
    public static final InputRules STRICT =
        new InputRules(false, false, Duration.ofSeconds(10), "linkcheck");

    /** These rules with {@code --allow-empty} and {@code --skip-missing} as given. */
    public InputRules lenient(boolean allowEmpty, boolean skipMissing) {
      return new InputRules(allowEmpty, skipMissing, fetchTimeout, userAgent);
    }

    /** These rules fetching URL inputs within {@code timeout}, sending {@code userAgent}. */
    public InputRules fetching(Duration timeout, String userAgent) {
      return new InputRules(allowEmpty, skipMissing, timeout, userAgent);
    }
  }

  public CollectOptions {
    extensions = Set.copyOf(extensions);
    excludePaths = List.copyOf(excludePaths);
  }

  /** With {@link InputRules#STRICT}. */
  public CollectOptions(
      Set<String> extensions,
      boolean honourGitignore,
      List<Pattern> excludePaths,
      DocumentType stdinType,
      Supplier<InputStream> stdin,
      Path workingDir) {
    this(
        extensions, honourGitignore, excludePaths, stdinType, stdin, workingDir, InputRules.STRICT);
  }

  /** These options with other input rules. */
  public CollectOptions with(InputRules rules) {
    return new CollectOptions(
        extensions, honourGitignore, excludePaths, stdinType, stdin, workingDir, rules);
  }
}
