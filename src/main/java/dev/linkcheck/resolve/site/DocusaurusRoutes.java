package dev.linkcheck.resolve.site;

import dev.linkcheck.anchors.AnchorRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Docusaurus: a {@code .md}/{@code .mdx} link is a source file relative to the page, then to the
 * docs folder ({@code markdownLinks.ts}); any other relative link is a URL the browser resolves
 * against the page's permalink, looked up in the permalinks of every doc ({@link DocusaurusDocs});
 * {@code /...} is a permalink, a static file ({@code static/}) or a page ({@code src/pages}).
 * Immutable; the permalinks are computed on first use.
 */
final class DocusaurusRoutes implements Routes {

  private static final List<String> PAGE_EXTENSIONS =
      List.of("md", "mdx", "js", "jsx", "ts", "tsx");

  private final Path root;
  private final Path docs;
  private final String baseUrl;
  private final List<Path> statics;
  private final DocusaurusDocs permalinks;

  private DocusaurusRoutes(Path root, DocusaurusConfig config) {
    this.root = root;
    this.docs = root.resolve(config.docsPath()).normalize();
    String base = config.baseUrl().startsWith("/") ? config.baseUrl() : "/" + config.baseUrl();
    this.baseUrl = base.endsWith("/") ? base : base + "/";
    this.statics = config.staticDirs().stream().map(s -> root.resolve(s).normalize()).toList();
    this.permalinks = new DocusaurusDocs(docs, baseUrl, config.routeBasePath());
  }

  static Site load(Path root, Path config, List<String> notes) {
    DocusaurusConfig c = DocusaurusConfig.read(config);
    if (!c.defaults().isEmpty()) {
      notes.add(
          config.getFileName()
              + ": no literal value for "
              + String.join(", ", c.defaults())
              + ", Docusaurus defaults used");
    }
    return new Site(
        "docusaurus",
        root,
        config,
        MdbookRoutes.absolute(c.url()),
        new DocusaurusRoutes(root, c),
        AnchorRules.DOCUSAURUS);
  }

  @Override
  public boolean owns(Path file) {
    return !file.getParent().equals(root);
  }

  @Override
  public Route route(Path from, String path) {
    Candidates c = new Candidates(root);
    String ext = UrlPaths.extension(path);
    if (!path.startsWith("/")) {
      c.add(from.getParent(), path);
      if (c.first() != null) {
        return c.route();
      }
      if (ext.equals("md") || ext.equals("mdx")) {
        return c.add(docs, path).route();
      }
      String permalink = permalinks.of(from);
      if (permalink == null && !Files.isDirectory(from.getParent().resolve(path))) {
        return new Route.Unmodelled("route written in a page that is not a doc");
      }
      if (permalink != null) {
        // trailingSlash is undefined by default: a page is served with and without the slash.
        for (String base : List.of(permalink, permalink + "/")) {
          String url = UrlPaths.resolve(base, path);
          Path doc = url == null ? null : permalinks.file(url);
          if (doc != null) {
            return new Route.Found(doc);
          }
          if (url != null) {
            c.add(root, "route " + url);
          }
        }
      }
      return Files.isDirectory(from.getParent().resolve(path)) ? new Route.Plain() : c.route();
    }
    String p = path.startsWith(baseUrl) ? "/" + path.substring(baseUrl.length()) : path;
    Path doc = permalinks.file(p);
    if (doc != null) {
      return new Route.Found(doc);
    }
    for (Path dir : statics) {
      c.add(dir, p);
    }
    if (c.first() != null) {
      return c.route();
    }
    Candidates pages = new Candidates(root);
    pages.page(root.resolve("src/pages"), p.substring(1), PAGE_EXTENSIONS, indexNames());
    if (pages.first() != null) {
      return pages.route();
    }
    String first = p.substring(1).split("/", 2)[0];
    if (!first.isEmpty()
        && !permalinks.coversTop(first)
        && Files.isDirectory(root.resolve(first))) {
      return new Route.Unmodelled("route of the " + first + "/ plugin");
    }
    if (Files.isRegularFile(root.resolve("versions.json")) && permalinks.coversTop(first)) {
      return new Route.Unmodelled("route of versioned docs");
    }
    c.add(root, "route " + p);
    return c.route();
  }

  private static List<String> indexNames() {
    return PAGE_EXTENSIONS.stream().map(e -> "index." + e).toList();
  }

  /** Every doc's permalink → source file, computed once. */
  static final class DocusaurusDocs {
    private final Path docs;
    private final String baseUrl;
    private final String routeBasePath;
    private volatile Map<String, Path> byPermalink;
    private volatile Map<Path, String> byFile;

    DocusaurusDocs(Path docs, String baseUrl, String routeBasePath) {
      this.docs = docs;
      this.baseUrl = baseUrl;
      this.routeBasePath = routeBasePath;
    }

    Path file(String url) {
      load();
      return byPermalink.get(normalise(url));
    }

    String of(Path file) {
      load();
      return byFile.get(file);
    }

    boolean coversTop(String segment) {
      String top = normalise(baseUrl + routeBasePath);
      return top.equals("/" + segment) || top.equals("/");
    }

    private synchronized void load() {
      if (byPermalink != null) {
        return;
      }
      Map<String, Path> permalinks = new java.util.HashMap<>();
      Map<Path, String> files = new java.util.HashMap<>();
      List<Path> found = new ArrayList<>();
      if (Files.isDirectory(docs)) {
        try (Stream<Path> walk = Files.walk(docs)) {
          walk.filter(Files::isRegularFile).forEach(found::add);
        } catch (IOException | RuntimeException e) {
          // an unreadable docs folder has no permalinks: its links are reported as missing
        }
      }
      for (Path f : found) {
        String rel = docs.relativize(f).toString().replace('\\', '/');
        String ext = UrlPaths.extension(rel);
        if (!(ext.equals("md") || ext.equals("mdx")) || rel.startsWith("_") || rel.contains("/_")) {
          continue;
        }
        String permalink =
            normalise(
                baseUrl + "/" + routeBasePath + "/" + DocusaurusSlug.of(rel, FrontMatter.of(f)));
        permalinks.putIfAbsent(permalink, f);
        files.put(f, permalink);
      }
      byFile = files;
      byPermalink = permalinks;
    }

    static String normalise(String url) {
      String u = ("/" + url).replaceAll("/{2,}", "/");
      return u.length() > 1 && u.endsWith("/") ? u.substring(0, u.length() - 1) : u;
    }
  }
}
