package dev.linkcheck.collect;

import dev.linkcheck.io.Decoder;
import dev.linkcheck.model.Diagnostics;
import dev.linkcheck.model.Document;
import dev.linkcheck.model.DocumentType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Turns the command line's inputs into sources, and sources into documents. Thread-safe. */
public final class Collector {

  private final CollectOptions options;

  public Collector(CollectOptions options) {
    this.options = options;
  }

  /**
   * Expands inputs (files, folders walked recursively, globs, {@code -}) into sources sorted by
   * display path, each file once. Problems inside a walk go to {@code diagnostics}.
   *
   * @throws InputNotFoundException when an input names nothing that exists (a usage error)
   */
  public List<Source> collect(List<String> inputs, Diagnostics diagnostics)
      throws InputNotFoundException {
    List<Source> sources = new ArrayList<>();
    Set<Path> seen = new HashSet<>();
    boolean stdin = false;
    for (String input : inputs) {
      if (input.equals("-")) {
        if (!stdin) {
          sources.add(new Source("-", null, options.stdinType()));
          stdin = true;
        }
        continue;
      }
      Path path = options.workingDir().resolve(input);
      if (Walker.exists(path)) {
        if (Files.isDirectory(path)) {
          Walker walker = new Walker(options.honourGitignore(), diagnostics);
          for (Walker.Found f : walker.walk(path, input, (rel, p) -> walkedType(rel) != null)) {
            add(
                sources,
                seen,
                Walker.join(input, f.relative()),
                f.path(),
                walkedType(f.relative()));
          }
        } else if (!Files.exists(path)) {
          throw new InputNotFoundException("input not found (dangling symlink): " + input);
        } else {
          add(sources, seen, input, path, DocumentType.ofFileName(input));
        }
      } else if (GlobPattern.isGlob(input)) {
        expandGlob(input, sources, seen, diagnostics);
      } else {
        throw new InputNotFoundException("input not found: " + input);
      }
    }
    sources.sort(Comparator.comparing(Source::displayPath));
    return sources;
  }

  private void expandGlob(
      String glob, List<Source> sources, Set<Path> seen, Diagnostics diagnostics)
      throws InputNotFoundException {
    int firstMeta = firstGlobChar(glob);
    int slash = glob.lastIndexOf('/', firstMeta);
    String base = slash < 0 ? "" : glob.substring(0, slash + 1);
    Pattern pattern = GlobPattern.compile(glob.substring(base.length()));
    Path dir = options.workingDir().resolve(base.isEmpty() ? "." : base);
    int before = sources.size();
    if (Files.isDirectory(dir)) {
      Walker walker = new Walker(options.honourGitignore(), diagnostics);
      for (Walker.Found f : walker.walk(dir, base, (rel, p) -> pattern.matcher(rel).matches())) {
        add(sources, seen, base + f.relative(), f.path(), DocumentType.ofFileName(f.relative()));
      }
    }
    if (sources.size() == before) {
      throw new InputNotFoundException("no file matches " + glob);
    }
  }

  private static int firstGlobChar(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '*' || c == '?' || c == '[') {
        return i;
      }
    }
    return s.length();
  }

  private void add(
      List<Source> sources, Set<Path> seen, String display, Path path, DocumentType type) {
    for (Pattern exclude : options.excludePaths()) {
      if (exclude.matcher(display).find()) {
        return;
      }
    }
    Path key;
    try {
      key = path.toRealPath();
    } catch (IOException e) {
      key = path.toAbsolutePath().normalize();
    }
    if (seen.add(key)) {
      sources.add(new Source(display, path, type));
    }
  }

  /** The type of a file found in a folder walk, or null when its extension is not taken. */
  private DocumentType walkedType(String name) {
    String ext = DocumentType.extension(name);
    return options.extensions().contains(ext) ? DocumentType.ofFileName(name) : null;
  }

  /** Reads and decodes one source; empty when it cannot be read, after telling diagnostics. */
  public Optional<Document> read(Source source, Diagnostics diagnostics) {
    byte[] bytes;
    try {
      if (source.path() == null) {
        try (InputStream in = options.stdin().get()) {
          bytes = in.readAllBytes();
        }
      } else {
        bytes = Files.readAllBytes(source.path());
      }
    } catch (IOException e) {
      diagnostics.inputError(source.displayPath(), Walker.reason(e));
      return Optional.empty();
    } catch (OutOfMemoryError e) {
      diagnostics.inputError(source.displayPath(), "too large to read");
      return Optional.empty();
    }
    Decoder.Decoded decoded = Decoder.decode(bytes);
    if (decoded.binary()) {
      diagnostics.inputError(source.displayPath(), "binary file, not read");
      return Optional.empty();
    }
    if (decoded.replaced()) {
      diagnostics.warning(
          source.displayPath() + ": invalid UTF-8, decoded with replacement characters");
    }
    return Optional.of(
        new Document(source.displayPath(), source.path(), source.type(), decoded.text()));
  }
}
