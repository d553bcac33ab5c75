package dev.linkcheck.extract;

import dev.linkcheck.model.Document;
import dev.linkcheck.model.Link;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Links of an HTML document through jsoup, at their attribute names, less those that a {@code
 * linkcheck-disable} comment turns off. Thread-safe.
 */
final class HtmlExtractor implements Extractor {

  @Override
  public List<Link> extract(Document document) {
    List<HtmlLinks.Found> found = new ArrayList<>(HtmlLinks.find(document.content()));
    found.sort(Comparator.comparingInt(HtmlLinks.Found::offset));
    LineIndex lines = new LineIndex(document.content(), document.displayPath());
    List<Link> links = new ArrayList<>(found.size());
    for (HtmlLinks.Found f : found) {
      links.add(new Link(f.url(), lines.at(f.offset())));
    }
    InlineDisable disable = new InlineDisable();
    disable.htmlDocument(document.content(), lines);
    return disable.filter(links);
  }
}
