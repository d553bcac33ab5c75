package dev.linkcheck.anchors;

import java.util.function.Consumer;

/** The ids a framework gives a footnote's definition and its first reference. */
public enum FootnoteIds {
  /** No footnote ids counted (linkcheck's plain rules). */
  NONE,
  /** GitHub and remark-gfm (Docusaurus): {@code fn-LABEL}, {@code fnref-LABEL}. */
  GFM,
  /** Python-Markdown (MkDocs) and kramdown (Jekyll): {@code fn:LABEL}, {@code fnref:LABEL}. */
  COLON_LABEL,
  /** Goldmark (Hugo): {@code fn:N}, {@code fnref:N}, numbered in document order. */
  COLON_NUMBER,
  /**
   * mdBook: {@code fn-LABEL}, {@code fr-LABEL-1}; older versions pulldown-cmark's {@code LABEL}.
   */
  MDBOOK;

  /** Passes the ids of footnote {@code label}, the {@code number}-th defined (from 1). */
  void add(String label, int number, Consumer<String> into) {
    switch (this) {
      case NONE -> {}
      case GFM -> {
        into.accept("fn-" + label);
        into.accept("fnref-" + label);
      }
      case COLON_LABEL -> {
        into.accept("fn:" + label);
        into.accept("fnref:" + label);
      }
      case COLON_NUMBER -> {
        into.accept("fn:" + number);
        into.accept("fnref:" + number);
      }
      case MDBOOK -> {
        into.accept("fn-" + label);
        into.accept("fr-" + label + "-1");
        into.accept(label);
      }
    }
  }
}
