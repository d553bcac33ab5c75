package dev.linkcheck.collect;

import dev.linkcheck.model.DocumentType;
import java.nio.file.Path;

/**
 * An input found by the collector, not yet read: display path as the user named it ({@code "-"} for
 * standard input), the file ({@code null} for standard input) and how to parse it. Immutable.
 */
public record Source(String displayPath, Path path, DocumentType type) {}
