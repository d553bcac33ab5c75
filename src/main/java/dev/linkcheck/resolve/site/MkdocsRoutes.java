package dev.linkcheck.resolve.site;

import dev.linkcheck.anchors.AnchorRules;
import dev.linkcheck.anchors.FileIncludes;
import dev.linkcheck.anchors.Includes;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * MkDocs ({@code mkdocs.yml}): pages under {@code docs_dir}. A relative link whose last segment has
 * a dot names a source file relative to the page ({@code pages.py} rewrites those); every other
 * link, and every link in raw HTML, is resolved by the browser against the page's URL: {@code
 * a/b.md} is served at {@code a/b/} with {@code use_directory_urls} (the default), else at {@code
 * a/b.html}. A URL is then mapped back to {@code x.md}, {@code x/index.md}, {@code x/README.md} or
 * a static file. Both readings are tried, so a raw-HTML link is not a false alarm. Immutable.
 */
final class MkdocsRoutes implements Routes {

  private static final List<String> EXTENSIONS = List.of("md", "markdown");
  private static final List<String> INDEXES = List.of("index.md", "README.md", "index.html");

  private final Path root;
  private final Path docs;
  private final boolean directoryUrls;
  private final String urlPrefix;

  private MkdocsRoutes(Path root, Path docs, boolean directoryUrls, String urlPrefix) {
    this.root = root;
    this.docs = docs;
    this.directoryUrls = directoryUrls;
    this.urlPrefix = urlPrefix;
  }

  static Site load(Path root, Path config) {
    Map<String, Object> yaml = ConfigFiles.read(config);
    Path docs = root.resolve(ConfigFiles.string(yaml, "docs_dir", "docs")).normalize();
    URI url = MdbookRoutes.absolute(ConfigFiles.string(yaml, "site_url", null));
    String prefix =
        url == null || url.getPath() == null || url.getPath().isEmpty() ? "/" : url.getPath();
    Object extensions = yaml.get("markdown_extensions");
    boolean unicode = false;
    List<Path> snippetBases = new ArrayList<>();
    boolean snippets = false;
    if (extensions instanceof List<?> list) {
      for (Object item : list) {
        String name =
            item instanceof Map<?, ?> m && !m.isEmpty()
                ? String.valueOf(m.keySet().iterator().next())
                : String.valueOf(item);
        Object settings = item instanceof Map<?, ?> m ? m.get(name) : null;
        if (name.equals("toc") || name.equals("markdown.extensions.toc")) {
          Object slugify = settings instanceof Map<?, ?> s ? s.get("slugify") : null;
          unicode = slugify != null && !String.valueOf(slugify).endsWith("toc.slugify");
        } else if (name.equals("pymdownx.snippets")) {
          snippets = true;
          Object base = settings instanceof Map<?, ?> s ? s.get("base_path") : null;
          for (Object b :
              base instanceof List<?> l ? l : base == null ? List.of(".") : List.of(base)) {
            snippetBases.add(root.resolve(String.valueOf(b)).normalize());
          }
        }
      }
    }
    Includes includes =
        snippets ? new FileIncludes(FileIncludes.SNIPPET, false, snippetBases) : Includes.NONE;
    return new Site(
        "mkdocs",
        root,
        config,
        url,
        new MkdocsRoutes(root, docs, ConfigFiles.bool(yaml, "use_directory_urls", true), prefix),
        AnchorRules.mkdocs(unicode, includes));
  }

  @Override
  public boolean owns(Path file) {
    return file.startsWith(docs);
  }

  @Override
  public Route route(Path from, String path) {
    String page = UrlPaths.inside(docs, from);
    if (page == null) {
      return new Route.Plain();
    }
    Candidates c = new Candidates(root);
    if (!path.startsWith("/") && UrlPaths.name(path).contains(".")) {
      c.add(from.getParent(), path);
      if (c.first() != null) {
        return c.route();
      }
    }
    String url;
    if (path.startsWith("/")) {
      url = path.startsWith(urlPrefix) ? "/" + path.substring(urlPrefix.length()) : path;
    } else {
      url = UrlPaths.resolve("/" + pageUrl(page), path);
      if (url == null) {
        return new Route.Outside(path);
      }
    }
    String u = url.substring(1);
    if (u.isEmpty() || u.endsWith("/")) {
      if (!u.isEmpty()) {
        c.add(docs, u.substring(0, u.length() - 1) + ".md");
      }
      c.page(docs, u, EXTENSIONS, INDEXES);
    } else if (UrlPaths.extension(u).equals("html")) {
      String stem = UrlPaths.stem(u);
      if (UrlPaths.name(u).equals("index.html")) {
        c.page(docs, stem.substring(0, stem.length() - "index".length()), EXTENSIONS, INDEXES);
      } else {
        c.add(docs, stem + ".md").add(docs, stem + ".markdown");
      }
      c.add(docs, u);
    } else if (!UrlPaths.name(u).contains(".")) {
      c.page(docs, u, EXTENSIONS, INDEXES);
    } else {
      c.add(docs, u);
    }
    return c.route();
  }

  /** The URL of page {@code a/b.md} relative to the site root: {@code a/b/} or {@code a/b.html}. */
  private String pageUrl(String page) {
    String stem = UrlPaths.stem(page);
    String name = UrlPaths.name(stem);
    boolean index = name.equals("index") || name.equalsIgnoreCase("README");
    String dir = stem.substring(0, stem.length() - name.length());
    if (index) {
      return directoryUrls ? dir : dir + "index.html";
    }
    return directoryUrls ? stem + "/" : stem + ".html";
  }
}
