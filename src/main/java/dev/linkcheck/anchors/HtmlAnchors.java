package dev.linkcheck.anchors;

import java.util.Set;
import java.util.function.Consumer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/** The anchors of HTML: every non-empty {@code id}, and {@code name} on {@code <a>}. Stateless. */
final class HtmlAnchors {

  private HtmlAnchors() {}

  /** Adds the anchors of {@code html} (a document or a fragment of one) to {@code into}. */
  static void addTo(String html, Set<String> into) {
    for (Element element : Jsoup.parse(html).getAllElements()) {
      definedBy(element, into::add);
    }
  }

  /** Passes the anchors {@code element} itself defines (not its children's) to {@code into}. */
  static void definedBy(Element element, Consumer<String> into) {
    String id = element.id();
    if (!id.isEmpty()) {
      into.accept(id);
    }
    if (element.normalName().equals("a") && !element.attr("name").isEmpty()) {
      into.accept(element.attr("name"));
    }
  }
}
