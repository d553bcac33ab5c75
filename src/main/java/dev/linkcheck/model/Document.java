package dev.linkcheck.model;

import java.nio.file.Path;

/**
 * One decoded input. {@code displayPath} is the path as the user named it (joined with the path
 * inside a walked folder), {@code "-"} for standard input; {@code path} is the file on disk, null
 * for standard input; {@code content} is decoded text without a leading BOM. Immutable.
 */
public record Document(String displayPath, Path path, DocumentType type, String content) {}
