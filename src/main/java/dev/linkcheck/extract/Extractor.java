package dev.linkcheck.extract;

import dev.linkcheck.model.Document;
import dev.linkcheck.model.DocumentType;
import dev.linkcheck.model.Link;
import java.util.List;

/** Extracts the links written in a document, in order of their start. Thread-safe. */
public interface Extractor {

  List<Link> extract(Document document);

  /** The extractor for documents of {@code type}. */
  static Extractor forType(DocumentType type) {
    throw new UnsupportedOperationException("TODO " + type);
  }
}
