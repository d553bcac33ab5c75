package dev.linkcheck.extract;

import dev.linkcheck.model.Document;
import dev.linkcheck.model.DocumentType;
import dev.linkcheck.model.Link;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.front.matter.YamlFrontMatterExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Markdown links through commonmark-java with source spans: links, images, reference links,
 * autolinks, GFM bare URLs and links in raw HTML; nothing inside code, nothing that a {@code
 * linkcheck-disable} comment turns off. Thread-safe: the parser is shared, every call has its own
 * visitor.
 */
final class MarkdownExtractor implements Extractor {

  private static final List<org.commonmark.Extension> GFM =
      List.of(
          AutolinkExtension.create(),
          TablesExtension.create(),
          FootnotesExtension.create(),
          YamlFrontMatterExtension.create());

  private final Parser parser;

  /** The product's extractor: CommonMark with GFM tables, autolinks, footnotes, front matter. */
  MarkdownExtractor() {
    this(GFM);
  }

  /** An extractor with only {@code extensions}; plain CommonMark for the conformance test. */
  MarkdownExtractor(List<org.commonmark.Extension> extensions) {
    this.parser =
        Parser.builder()
            .extensions(extensions)
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();
  }

  /** A Hugo ref/relref shortcode or a Jekyll link tag as a link's destination. */
  private static final java.util.regex.Pattern NAMED_PAGE =
      java.util.regex.Pattern.compile(
          "]\\((\\{\\{[<%]-?\\s*(?:rel)?ref\\s+[^)\\n]*?[>%]}}(?:#[^\\s)]*)?"
              + "|\\{%-?\\s*link\\s+[^%\\n]*?%}(?:#[^\\s)]*)?)\\)");

  @Override
  public List<Link> extract(Document document) {
    boolean mdx = DocumentType.extension(document.displayPath()).equals("mdx");
    String text = mdx ? MdxText.blank(document.content()) : document.content();
    Node root;
    try {
      root = parser.parse(text);
    } catch (RuntimeException e) {
      // The parser accepts any input; should it ever fail, the document yields no links rather
      // than ending the run.
      return List.of();
    }
    Collector collector = new Collector(text, new LineIndex(text, document.displayPath()), mdx);
    root.accept(collector);
    if (mdx) {
      for (HtmlLinks.Found found : JsxLinks.find(text)) {
        collector.links.add(new Link(found.url(), collector.lines.at(found.offset())));
      }
    }
    if (text.contains("ref") || text.contains("link")) {
      java.util.regex.Matcher m = NAMED_PAGE.matcher(text);
      while (m.find()) {
        if (!collector.inCode(m.start(1))) {
          collector.links.add(new Link(m.group(1), collector.lines.at(m.start(1))));
        }
      }
    }
    collector.links.sort(
        Comparator.comparingInt((Link l) -> l.location().line())
            .thenComparingInt(l -> l.location().column()));
    return collector.disable.filter(collector.links);
  }

  /** Walks the tree once, collecting links with their positions. */
  private static final class Collector extends AbstractVisitor {
    private final String text;
    final LineIndex lines;
    private final boolean mdx;
    final List<Link> links = new ArrayList<>();
    final InlineDisable disable = new InlineDisable();
    // Source ranges of code, [start, end) pairs: no link is taken from inside them.
    private final List<int[]> code = new ArrayList<>();

    Collector(String text, LineIndex lines, boolean mdx) {
      this.text = text;
      this.lines = lines;
      this.mdx = mdx;
    }

    boolean inCode(int offset) {
      for (int[] range : code) {
        if (offset >= range[0] && offset < range[1]) {
          return true;
        }
      }
      return false;
    }

    private void code(Node node) {
      for (SourceSpan span : node.getSourceSpans()) {
        code.add(new int[] {span.getInputIndex(), span.getInputIndex() + span.getLength()});
      }
    }

    @Override
    public void visit(org.commonmark.node.Link link) {
      add(link.getDestination(), link);
      visitChildren(link);
    }

    @Override
    public void visit(Image image) {
      add(image.getDestination(), image);
      // An image's description renders as plain alt text: links inside it are not links.
    }

    @Override
    public void visit(HtmlInline html) {
      addHtml(html.getLiteral(), html.getSourceSpans());
    }

    @Override
    public void visit(HtmlBlock html) {
      addHtml(html.getLiteral(), html.getSourceSpans());
    }

    // Code holds no links: do not descend.
    @Override
    public void visit(Code node) {
      code(node);
    }

    @Override
    public void visit(FencedCodeBlock node) {
      code(node);
    }

    @Override
    public void visit(IndentedCodeBlock node) {
      code(node);
    }

    private void add(String destination, Node node) {
      List<SourceSpan> spans = node.getSourceSpans();
      if (spans.isEmpty()) {
        return;
      }
      links.add(new Link(destination, lines.at(spans.getFirst().getInputIndex())));
    }

    /**
     * Links in raw HTML. The literal is the node's source lines joined by newlines, without the
     * container prefixes ({@code > }, list indentation) that the spans skip, so an offset in the
     * literal is mapped through the span of its line.
     */
    private void addHtml(String literal, List<SourceSpan> spans) {
      if (spans.isEmpty()) {
        return;
      }
      disable.scan(literal, offset -> lines.at(inputIndex(literal, spans, offset)));
      // In MDX every element's attributes come from the JSX scan of the whole text.
      if (mdx || literal.indexOf('=') < 0) {
        return;
      }
      for (HtmlLinks.Found found : HtmlLinks.page(literal, true).links()) {
        links.add(
            new Link(
                found.url(), lines.at(inputIndex(literal, spans, found.offset())), found.skip()));
      }
    }

    private int inputIndex(String literal, List<SourceSpan> spans, int offset) {
      int line = 0;
      int lineStart = 0;
      for (int i = literal.indexOf('\n'); i >= 0 && i < offset; i = literal.indexOf('\n', i + 1)) {
        line++;
        lineStart = i + 1;
      }
      if (line < spans.size()) {
        return spans.get(line).getInputIndex() + (offset - lineStart);
      }
      // Fewer spans than lines: count from the first span through the raw text.
      return Math.min(text.length(), spans.getFirst().getInputIndex() + offset);
    }
  }
}
