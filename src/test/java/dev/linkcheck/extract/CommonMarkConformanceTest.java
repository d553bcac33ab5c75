package dev.linkcheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linkcheck.model.Document;
import dev.linkcheck.model.DocumentType;
import dev.linkcheck.model.Link;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.commonmark.internal.util.Escaping;
import org.commonmark.testutil.TestResources;
import org.commonmark.testutil.example.Example;
import org.commonmark.testutil.example.ExampleReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Over every example of the CommonMark spec: the links extracted from the Markdown are exactly the
 * links of the spec's expected HTML (a[href], img[src], and the link attributes of raw HTML that
 * passes through), so nothing is missed, nothing comes from code, and nothing is invented.
 */
class CommonMarkConformanceTest {

  private static final MarkdownExtractor COMMONMARK = new MarkdownExtractor(List.of());

  static Stream<Example> examples() {
    return ExampleReader.readExamples(TestResources.getSpec()).stream();
  }

  /**
   * Where autolink-java (behind commonmark-ext-autolink) knowingly differs from the GFM spec; the
   * extractor passes on what the library finds. Keyed by a fragment of the example's Markdown.
   */
  private static final Map<String, String> AUTOLINK_LIBRARY_DIFFERENCES =
      Map.of(
          "(business))+ok", "ends a URL at the first unbalanced ')' even mid-URL",
          "commonmark&hl;", "keeps '&hl' before a trailing entity-like ';'",
          "a.b-c_d@a.b-", "accepts e-mail domains ending in '-' or '_'");

  /** The GFM spec's examples of the extensions linkcheck enables: tables and autolinks. */
  static Stream<Example> gfmExamples() {
    return ExampleReader.readExamples(TestResources.getGfmSpec()).stream()
        .filter(e -> e.getInfo().contains("table") || e.getInfo().contains("autolink"))
        .filter(
            e -> AUTOLINK_LIBRARY_DIFFERENCES.keySet().stream().noneMatch(e.getSource()::contains));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("gfmExamples")
  void gfmExtractorFindsTheLinksOfGfmTablesAndAutolinks(Example example) {
    List<Link> links =
        Extractor.forType(DocumentType.MARKDOWN)
            .extract(new Document("gfm.md", null, DocumentType.MARKDOWN, example.getSource()));

    List<String> actual = links.stream().map(l -> Escaping.percentEncodeUrl(l.url())).toList();
    List<String> expected =
        HtmlLinks.find(example.getHtml()).stream()
            .map(f -> Escaping.percentEncodeUrl(f.url()))
            .toList();
    assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void extractsTheLinksOfTheExpectedHtml(Example example) {
    List<Link> links =
        COMMONMARK.extract(
            new Document("spec.md", null, DocumentType.MARKDOWN, example.getSource()));

    // The HTML renderer percent-encodes destinations; normalise both sides the same way. Raw HTML
    // passes through, and in Markdown its href/src count on every element.
    List<String> actual = links.stream().map(l -> Escaping.percentEncodeUrl(l.url())).toList();
    List<String> expected =
        HtmlLinks.page(example.getHtml(), true).links().stream()
            .map(f -> Escaping.percentEncodeUrl(f.url()))
            .toList();
    assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(links)
        .allSatisfy(
            l -> {
              assertThat(l.location().line()).isPositive();
              assertThat(l.location().column()).isPositive();
            });
  }
}
