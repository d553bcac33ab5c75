package dev.linkcheck.collect;

import dev.linkcheck.io.Decoder;
import dev.linkcheck.model.Diagnostics;
import dev.linkcheck.model.Document;
import dev.linkcheck.model.DocumentType;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** Turns the command line's inputs into sources, and sources into documents. Thread-safe. */
public final class Collector {

  /** An input that is a web page rather than a path. */
  private static final Pattern URL_INPUT = Pattern.compile("^https?://", Pattern.CASE_INSENSITIVE);

  private final CollectOptions options;

  public Collector(CollectOptions options) {
    this.options = options;
  }

  /**
   * Expands inputs (files, folders walked recursively, globs, {@code -}, http(s) URLs) into sources
   * sorted by display path, each file once. Problems inside a walk go to {@code diagnostics}, as
   * does a missing input with {@code skipMissing}.
   *
   * @throws InputNotFoundException when an input names nothing that exists, or (unless {@code
   *     allowEmpty}) a folder or glob holds no file to check: a usage error
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
      if (URL_INPUT.matcher(input).find()) {
        addUrl(input, sources);
        continue;
      }
      Path path = options.workingDir().resolve(input);
      if (Walker.exists(path)) {
        if (Files.isDirectory(path)) {
          int before = sources.size();
          Walker walker = new Walker(options.honourGitignore(), diagnostics);
          for (Walker.Found f : walker.walk(path, input, (rel, p) -> walkedType(rel) != null)) {
            add(
                sources,
                seen,
                Walker.join(input, f.relative()),
                f.path(),
                walkedType(f.relative()));
          }
          if (sources.size() == before && !options.rules().allowEmpty()) {
            throw new InputNotFoundException(
                input
                    + ": no file to check in it (extensions "
                    + String.join(",", new TreeSet<>(options.extensions()))
                    + "); --allow-empty accepts that");
          }
        } else if (!Files.exists(path)) {
          throw new InputNotFoundException("input not found (dangling symlink): " + input);
        } else {
          add(sources, seen, input, path, DocumentType.ofFileName(input));
        }
      } else if (GlobPattern.isGlob(input)) {
        expandGlob(input, sources, seen, diagnostics);
      } else if (options.rules().skipMissing()) {
        diagnostics.warning(input + ": not found, skipped (--skip-missing)");
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
    if (sources.size() == before && !options.rules().allowEmpty()) {
      throw new InputNotFoundException("no file matches " + glob + "; --allow-empty accepts that");
    }
  }

  /** A page given by its URL: fetched when read, its type known only then. */
  private static void addUrl(String input, List<Source> sources) throws InputNotFoundException {
    URI url;
    try {
      url = new URI(input);
    } catch (URISyntaxException e) {
      throw new InputNotFoundException("malformed URL input: " + input + ": " + e.getReason());
    }
    if (url.getHost() == null) {
      throw new InputNotFoundException("malformed URL input (no host): " + input);
    }
    if (sources.stream().noneMatch(s -> url.equals(s.url()))) {
      sources.add(new Source(input, null, DocumentType.HTML, url));
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
      List<Source> sources, Set<Path> seen, String named, Path path, DocumentType type) {
    // ./docs/a.md and docs//a.md print as docs/a.md, like the paths of the files they link to.
    String display = Path.of(named).normalize().toString().replace('\\', '/');
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

  /**
   * Reads and decodes one source (a page given by URL is fetched); empty when it cannot be read,
   * after telling diagnostics. Invalid UTF-8 is an input error too, but its document, decoded with
   * replacement characters, is still returned so that its links are checked.
   */
  public Optional<Document> read(Source source, Diagnostics diagnostics) {
    if (source.url() != null) {
      return fetch(source, diagnostics);
    }
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
    return decode(source, source.type(), bytes, null, diagnostics);
  }

  private Optional<Document> fetch(Source source, Diagnostics diagnostics) {
    PageFetcher.Page page;
    try {
      page =
          new PageFetcher(options.rules().fetchTimeout(), options.rules().userAgent())
              .fetch(source.url());
    } catch (PageFetcher.FetchException e) {
      diagnostics.inputError(source.displayPath(), "cannot fetch: " + e.getMessage());
      return Optional.empty();
    }
    return decode(source, page.type(), page.bytes(), page.finalUrl(), diagnostics);
  }

  private static Optional<Document> decode(
      Source source, DocumentType type, byte[] bytes, URI base, Diagnostics diagnostics) {
    Decoder.Decoded decoded = Decoder.decode(bytes);
    if (decoded.binary()) {
      diagnostics.inputError(source.displayPath(), "binary file, not read");
      return Optional.empty();
    }
    if (decoded.replaced()) {
      diagnostics.inputError(
          source.displayPath(),
          "invalid UTF-8, decoded with replacement characters (its links are still checked)");
    }
    return Optional.of(
        new Document(source.displayPath(), source.path(), type, decoded.text(), base));
  }
}
