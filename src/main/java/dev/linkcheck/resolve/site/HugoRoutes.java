package dev.linkcheck.resolve.site;

import dev.linkcheck.anchors.AnchorRules;
import dev.linkcheck.anchors.FileIncludes;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Hugo: a relative link is a file beside the page (a bundle's resource, a {@code .md} the link
 * render hook resolves) or a URL resolved against the page's URL; {@code /...} is a page's URL
 * (case-insensitive: logical paths are lower-cased) or a file under {@code static/}; {@code
 * ref}/{@code relref} name a page by logical path, relative to the page first, then anywhere in the
 * site. Immutable; the page table ({@link HugoPages}) is built on first use.
 */
final class HugoRoutes implements Routes {

  private final Path root;
  private final List<Path> contentDirs;
  private final String urlPrefix;
  private final HugoPages pages;
  private final java.util.Set<String> taxonomies;

  private HugoRoutes(
      Path root, List<Path> contentDirs, String urlPrefix, java.util.Set<String> taxonomies) {
    this.root = root;
    this.taxonomies = taxonomies;
    this.contentDirs = contentDirs;
    this.urlPrefix = urlPrefix;
    this.pages = new HugoPages(contentDirs);
  }

  static Site load(Path root, Path config) {
    Map<String, Object> cfg = ConfigFiles.read(config);
    List<Path> dirs = new ArrayList<>();
    dirs.add(root.resolve(ConfigFiles.string(cfg, "contentDir", "content")).normalize());
    if (ConfigFiles.get(cfg, "languages") instanceof Map<?, ?> languages) {
      for (Object language : languages.values()) {
        if (language instanceof Map<?, ?> settings && settings.get("contentDir") != null) {
          dirs.add(root.resolve(String.valueOf(settings.get("contentDir"))).normalize());
        }
      }
    }
    URI url = MdbookRoutes.absolute(ConfigFiles.string(cfg, "baseURL", null));
    String prefix =
        url == null || url.getPath() == null || url.getPath().isEmpty() ? "/" : url.getPath();
    String idType = ConfigFiles.string(cfg, "markup.goldmark.parser.autoHeadingIDType", "github");
    boolean terms = ConfigFiles.bool(cfg, "markup.goldmark.parser.autoDefinitionTermID", false);
    List<Path> includeBases = new ArrayList<>(dirs);
    includeBases.add(root);
    return new Site(
        "hugo",
        root,
        config,
        url,
        new HugoRoutes(
            root, List.copyOf(dirs), prefix.endsWith("/") ? prefix : prefix + "/", taxonomies(cfg)),
        AnchorRules.hugo(
            idType.equals("github-ascii"),
            terms,
            new FileIncludes(FileIncludes.HUGO_INCLUDE, true, includeBases)));
  }

  /** The taxonomies' URL segments: {@code tags} and {@code categories} unless configured. */
  private static java.util.Set<String> taxonomies(Map<String, Object> cfg) {
    java.util.Set<String> names = new java.util.HashSet<>();
    if (ConfigFiles.get(cfg, "taxonomies") instanceof Map<?, ?> configured) {
      configured
          .values()
          .forEach(v -> names.add(String.valueOf(v).toLowerCase(java.util.Locale.ROOT)));
    } else {
      names.addAll(List.of("tags", "categories"));
    }
    return names;
  }

  @Override
  public boolean owns(Path file) {
    return !file.getParent().equals(root);
  }

  @Override
  public Route route(Path from, String path) {
    Candidates c = new Candidates(root);
    String url;
    if (path.startsWith("/")) {
      url = path.startsWith(urlPrefix) ? "/" + path.substring(urlPrefix.length()) : path;
    } else {
      c.add(from.getParent(), path);
      if (c.first() != null) {
        return c.route();
      }
      String pageUrl = pages.url(from);
      if (pageUrl == null) {
        return Files.isDirectory(from.getParent().resolve(path)) ? new Route.Plain() : c.route();
      }
      url = UrlPaths.resolve(pageUrl, path);
      if (url == null) {
        return new Route.Outside(path);
      }
    }
    Path page = pages.byUrl(url);
    if (page == null && UrlPaths.extension(url).equals("md")) {
      page = pages.byLogical(HugoPages.logical(url.substring(1)));
    }
    if (page != null) {
      return new Route.Found(page);
    }
    String first = url.substring(1).split("/", 2)[0].toLowerCase(java.util.Locale.ROOT);
    if (taxonomies.contains(first)) {
      return new Route.Unmodelled("taxonomy page /" + first + "/");
    }
    for (Path dir : contentDirs) {
      Path section = dir.resolve(url.substring(1)).normalize();
      if (!url.equals("/") && section.startsWith(dir) && Files.isDirectory(section)) {
        // A folder of content is a section even without _index.md.
        return new Route.Found(section);
      }
    }
    String file = url.endsWith("/") ? url + "index.html" : url;
    c.add(root, "page " + url);
    c.add(root.resolve("static"), file);
    for (Path dir : contentDirs) {
      c.add(dir, file);
    }
    return c.route();
  }

  @Override
  public Route ref(Path from, String page) {
    if (page.isEmpty()) {
      return new Route.Found(from);
    }
    Candidates c = new Candidates(root);
    String logical = HugoPages.logical(page.startsWith("/") ? page.substring(1) : page);
    if (!page.startsWith("/")) {
      for (Path dir : contentDirs) {
        String rel = UrlPaths.inside(dir, from.getParent());
        if (rel != null) {
          Path here = pages.byLogical(HugoPages.logical(rel.isEmpty() ? page : rel + "/" + page));
          if (here != null) {
            return new Route.Found(here);
          }
        }
      }
      List<Path> anywhere = pages.bySuffix(logical.substring(1));
      if (!anywhere.isEmpty()) {
        return new Route.Found(anywhere.getFirst());
      }
    }
    Path found = pages.byLogical(logical);
    if (found != null) {
      return new Route.Found(found);
    }
    return c.add(root, "page " + logical).route();
  }
}
