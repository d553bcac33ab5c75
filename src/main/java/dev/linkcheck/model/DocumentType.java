package dev.linkcheck.model;

/** How an input's content is parsed for links. */
public enum DocumentType {
  MARKDOWN,
  HTML,
  TEXT
}
