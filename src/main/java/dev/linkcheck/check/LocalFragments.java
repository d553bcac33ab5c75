package dev.linkcheck.check;

import dev.linkcheck.model.DocumentType;
import dev.linkcheck.model.Outcome;
import dev.linkcheck.model.SkipReason;
import dev.linkcheck.model.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decides fragments of local files against their anchors, each file read and parsed once (the
 * anchors are cached for the run). Thread-safe.
 */
final class LocalFragments {

  private final AnchorReader reader;
  private final Map<Path, Optional<Set<String>>> cache = new ConcurrentHashMap<>();

  LocalFragments(AnchorReader reader) {
    this.reader = reader;
  }

  /** The outcome of {@code #fragment} in {@code file}; {@code page} is the file's own outcome. */
  Outcome decide(Target.Local file, Outcome page, String fragment) {
    if (!(page instanceof Outcome.Ok)) {
      return page;
    }
    Path path = file.path();
    if (Files.isDirectory(path)) {
      return new Outcome.Ok(null, "fragment not checked: a folder");
    }
    DocumentType type =
        DocumentType.ofFileName(path.getFileName() == null ? "" : path.getFileName().toString());
    if (type == DocumentType.TEXT) {
      return new Outcome.Ok(null, "fragment not checked: not a Markdown or HTML file");
    }
    boolean markdown = type == DocumentType.MARKDOWN;
    if (FragmentMatch.withoutAnchors(fragment, markdown)) {
      return page;
    }
    Optional<Set<String>> anchors = cache.computeIfAbsent(path, p -> reader.read(p, type));
    if (anchors.isEmpty()) {
      return new Outcome.Skipped(new SkipReason.UnreadableFile(fragment));
    }
    if (FragmentMatch.in(fragment, anchors.get())) {
      return page;
    }
    String suggestion = FragmentMatch.suggest(fragment, anchors.get()).orElse(null);
    return new Outcome.Broken(new Outcome.MissingFragment(fragment, suggestion, null));
  }
}
