package dev.linkcheck.extract;

/** The shared extractor instances. */
final class Extractors {
  static final Extractor MARKDOWN = new MarkdownExtractor();
  static final Extractor HTML = new HtmlExtractor();
  static final Extractor TEXT = new TextExtractor();

  private Extractors() {}
}
