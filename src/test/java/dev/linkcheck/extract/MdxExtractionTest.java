package dev.linkcheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linkcheck.model.Document;
import dev.linkcheck.model.DocumentType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * MDX is Markdown with ESM, expressions and JSX; raw HTML in Markdown yields any element's links.
 */
class MdxExtractionTest {

  private static List<String> links(String name, String text) {
    Document doc = new Document(name, null, DocumentType.ofFileName(name), text);
    return Extractor.forType(doc.type()).extract(doc).stream()
        .map(l -> l.location().line() + ":" + l.location().column() + " " + l.url())
        .toList();
  }

  @Test
  void esmAndExpressionsAreNotMarkdownAndJsxAttributesAreLinksWithTheirPlaces() {
    String mdx =
        """
        import Card from '@site/src/Card';
        export const meta = {
          see: '[not a link](esm.md)',
        };

        # Title

        <Card
          title="x"
          href="/docs/intro"
        />

        {`[not a link](expression.md)`} and [a link](real.md).

        ```jsx
        <Card href="in-code.md" />
        ```
        """;

    assertThat(links("page.mdx", mdx)).containsExactly("10:3 /docs/intro", "13:37 real.md");
  }

  @Test
  void rawHtmlInMarkdownYieldsHrefAndSrcOfAnyElement() {
    String md =
        "<my-card href=\"custom.md\"></my-card>\n\n<div data-x=\"1\" src=\"img.png\"></div>\n";

    assertThat(links("page.md", md)).containsExactly("1:10 custom.md", "3:17 img.png");
  }

  @Test
  void hugoRefAndJekyllLinkDestinationsAreTakenOutsideCode() {
    String md = "[a]({{< ref \"page.md#x\" >}}) [b]({% link b.md %}) `[c]({{< ref \"code\" >}})`\n";

    List<String> found = links("page.md", md);

    assertThat(found).containsExactly("1:5 {{< ref \"page.md#x\" >}}", "1:34 {% link b.md %}");
  }
}
