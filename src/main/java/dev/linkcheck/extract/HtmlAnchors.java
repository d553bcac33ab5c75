package dev.linkcheck.extract;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/** The anchors of HTML: every non-empty {@code id}, and {@code name} on {@code <a>}. Stateless. */
final class HtmlAnchors {

  private HtmlAnchors() {}

  /** Adds the anchors of {@code html} (a document or a fragment of one) to {@code into}. */
  static void addTo(String html, Set<String> into) {
    for (Element element : Jsoup.parse(html).getAllElements()) {
      add(element, into);
    }
  }

  /** Adds the anchors {@code element} itself defines (not its children's) to {@code into}. */
  static void add(Element element, Set<String> into) {
    String id = element.id();
    if (!id.isEmpty()) {
      into.add(id);
    }
    if (element.normalName().equals("a") && !element.attr("name").isEmpty()) {
      into.add(element.attr("name"));
    }
  }
}
