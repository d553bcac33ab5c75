package dev.linkcheck.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * {@code .linkcheckignore}: one regex per line matched anywhere in a URL, {@code #} comments and
 * blank lines ignored. Its patterns join {@code --exclude}. Stateless.
 */
final class IgnoreFile {

  static final String NAME = ".linkcheckignore";

  private IgnoreFile() {}

  /**
   * The patterns of {@code dir/.linkcheckignore}, none when there is no such file.
   *
   * @throws UsageError for an unreadable file or a bad regex, naming the line
   */
  static List<Pattern> read(Path dir) {
    Path file = dir.resolve(NAME);
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UsageError(NAME + ": cannot read: " + e.getMessage());
    }
    List<Pattern> patterns = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      try {
        patterns.add(Pattern.compile(line));
      } catch (PatternSyntaxException e) {
        throw new UsageError(
            NAME + ":" + (i + 1) + ": '" + line + "' is not a valid regex: " + e.getDescription());
      }
    }
    return patterns;
  }
}
