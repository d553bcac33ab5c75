package dev.linkcheck.anchors;

/**
 * Gives the headings of one document their ids by one framework's rule, unique within the document.
 * Not thread-safe: one instance per document, since it remembers the ids already given.
 */
public interface HeadingSlugger {

  /** The id of a heading (or other auto-id element) whose plain text is {@code text}. */
  String slug(String text);

  /** Marks {@code id}, set explicitly, as taken, so that no later slug repeats it. */
  void reserve(String id);
}
