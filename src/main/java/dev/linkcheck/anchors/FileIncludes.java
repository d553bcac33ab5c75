package dev.linkcheck.anchors;

import dev.linkcheck.io.Decoder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Include directives found by a pattern whose group {@code path} names a file, looked up in the
 * including file's folder (when {@code besideFile}) and then in each base folder; the directive is
 * replaced by the file's content, recursively to a bounded depth. Immutable, thread-safe.
 */
public final class FileIncludes implements Includes {

  /** pymdownx.snippets: {@code --8<-- "file"} on a line of its own (not escaped by {@code ;}). */
  public static final Pattern SNIPPET =
      Pattern.compile(
          "^[ \\t]*-+8<-+[ \\t]+([\"'])(?<path>[^\"'\\n]+)\\1[ \\t]*$", Pattern.MULTILINE);

  /** A Hugo include shortcode: {@code {{% include "file" %}}} or {@code {{< include "file" >}}}. */
  public static final Pattern HUGO_INCLUDE =
      Pattern.compile("\\{\\{[<%]-?\\s*include\\s+\"(?<path>[^\"]+)\"[^}]*[>%]}}");

  private static final int MAX_DEPTH = 4;
  private static final Pattern LINE_RANGE = Pattern.compile(":(\\d*)(:\\d*)?$");

  private final Pattern directive;
  private final boolean besideFile;
  private final List<Path> bases;

  public FileIncludes(Pattern directive, boolean besideFile, List<Path> bases) {
    this.directive = directive;
    this.besideFile = besideFile;
    this.bases = List.copyOf(bases);
  }

  @Override
  public String expand(Path file, String content) {
    return expand(file, content, 0);
  }

  private String expand(Path file, String content, int depth) {
    if (depth >= MAX_DEPTH || content.indexOf('{') < 0 && content.indexOf("8<") < 0) {
      return content;
    }
    Matcher m = directive.matcher(content);
    StringBuilder out = new StringBuilder(content.length());
    while (m.find()) {
      Path found = find(file, m.group("path").strip());
      String included = found == null ? "" : read(found);
      m.appendReplacement(out, Matcher.quoteReplacement(expand(found, included, depth + 1)));
    }
    m.appendTail(out);
    return out.toString();
  }

  private Path find(Path file, String name) {
    for (String candidate : List.of(name, LINE_RANGE.matcher(name).replaceFirst(""))) {
      try {
        if (besideFile && file != null && file.getParent() != null) {
          Path beside = file.getParent().resolve(candidate);
          if (Files.isRegularFile(beside)) {
            return beside;
          }
        }
        for (Path base : bases) {
          Path p = base.resolve(candidate.startsWith("/") ? candidate.substring(1) : candidate);
          if (Files.isRegularFile(p)) {
            return p;
          }
        }
      } catch (InvalidPathException e) {
        // not a path: the include is left out
      }
    }
    return null;
  }

  private static String read(Path file) {
    try {
      Decoder.Decoded decoded = Decoder.decode(Files.readAllBytes(file));
      return decoded.binary() ? "" : decoded.text();
    } catch (IOException | OutOfMemoryError e) {
      return "";
    }
  }
}
