package dev.linkcheck.extract;

import dev.linkcheck.model.Document;
import dev.linkcheck.model.Link;
import dev.linkcheck.model.UrlReference;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Links of an HTML document through jsoup, at their attribute names, less those that a {@code
 * linkcheck-disable} comment turns off; relative ones resolved against the document's {@code <base
 * href>} when it has one, resource hints marked not to be checked. Thread-safe.
 */
final class HtmlExtractor implements Extractor {

  @Override
  public List<Link> extract(Document document) {
    HtmlLinks.Page page = HtmlLinks.page(document.content(), false);
    List<HtmlLinks.Found> found = new ArrayList<>(page.links());
    found.sort(Comparator.comparingInt(HtmlLinks.Found::offset));
    LineIndex lines = new LineIndex(document.content(), document.displayPath());
    List<Link> links = new ArrayList<>(found.size());
    for (HtmlLinks.Found f : found) {
      String url = page.base() == null ? f.url() : UrlReference.resolve(page.base(), f.url());
      links.add(new Link(url, lines.at(f.offset()), f.skip()));
    }
    InlineDisable disable = new InlineDisable();
    disable.htmlDocument(document.content(), lines);
    return disable.filter(links);
  }
}
