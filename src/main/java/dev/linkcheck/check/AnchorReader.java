package dev.linkcheck.check;

import dev.linkcheck.model.DocumentType;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the anchors of a local file parsed as {@code type}; empty when the file cannot be read.
 * Implementations must be thread-safe; results are cached by the checker, so each file is read
 * once.
 */
@FunctionalInterface
public interface AnchorReader {

  Optional<Set<String>> read(Path file, DocumentType type);
}
