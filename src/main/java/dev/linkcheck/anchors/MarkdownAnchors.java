package dev.linkcheck.anchors;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.front.matter.YamlFrontMatterExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * The anchors of a Markdown document: GitHub's heading ids (see {@link GithubSlugger}), explicit
 * {@code {#id}} heading attributes, and {@code id}/{@code <a name>} in raw HTML. Thread-safe: the
 * parser is shared, every call has its own visitor and slugger.
 */
final class MarkdownAnchors {

  /** A trailing attribute block such as {@code {#install}} or {@code {#install .big}}. */
  private static final Pattern ATTRIBUTES = Pattern.compile("\\s*\\{#([^\\s{}]+)[^{}]*}\\s*$");

  private static final Parser PARSER =
      Parser.builder()
          .extensions(
              List.of(
                  TablesExtension.create(),
                  FootnotesExtension.create(),
                  YamlFrontMatterExtension.create()))
          .build();

  private MarkdownAnchors() {}

  static Set<String> of(String markdown) {
    Node root;
    try {
      root = PARSER.parse(markdown);
    } catch (RuntimeException e) {
      // Never seen; a document that cannot be parsed simply has no anchors.
      return Set.of();
    }
    Visitor visitor = new Visitor();
    root.accept(visitor);
    return visitor.anchors;
  }

  /**
   * Collects the anchors in document order, so that duplicate headings are numbered as on GitHub.
   */
  private static final class Visitor extends AbstractVisitor {
    final Set<String> anchors = new LinkedHashSet<>();
    private final GithubSlugger slugger = new GithubSlugger();

    @Override
    public void visit(Heading heading) {
      StringBuilder text = new StringBuilder();
      appendText(heading, text);
      Matcher explicit = ATTRIBUTES.matcher(text);
      if (explicit.find()) {
        anchors.add(explicit.group(1));
        text.setLength(explicit.start());
      }
      if (!text.toString().isBlank()) {
        // An empty heading gets no id on GitHub.
        anchors.add(slugger.slug(text.toString()));
      }
      // Raw HTML inside the heading may define anchors too.
      visitChildren(heading);
    }

    @Override
    public void visit(HtmlInline html) {
      HtmlAnchors.addTo(html.getLiteral(), anchors);
    }

    @Override
    public void visit(HtmlBlock html) {
      HtmlAnchors.addTo(html.getLiteral(), anchors);
    }

    /**
     * The heading's text as GitHub's rendered HTML has it: image alt text and HTML tags left out.
     */
    private static void appendText(Node node, StringBuilder into) {
      for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
        switch (child) {
          case Text t -> into.append(t.getLiteral());
          case Code c -> into.append(c.getLiteral());
          case SoftLineBreak s -> into.append('\n');
          case Image i -> {}
          case HtmlInline h -> {}
          default -> appendText(child, into);
        }
      }
    }
  }
}
