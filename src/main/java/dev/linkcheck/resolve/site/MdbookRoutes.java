package dev.linkcheck.resolve.site;

import dev.linkcheck.anchors.AnchorRules;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * mdBook ({@code book.toml}): pages live under {@code [book] src} (default {@code src}); a written
 * {@code x.html} is the chapter {@code x.md} (mdBook turns {@code .md} links into {@code .html}),
 * an {@code index.html} or folder is its {@code README.md} or {@code index.md}; a path leaving the
 * source folder leaves the book (a sibling book on the same host). Immutable.
 */
final class MdbookRoutes implements Routes {

  private final Path root;
  private final Path src;

  private MdbookRoutes(Path root, Path src) {
    this.root = root;
    this.src = src;
  }

  static Site load(Path root, Path config) {
    Map<String, Object> toml = ConfigFiles.read(config);
    Path src = root.resolve(ConfigFiles.string(toml, "book.src", "src")).normalize();
    String url = ConfigFiles.string(toml, "output.html.site-url", null);
    return new Site(
        "mdbook", root, config, absolute(url), new MdbookRoutes(root, src), AnchorRules.MDBOOK);
  }

  /** An absolute http(s) URL, or null (mdBook's site-url is often a path only). */
  static URI absolute(String url) {
    if (url == null || !url.matches("(?i)https?://.+")) {
      return null;
    }
    try {
      return URI.create(url.endsWith("/") ? url : url + "/");
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  @Override
  public boolean owns(Path file) {
    return file.startsWith(src);
  }

  @Override
  public Route route(Path from, String path) {
    if (UrlPaths.inside(src, from) == null) {
      return new Route.Plain();
    }
    Path target =
        (path.startsWith("/") ? src.resolve(path.substring(1)) : from.getParent().resolve(path))
            .normalize();
    String inSrc = UrlPaths.inside(src, target);
    if (inSrc == null) {
      String sitePath = src.relativize(target).toString().replace('\\', '/');
      return new Route.Outside(path.endsWith("/") ? sitePath + "/" : sitePath);
    }
    Candidates c = new Candidates(root);
    String name = UrlPaths.name(inSrc);
    if (path.endsWith("/") || inSrc.isEmpty()) {
      c.page(src, inSrc + "/", List.of(), List.of("README.md", "index.md", "index.html"));
    } else if (name.equals("index.html")) {
      String dir = inSrc.substring(0, inSrc.length() - name.length());
      c.add(src, dir + "README.md").add(src, dir + "index.md").add(src, inSrc);
    } else if (UrlPaths.extension(inSrc).equals("html")) {
      c.add(src, UrlPaths.stem(inSrc) + ".md").add(src, inSrc);
    } else {
      c.add(src, inSrc);
      if (java.nio.file.Files.isDirectory(target)) {
        c.page(src, inSrc + "/", List.of(), List.of("README.md", "index.md"));
        return c.route() instanceof Route.Found f ? f : new Route.Found(target);
      }
    }
    return c.route();
  }
}
