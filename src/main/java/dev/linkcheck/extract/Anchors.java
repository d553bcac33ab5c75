package dev.linkcheck.extract;

import dev.linkcheck.model.DocumentType;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The anchors a {@code #fragment} may point to in a document: for Markdown the ids GitHub gives its
 * headings, explicit {@code {#id}} attributes and ids in raw HTML; for HTML every {@code id} and
 * {@code <a name>}; plain text has none. Stateless and thread-safe.
 */
public final class Anchors {

  private Anchors() {}

  /** The anchors of {@code content} parsed as {@code type}, in document order. */
  public static Set<String> of(DocumentType type, String content) {
    return switch (type) {
      case MARKDOWN -> MarkdownAnchors.of(content);
      case HTML -> {
        Set<String> anchors = new LinkedHashSet<>();
        HtmlAnchors.addTo(content, anchors);
        yield anchors;
      }
      case TEXT -> Set.of();
    };
  }
}
