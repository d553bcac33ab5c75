package dev.linkcheck.model;

import java.util.Locale;

/** How an input's content is parsed for links. */
public enum DocumentType {
  MARKDOWN,
  HTML,
  TEXT;

  /**
   * The type a file's name gives it: {@code .md}/{@code .markdown}/{@code .mdx} Markdown, {@code
   * .html}/{@code .htm}/{@code .xhtml} HTML (case-insensitive), anything else text.
   */
  public static DocumentType ofFileName(String name) {
    return switch (extension(name)) {
      case "md", "markdown", "mdx" -> MARKDOWN;
      case "html", "htm", "xhtml" -> HTML;
      default -> TEXT;
    };
  }

  /** The lower-case extension of the last segment of {@code name}, {@code ""} when it has none. */
  public static String extension(String name) {
    int slash = name.lastIndexOf('/');
    int dot = name.lastIndexOf('.');
    return dot > slash ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
  }
}
