package dev.linkcheck.resolve.site;

import dev.linkcheck.anchors.AnchorRules;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Jekyll ({@code _config.yml}): a relative link is a file beside the page (jekyll-relative-links
 * turns {@code .md} links into their pages) or a URL resolved against the page's URL; {@code /...}
 * (after {@code baseurl}) is a page's {@code permalink}, {@code x.html} or {@code x/} of a source
 * page, or a static file. Immutable; permalinks are read on first use.
 */
final class JekyllRoutes implements Routes {

  private static final List<String> EXTENSIONS = List.of("md", "markdown", "html");
  private static final List<String> INDEXES = List.of("index.md", "index.markdown", "index.html");

  private final Path root;
  private final String baseUrl;
  private volatile Map<String, Path> permalinks;

  private JekyllRoutes(Path root, String baseUrl) {
    this.root = root;
    this.baseUrl = baseUrl;
  }

  static Site load(Path root, Path config) {
    Map<String, Object> yaml = ConfigFiles.read(config);
    Path source = root.resolve(ConfigFiles.string(yaml, "source", ".")).normalize();
    String base = ConfigFiles.string(yaml, "baseurl", "");
    base =
        base.isEmpty() || base.equals("/") ? "/" : (base.startsWith("/") ? base : "/" + base) + "/";
    String url = ConfigFiles.string(yaml, "url", null);
    URI site = MdbookRoutes.absolute(url == null ? null : url.replaceAll("/$", "") + base);
    return new Site(
        "jekyll", source, config, site, new JekyllRoutes(source, base), AnchorRules.JEKYLL);
  }

  @Override
  public Route route(Path from, String path) {
    Candidates c = new Candidates(root);
    if (!path.startsWith("/")) {
      c.add(from.getParent(), path);
      if (c.first() != null || Files.isDirectory(from.getParent().resolve(path))) {
        return c.first() != null ? c.route() : new Route.Plain();
      }
      String rel = UrlPaths.inside(root, from.getParent());
      if (rel == null) {
        return c.route();
      }
      String url = UrlPaths.resolve("/" + (rel.isEmpty() ? "" : rel + "/"), path);
      return url == null ? new Route.Outside(path) : site(url, c);
    }
    String p = path.startsWith(baseUrl) ? "/" + path.substring(baseUrl.length()) : path;
    return site(p, c);
  }

  private Route site(String url, Candidates c) {
    Path permalink = permalinks().get(HugoPages.key(url));
    if (permalink != null) {
      return new Route.Found(permalink);
    }
    if (url.matches("^/(.+/)?\\d{4}/\\d{2}/\\d{2}/.*")
        && Files.isDirectory(root.resolve("_posts"))) {
      return new Route.Unmodelled("route of a post");
    }
    String u = url.substring(1);
    if (UrlPaths.extension(u).equals("html")) {
      c.add(root, UrlPaths.stem(u) + ".md").add(root, UrlPaths.stem(u) + ".markdown");
    }
    c.add(root, u);
    if (u.isEmpty() || u.endsWith("/") || UrlPaths.extension(u).isEmpty()) {
      c.page(root, u, EXTENSIONS, INDEXES);
    }
    return c.route();
  }

  private Map<String, Path> permalinks() {
    Map<String, Path> map = permalinks;
    if (map != null) {
      return map;
    }
    synchronized (this) {
      if (permalinks == null) {
        Map<String, Path> found = new HashMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
          walk.filter(Files::isRegularFile)
              .filter(f -> EXTENSIONS.contains(UrlPaths.extension(f.toString())))
              .filter(f -> !root.relativize(f).toString().startsWith("_site"))
              .forEach(
                  f -> {
                    Object link = FrontMatter.of(f).get("permalink");
                    if (link != null) {
                      found.putIfAbsent(HugoPages.key(link.toString()), f);
                    }
                  });
        } catch (IOException | RuntimeException e) {
          // no permalinks readable: pages are found by their file names
        }
        permalinks = found;
      }
      return permalinks;
    }
  }
}
