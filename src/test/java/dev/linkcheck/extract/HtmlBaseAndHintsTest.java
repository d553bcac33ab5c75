package dev.linkcheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linkcheck.model.Document;
import dev.linkcheck.model.DocumentType;
import dev.linkcheck.model.Link;
import dev.linkcheck.model.SkipReason;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code <base href>} and resource hints in HTML, as a browser reads them. */
class HtmlBaseAndHintsTest {

  private static List<Link> links(String html) {
    return Extractor.forType(DocumentType.HTML)
        .extract(new Document("page.html", null, DocumentType.HTML, html));
  }

  private static List<String> urls(String html) {
    return links(html).stream().map(Link::url).toList();
  }

  @Test
  void anAbsoluteBaseHrefSetsTheBaseOfRelativeLinks() {
    String html =
        "<head><base href=\"https://example.com/docs/v2/\"></head>"
            + "<a href=\"guide.html\">a</a> <a href=\"../v1/old.html\">b</a>"
            + " <a href=\"/root\">c</a> <a href=\"#top\">d</a>"
            + " <img src=\"img/x.png\" srcset=\"img/y.png 2x\"> <a href=\"https://other.org/\">e</a>";

    assertThat(urls(html))
        .containsExactly(
            "https://example.com/docs/v2/guide.html",
            "https://example.com/docs/v1/old.html",
            "https://example.com/root",
            "https://example.com/docs/v2/#top",
            "https://example.com/docs/v2/img/x.png",
            "https://example.com/docs/v2/img/y.png",
            "https://other.org/");
  }

  @Test
  void aRelativeBaseHrefIsRelativeToTheDocumentAndTheFirstBaseWins() {
    String html =
        "<base href=\"sub/\"><base href=\"ignored/\"><a href=\"a.md\">a</a>"
            + " <a href=\"../b.md\">b</a> <a href=\"mailto:x@example.com\">m</a>";

    assertThat(urls(html)).containsExactly("sub/a.md", "b.md", "mailto:x@example.com");
  }

  @Test
  void withoutABaseLinksStayAsWritten() {
    assertThat(urls("<a href=\"a b.md\">a</a> <a href=\"#x\">x</a>"))
        .containsExactly("a b.md", "#x");
  }

  @Test
  void preconnectDnsPrefetchAndPreloadOriginsAreMarkedNotToBeChecked() {
    String html =
        "<link rel=\"preconnect\" href=\"https://fonts.gstatic.com\" crossorigin>"
            + "<link rel=\"dns-prefetch\" href=\"//cdn.example.com\">"
            + "<link rel=\"preload\" as=\"font\" href=\"https://fonts.example.com/a.woff2\">"
            + "<link rel=\"stylesheet\" href=\"style.css\">";

    assertThat(links(html))
        .extracting(Link::url, Link::skip)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "https://fonts.gstatic.com", new SkipReason.ResourceHint("preconnect")),
            org.assertj.core.groups.Tuple.tuple(
                "//cdn.example.com", new SkipReason.ResourceHint("dns-prefetch")),
            org.assertj.core.groups.Tuple.tuple(
                "https://fonts.example.com/a.woff2", new SkipReason.ResourceHint("preload")),
            org.assertj.core.groups.Tuple.tuple("style.css", null));
  }
}
