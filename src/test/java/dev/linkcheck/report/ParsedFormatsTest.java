package dev.linkcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

/** The Markdown and GitHub formats read back the way their consumers read them. */
class ParsedFormatsTest {

  private static String render(Format format) {
    return FormatsTest.render(format, FormatsTest.report(), new ReportStyle(false, false, false));
  }

  /** The text of each cell of each row of the tables of a Markdown document, as GFM reads it. */
  private static List<List<String>> tableRows(Node root) {
    List<List<String>> rows = new ArrayList<>();
    root.accept(
        new AbstractVisitor() {
          @Override
          public void visit(CustomNode node) {
            if (node instanceof TableRow) {
              List<String> cells = new ArrayList<>();
              for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
                cells.add(text((TableCell) c));
              }
              rows.add(cells);
            } else {
              visitChildren(node);
            }
          }

          @Override
          public void visit(CustomBlock node) {
            visitChildren(node);
          }
        });
    return rows;
  }

  private static String text(Node node) {
    StringBuilder b = new StringBuilder();
    for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
      switch (c) {
        case Code code -> b.append(code.getLiteral());
        case Text t -> b.append(t.getLiteral());
        default -> b.append(text(c));
      }
    }
    return b.toString();
  }

  @Test
  void markdownIsAGfmTableOfEveryFailingOccurrenceWithUrlsIntact() {
    Node root =
        Parser.builder()
            .extensions(List.of(TablesExtension.create()))
            .build()
            .parse(render(Format.MARKDOWN));

    assertThat(root.getFirstChild()).isInstanceOf(Heading.class);
    int tables = 0;
    for (Node n = root.getFirstChild(); n != null; n = n.getNext()) {
      tables += n instanceof TableBlock ? 1 : 0;
    }
    assertThat(tables).isEqualTo(1);
    assertThat(tableRows(root))
        .containsExactly(
            List.of("File", "Line:Col", "Problem", "URL"),
            List.of("docs/a, b.md", "3:1", "timeout after 10s", "http://slow.test/"),
            List.of("docs/a.md", "12:5", "404 Not Found", "https://a.test/gone|x"),
            List.of("docs/b.md", "9:2", "404 Not Found", "https://a.test/gone|x"));
  }

  /** One GitHub Actions workflow command, as the runner reads it. */
  private record Command(String name, Map<String, String> properties, String message) {

    private static final Pattern LINE = Pattern.compile("::(\\w+)(?: ([^:]*))?::(.*)");

    static Command parse(String line) {
      Matcher m = LINE.matcher(line);
      assertThat(m.matches()).as(line).isTrue();
      Map<String, String> properties = new LinkedHashMap<>();
      if (m.group(2) != null) {
        for (String property : m.group(2).split(",")) {
          int eq = property.indexOf('=');
          properties.put(property.substring(0, eq), unescape(property.substring(eq + 1)));
        }
      }
      return new Command(m.group(1), properties, unescape(m.group(3)));
    }

    private static String unescape(String s) {
      return s.replace("%2C", ",")
          .replace("%3A", ":")
          .replace("%0A", "\n")
          .replace("%0D", "\r")
          .replace("%25", "%");
    }
  }

  @Test
  void githubCommandsCarryFileLineAndColumnOfEachFailingOccurrence() {
    List<Command> commands = render(Format.GITHUB).lines().map(Command::parse).toList();

    List<Command> errors = commands.stream().filter(c -> c.name().equals("error")).toList();
    assertThat(errors)
        .extracting(c -> c.properties().get("file") + ":" + c.properties().get("line"))
        .containsExactly("docs/a, b.md:3", "docs/a.md:12", "docs/b.md:9", "docs/bin.md:null");
    assertThat(errors.get(1).properties())
        .containsEntry("col", "5")
        .containsEntry("title", "linkcheck: broken link");
    assertThat(errors.get(1).message()).isEqualTo("404 Not Found https://a.test/gone|x");
    assertThat(commands.getLast().name()).isEqualTo("notice");
    assertThat(commands.getLast().message()).startsWith("5 links (4 unique) in 3 files");
  }
}
