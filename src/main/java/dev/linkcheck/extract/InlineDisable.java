package dev.linkcheck.extract;

import dev.linkcheck.model.Link;
import dev.linkcheck.model.Location;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;

/**
 * The {@code <!-- linkcheck-disable -->} … {@code <!-- linkcheck-enable -->} and {@code <!--
 * linkcheck-disable-next-line -->} comments of one document, and the links they turn off. A region
 * runs from the disabling comment to the next enabling one (or the end of the document); "next
 * line" is the 1-based line after the one the comment ends on. Not thread-safe: one per extraction.
 */
final class InlineDisable {

  private static final Pattern COMMENT = Pattern.compile("<!--(.*?)-->", Pattern.DOTALL);

  private enum Kind {
    DISABLE,
    ENABLE,
    NEXT_LINE
  }

  private record Marker(Kind kind, Location start, int endLine) {}

  private final List<Marker> markers = new ArrayList<>();

  /** Records the HTML comment with text {@code data} (between the delimiters) if it is a marker. */
  void comment(String data, Location start, Location end) {
    Kind kind =
        switch (data.strip()) {
          case "linkcheck-disable" -> Kind.DISABLE;
          case "linkcheck-enable" -> Kind.ENABLE;
          case "linkcheck-disable-next-line" -> Kind.NEXT_LINE;
          default -> null;
        };
    if (kind != null) {
      markers.add(new Marker(kind, start, end.line()));
    }
  }

  /** Records the markers in a piece of raw HTML; {@code locate} maps its offsets to locations. */
  void scan(String html, IntFunction<Location> locate) {
    if (!html.contains("linkcheck-")) {
      return;
    }
    Matcher m = COMMENT.matcher(html);
    while (m.find()) {
      comment(m.group(1), locate.apply(m.start()), locate.apply(m.end() - 1));
    }
  }

  /**
   * Records the markers of a whole HTML document: real comments only, as jsoup parses them (not
   * text inside {@code <script>} or {@code <textarea>}).
   */
  void htmlDocument(String html, LineIndex lines) {
    if (!html.contains("linkcheck-")) {
      return;
    }
    Document doc = Parser.htmlParser().setTrackPosition(true).parseInput(html, "");
    NodeTraversor.traverse(
        (node, depth) -> {
          if (node instanceof Comment c && c.sourceRange().isTracked()) {
            comment(
                c.getData(),
                lines.at(c.sourceRange().startPos()),
                lines.at(c.sourceRange().endPos() - 1));
          }
        },
        doc);
  }

  /** The links of {@code links} (sorted by line and column) that no marker turns off. */
  List<Link> filter(List<Link> links) {
    if (markers.isEmpty()) {
      return links;
    }
    List<Marker> regions =
        markers.stream()
            .filter(m -> m.kind() != Kind.NEXT_LINE)
            .sorted(Comparator.comparing(Marker::start))
            .toList();
    List<Link> kept = new ArrayList<>(links.size());
    int next = 0;
    boolean disabled = false;
    for (Link link : links) {
      while (next < regions.size() && regions.get(next).start().compareTo(link.location()) < 0) {
        disabled = regions.get(next++).kind() == Kind.DISABLE;
      }
      if (!disabled && !onNextLine(link.location())) {
        kept.add(link);
      }
    }
    return kept;
  }

  private boolean onNextLine(Location at) {
    return markers.stream()
        .anyMatch(m -> m.kind() == Kind.NEXT_LINE && m.endLine() + 1 == at.line());
  }
}
