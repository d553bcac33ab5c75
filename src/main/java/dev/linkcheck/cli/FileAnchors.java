package dev.linkcheck.cli;

import dev.linkcheck.check.AnchorReader;
import dev.linkcheck.collect.Collector;
import dev.linkcheck.collect.Source;
import dev.linkcheck.extract.Anchors;
import dev.linkcheck.model.Diagnostics;
import dev.linkcheck.model.DocumentType;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the anchors of a linked local file, decoded as inputs are (BOM, UTF-16, invalid UTF-8). A
 * linked file that cannot be read is not an input error: its fragments are reported instead.
 * Thread-safe.
 */
final class FileAnchors implements AnchorReader {

  private static final Diagnostics SILENT =
      new Diagnostics() {
        @Override
        public void inputError(String file, String message) {}

        @Override
        public void warning(String message) {}
      };

  private final Collector collector;

  FileAnchors(Collector collector) {
    this.collector = collector;
  }

  @Override
  public Optional<Set<String>> read(Path file, DocumentType type) {
    return collector
        .read(new Source(file.toString(), file, type), SILENT)
        .map(doc -> Anchors.of(type, doc.content()));
  }
}
