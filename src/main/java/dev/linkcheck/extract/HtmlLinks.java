package dev.linkcheck.extract;

import dev.linkcheck.model.SkipReason;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;

/**
 * Finds link attributes in HTML with jsoup, each with the offset of its attribute name in the
 * parsed string. Each written attribute is reported once, however the tree builder rearranged (and
 * cloned) elements around it. Stateless and thread-safe.
 */
final class HtmlLinks {

  /**
   * A URL, the offset of the attribute name it was written in, and why it is not to be checked
   * (null when it is).
   */
  record Found(String url, int offset, SkipReason skip) {
    Found(String url, int offset) {
      this(url, offset, null);
    }
  }

  /** What a page found: its links, and its {@code <base href>} (null when none). */
  record Page(List<Found> links, String base) {}

  /** {@code <link rel>} values whose {@code href} is a hint to the browser, not a page to visit. */
  private static final Set<String> RESOURCE_HINTS = Set.of("preconnect", "dns-prefetch", "preload");

  /** Attribute → the elements it is a link on. */
  private static final Map<String, Set<String>> LINK_ATTRIBUTES =
      Map.of(
          "href", Set.of("a", "area", "link"),
          "src",
              Set.of(
                  "img", "script", "iframe", "embed", "audio", "video", "track", "source", "input"),
          "srcset", Set.of("img", "source"),
          "poster", Set.of("video"),
          "data", Set.of("object"));

  private HtmlLinks() {}

  static List<Found> find(String html) {
    return page(html, false).links();
  }

  /**
   * The links and base of a page; with {@code anyElement} (raw HTML in Markdown), {@code href} and
   * {@code src} count on every element, custom elements too.
   */
  static Page page(String html, boolean anyElement) {
    Parser parser = Parser.htmlParser().setTrackPosition(true);
    Document doc = parser.parseInput(html, "");
    List<Found> found = new ArrayList<>();
    // A misnested or unclosed <a> is cloned by the HTML tree builder; clones share the source
    // range of the attribute they were copied from, or carry none: keep the first of each range.
    Set<Integer> seen = new HashSet<>();
    for (Element element : doc.getAllElements()) {
      String tag = element.normalName();
      for (var entry : LINK_ATTRIBUTES.entrySet()) {
        String attribute = entry.getKey();
        boolean any = anyElement && (attribute.equals("href") || attribute.equals("src"));
        if (!(any || entry.getValue().contains(tag)) || !element.hasAttr(attribute)) {
          continue;
        }
        Range name = element.attributes().sourceRange(attribute).nameRange();
        if (!name.isTracked() || !seen.add(name.startPos())) {
          continue;
        }
        String value = element.attr(attribute);
        if (attribute.equals("srcset")) {
          for (String candidate : Srcset.urls(value)) {
            found.add(new Found(candidate, name.startPos()));
          }
        } else {
          found.add(new Found(value.strip(), name.startPos(), hint(element)));
        }
      }
    }
    // The first <base> with an href sets the document's base URL (HTML 4.2.3).
    Element base = doc.selectFirst("base[href]");
    return new Page(found, base == null ? null : base.attr("href").strip());
  }

  /** Why a {@code <link>} is not checked as a page, or null. */
  private static SkipReason hint(Element element) {
    if (!element.normalName().equals("link")) {
      return null;
    }
    for (String rel : element.attr("rel").toLowerCase(Locale.ROOT).split("\\s+")) {
      if (RESOURCE_HINTS.contains(rel)) {
        return new SkipReason.ResourceHint(rel);
      }
    }
    return null;
  }
}
