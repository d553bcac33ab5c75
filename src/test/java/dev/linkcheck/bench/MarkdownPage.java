package dev.linkcheck.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Renders one benchmark Markdown page holding exactly the given link occurrences, in every syntax
 * linkcheck extracts (inline links, images, autolinks, bare URLs, reference links, table cells,
 * headings, raw HTML), plus a decoy URL in code that must not count as a link. Stateless.
 */
final class MarkdownPage {

  private MarkdownPage() {}

  static String render(int index, List<String> links, String decoy, Random rnd) {
    StringBuilder md = new StringBuilder();
    md.append("---\ntitle: page ").append(index).append("\n---\n\n");
    md.append("# Page ").append(index).append("\n\n");
    md.append("Some prose about the topic, with `").append(decoy).append("` in code.\n\n");
    List<String> references = new ArrayList<>();
    int i = 0;
    while (i < links.size()) {
      int style = rnd.nextInt(8);
      if (style == 0 && links.size() - i >= 3) {
        md.append("| item | where |\n| --- | --- |\n");
        for (int k = 0; k < 3; k++, i++) {
          md.append("| item ").append(i).append(" | [see](").append(links.get(i)).append(") |\n");
        }
        md.append('\n');
        continue;
      }
      String url = links.get(i++);
      switch (style) {
        case 1 -> md.append("## [Section ").append(i).append("](").append(url).append(")\n\n");
        case 2 ->
            md.append("An image: ![figure ").append(i).append("](").append(url).append(")\n\n");
        case 3 -> md.append("Autolink <").append(url).append("> here.\n\n");
        case 4 -> md.append("A bare URL ").append(url).append(" in text.\n\n");
        case 5 -> {
          String label = "ref" + references.size();
          references.add("[" + label + "]: " + url);
          md.append("A [reference link][").append(label).append("] to it.\n\n");
        }
        case 6 -> md.append("Raw HTML: <a href=\"").append(url).append("\">there</a>.\n\n");
        default ->
            md.append("- read [the docs on ").append(i).append("](").append(url).append(")\n\n");
      }
      if (i % 17 == 0) {
        md.append("```\ncurl ").append(decoy).append("\n```\n\n");
      }
    }
    for (String ref : references) {
      md.append(ref).append('\n');
    }
    return md.toString();
  }
}
