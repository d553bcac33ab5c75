package dev.linkcheck.anchors;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.front.matter.YamlFrontMatterExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * The anchors of a Markdown document by one framework's {@link AnchorRules}: heading ids from its
 * slugger, explicit ids (a heading's {@code {#id}}, or attribute lists in every form), definition
 * terms, footnotes, and {@code id}/{@code <a name>} in raw HTML. Thread-safe: the parser is shared,
 * every call has its own visitor and slugger.
 */
final class MarkdownAnchors {

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
    return of(markdown, AnchorRules.PLAIN);
  }

  static Set<String> of(String markdown, AnchorRules rules) {
    Node root;
    try {
      root = PARSER.parse(markdown);
    } catch (RuntimeException e) {
      // Never seen; a document that cannot be parsed simply has no anchors.
      return Set.of();
    }
    Visitor visitor = new Visitor(rules);
    root.accept(visitor);
    return visitor.anchors();
  }

  /** A heading or definition term: its explicit id, or the text its id is made from. */
  private record Entry(String explicitId, String text) {}

  /** Collects the anchors in document order, so that duplicates are numbered as the site does. */
  private static final class Visitor extends AbstractVisitor {
    private final AnchorRules rules;
    // Entries to slug and literal anchors (String), in document order.
    private final List<Object> items = new ArrayList<>();
    private int footnotes;

    Visitor(AnchorRules rules) {
      this.rules = rules;
    }

    Set<String> anchors() {
      HeadingSlugger slugger = rules.slugger().get();
      Set<String> ids = new LinkedHashSet<>();
      if (slugger instanceof PythonMarkdownSlugger) {
        // Python-Markdown's toc reserves every id set by attribute lists before slugging.
        for (Object item : items) {
          if (item instanceof Entry e && e.explicitId() != null) {
            slugger.reserve(e.explicitId());
          }
        }
      }
      for (Object item : items) {
        switch (item) {
          case Entry e when e.explicitId() != null -> {
            slugger.reserve(e.explicitId());
            ids.add(e.explicitId());
            if (!rules.attrLists() && !e.text().isBlank()) {
              // Without attribute lists the text's slug counts too: GitHub keeps {#id} as text.
              ids.add(slugger.slug(e.text()));
            }
          }
          // An empty heading gets no id on GitHub.
          case Entry e -> {
            if (!e.text().isBlank()) {
              ids.add(slugger.slug(e.text()));
            }
          }
          default -> ids.add((String) item);
        }
      }
      if (rules.userContent()) {
        for (String id : List.copyOf(ids)) {
          ids.add("user-content-" + id);
        }
      }
      return ids;
    }

    @Override
    public void visit(Heading heading) {
      StringBuilder text = new StringBuilder();
      appendText(heading, text);
      String explicit = null;
      if (rules.attrLists()) {
        Matcher m = AttrList.TRAILING.matcher(text);
        if (m.find()) {
          String id = AttrList.id(m.group(1));
          if (id == null || !id.isEmpty()) {
            explicit = id;
            text.setLength(m.start());
          }
        }
      } else {
        Matcher m = AttrList.HEADING_ID.matcher(text);
        if (m.find()) {
          explicit = m.group(1);
          text.setLength(m.start());
        }
      }
      items.add(new Entry(explicit, text.toString()));
      // Raw HTML inside the heading may define anchors too.
      visitChildren(heading);
    }

    @Override
    public void visit(Paragraph paragraph) {
      if (rules.definitionTerms()) {
        StringBuilder text = new StringBuilder();
        appendText(paragraph, text);
        String[] lines = text.toString().split("\n", -1);
        for (int i = 0; i + 1 < lines.length; i++) {
          if (lines[i + 1].startsWith(": ") && !lines[i].startsWith(":") && !lines[i].isBlank()) {
            items.add(new Entry(null, lines[i].strip()));
          }
        }
      }
      visitChildren(paragraph);
    }

    @Override
    public void visit(Text text) {
      if (rules.attrLists()) {
        Matcher m = AttrList.ANY.matcher(text.getLiteral());
        while (m.find()) {
          String id = AttrList.id(m.group(1));
          if (id != null && !id.isEmpty()) {
            items.add(id);
          }
        }
      }
    }

    @Override
    public void visit(CustomBlock block) {
      if (block instanceof FootnoteDefinition definition) {
        footnotes++;
        rules.footnotes().add(definition.getLabel(), footnotes, items::add);
      }
      visitChildren(block);
    }

    @Override
    public void visit(HtmlInline html) {
      addHtml(html.getLiteral());
    }

    @Override
    public void visit(HtmlBlock html) {
      addHtml(html.getLiteral());
    }

    private void addHtml(String html) {
      Set<String> found = new LinkedHashSet<>();
      HtmlAnchors.addTo(html, found);
      items.addAll(found);
    }

    /** The text as the rendered HTML has it: image alt text and HTML tags left out. */
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
