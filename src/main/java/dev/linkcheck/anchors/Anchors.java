package dev.linkcheck.anchors;

import dev.linkcheck.io.Decoder;
import dev.linkcheck.model.DocumentType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.jsoup.nodes.Element;

/**
 * The anchors a {@code #fragment} may point to in a document: for Markdown the ids GitHub gives its
 * headings, explicit {@code {#id}} attributes and ids in raw HTML; for HTML every {@code id} and
 * {@code <a name>}; plain text has none. Stateless and thread-safe.
 */
public final class Anchors {

  private Anchors() {}

  /** The anchors of {@code content} parsed as {@code type}, in document order. */
  public static Set<String> of(DocumentType type, String content) {
    return of(type, content, AnchorRules.PLAIN);
  }

  /**
   * The anchors of {@code content} parsed as {@code type} by {@code rules}: in document order, or
   * in a set that ignores case when the rules say so.
   */
  public static Set<String> of(DocumentType type, String content, AnchorRules rules) {
    Set<String> anchors =
        switch (type) {
          case MARKDOWN -> MarkdownAnchors.of(content, rules);
          case HTML -> {
            Set<String> found = new LinkedHashSet<>();
            HtmlAnchors.addTo(content, found);
            yield found;
          }
          case TEXT -> Set.of();
        };
    if (!rules.ignoreCase()) {
      return anchors;
    }
    // A case-insensitive set: contains() then matches #Ablauf to ## Ablauf, as GitHub's script
    // does.
    Set<String> folded = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    folded.addAll(anchors);
    return folded;
  }

  /**
   * The anchors one HTML element defines itself (its {@code id}, and {@code name} on {@code <a>}),
   * for readers that walk elements as they stream in.
   */
  public static void definedBy(Element element, Consumer<String> into) {
    HtmlAnchors.definedBy(element, into);
  }

  /**
   * The anchors of the local file {@code file} parsed as {@code type}, decoded as inputs are (BOM,
   * UTF-16, invalid UTF-8 replaced); empty when it cannot be read or is binary. A linked file that
   * cannot be read is not an input error: its fragments are reported instead.
   */
  public static Optional<Set<String>> ofFile(Path file, DocumentType type) {
    return ofFile(file, type, AnchorRules.PLAIN);
  }

  /** As {@link #ofFile(Path, DocumentType)}, by {@code rules}, with their includes expanded. */
  public static Optional<Set<String>> ofFile(Path file, DocumentType type, AnchorRules rules) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException | OutOfMemoryError e) {
      return Optional.empty();
    }
    Decoder.Decoded decoded = Decoder.decode(bytes);
    return decoded.binary()
        ? Optional.empty()
        : Optional.of(of(type, rules.includes().expand(file, decoded.text()), rules));
  }
}
