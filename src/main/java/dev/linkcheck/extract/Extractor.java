package dev.linkcheck.extract;

import dev.linkcheck.model.Document;
import dev.linkcheck.model.DocumentType;
import dev.linkcheck.model.Link;
import java.util.List;

/**
 * Extracts the links written in a document, sorted by line and column; never throws. Instances are
 * stateless and thread-safe.
 */
public interface Extractor {

  List<Link> extract(Document document);

  /** The extractor for documents of {@code type}. */
  static Extractor forType(DocumentType type) {
    return switch (type) {
      case MARKDOWN -> Extractors.MARKDOWN;
      case HTML -> Extractors.HTML;
      case TEXT -> Extractors.TEXT;
    };
  }
}
