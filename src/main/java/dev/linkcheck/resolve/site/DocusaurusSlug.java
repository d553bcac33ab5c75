package dev.linkcheck.resolve.site;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Docusaurus doc's slug ({@code plugin-content-docs/src/slug.ts}, {@code docs.ts}): front matter
 * {@code slug} (absolute as is, else relative to the doc's folder); a category index ({@code
 * index}, {@code readme} or a doc named like its folder) takes the folder's slug; otherwise the id
 * (front matter {@code id}, else the file name) in the folder. Number prefixes ({@code 01-}) are
 * stripped from file and folder names. Stateless.
 */
final class DocusaurusSlug {

  private static final Pattern NUMBER_PREFIX = Pattern.compile("^\\d+\\s*[-_.]+\\s*([^-_.\\s].*)$");

  private DocusaurusSlug() {}

  /** The slug of the doc at {@code rel} (relative to the docs folder) with {@code frontMatter}. */
  static String of(String rel, Map<String, Object> frontMatter) {
    boolean strip = !"false".equals(String.valueOf(frontMatter.get("parse_number_prefixes")));
    int slash = rel.lastIndexOf('/');
    String dir = slash < 0 ? "" : rel.substring(0, slash);
    String fileName = UrlPaths.stem(rel.substring(slash + 1));
    String unprefixed = strip ? unprefix(fileName) : fileName;
    StringBuilder dirSlug = new StringBuilder("/");
    if (!dir.isEmpty()) {
      for (String segment : dir.split("/")) {
        dirSlug.append(strip ? unprefix(segment) : segment).append('/');
      }
    }
    Object slug = frontMatter.get("slug");
    if (slug != null && slug.toString().startsWith("/")) {
      return slug.toString();
    }
    String innermost = dir.isEmpty() ? null : dir.substring(dir.lastIndexOf('/') + 1);
    String lower = fileName.toLowerCase(Locale.ROOT);
    boolean categoryIndex =
        lower.equals("index")
            || lower.equals("readme")
            || (innermost != null && lower.equals(innermost.toLowerCase(Locale.ROOT)));
    if (slug == null && categoryIndex) {
      String s = dirSlug.toString();
      return s.length() > 1 ? s.substring(0, s.length() - 1) : s;
    }
    Object id = frontMatter.get("id");
    String base = slug != null ? slug.toString() : id != null ? id.toString() : unprefixed;
    String resolved = UrlPaths.resolve(dirSlug.toString(), base);
    return resolved == null ? "/" + base : resolved;
  }

  static String unprefix(String name) {
    Matcher m = NUMBER_PREFIX.matcher(name);
    return m.matches() ? m.group(1) : name;
  }
}
