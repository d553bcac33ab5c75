package dev.linkcheck.resolve.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Every Hugo page's logical path and URL, computed once: the path under a content folder without
 * extension and language, lower-cased, spaces as {@code -}; {@code _index} and {@code index} stand
 * for their folder; the URL is the logical path with {@code /}, or front matter {@code url}, or the
 * folder with front matter {@code slug}. Thread-safe.
 */
final class HugoPages {

  private static final Set<String> CONTENT = Set.of("md", "markdown", "mdown", "html", "htm");

  private final List<Path> contentDirs;
  private volatile Map<String, Path> byLogical;
  private volatile Map<String, Path> byUrl;
  private volatile Map<Path, String> urlOf;

  HugoPages(List<Path> contentDirs) {
    this.contentDirs = List.copyOf(contentDirs);
  }

  /** The page whose logical path is {@code logical} ({@code /a/b}), or null. */
  Path byLogical(String logical) {
    load();
    return byLogical.get(key(logical));
  }

  /**
   * Pages whose logical path ends with {@code /suffix}: Hugo's lookup in "the rest of the site".
   */
  List<Path> bySuffix(String suffix) {
    load();
    String k = key("/" + suffix);
    List<Path> found = new ArrayList<>();
    byLogical.forEach(
        (logical, file) -> {
          if (logical.endsWith(k)) {
            found.add(file);
          }
        });
    return found;
  }

  /** The page served at {@code url} ({@code /a/b/}), or null. */
  Path byUrl(String url) {
    load();
    return byUrl.get(key(url));
  }

  /** The URL of {@code file} ({@code /a/b/}), or null when it is no page. */
  String url(Path file) {
    load();
    return urlOf.get(file);
  }

  /** The logical path of a file under {@code contentDir}. */
  static String logical(String rel) {
    String p = UrlPaths.stem(rel);
    // page.en.md: the language is not part of the logical path.
    p = p.replaceFirst("\\.[a-z]{2}(-[a-zA-Z]{2,4})?$", "");
    String name = UrlPaths.name(p);
    if (name.equals("_index") || name.equals("index")) {
      p = p.substring(0, p.length() - name.length());
    }
    return "/" + p.toLowerCase(Locale.ROOT).replace(' ', '-');
  }

  static String key(String path) {
    String k = path.toLowerCase(Locale.ROOT).replaceAll("/{2,}", "/");
    if (!k.startsWith("/")) {
      k = "/" + k;
    }
    if (k.endsWith("/index.html")) {
      k = k.substring(0, k.length() - "index.html".length());
    }
    return k.length() > 1 && k.endsWith("/") ? k.substring(0, k.length() - 1) : k;
  }

  private synchronized void load() {
    if (byLogical != null) {
      return;
    }
    Map<String, Path> logicals = new HashMap<>();
    Map<String, Path> urls = new HashMap<>();
    Map<Path, String> files = new HashMap<>();
    for (Path dir : contentDirs) {
      List<Path> found = new ArrayList<>();
      if (Files.isDirectory(dir)) {
        try (Stream<Path> walk = Files.walk(dir)) {
          walk.filter(Files::isRegularFile).sorted().forEach(found::add);
        } catch (IOException | RuntimeException e) {
          // an unreadable content folder has no pages
        }
      }
      for (Path f : found) {
        String rel = dir.relativize(f).toString().replace('\\', '/');
        if (!CONTENT.contains(UrlPaths.extension(rel))) {
          continue;
        }
        String logical = logical(rel);
        Map<String, Object> fm = FrontMatter.of(f);
        String url = logical.endsWith("/") || logical.equals("/") ? logical : logical + "/";
        Object explicit = ConfigFiles.get(fm, "url");
        Object slug = ConfigFiles.get(fm, "slug");
        if (explicit != null) {
          url = explicit.toString();
        } else if (slug != null && !UrlPaths.name(rel).startsWith("_index")) {
          String parent = logical.substring(0, logical.lastIndexOf('/') + 1);
          url = parent + slug + "/";
        }
        logicals.putIfAbsent(key(logical), f);
        urls.putIfAbsent(key(url), f);
        files.put(f, url.startsWith("/") ? url : "/" + url);
      }
    }
    urlOf = files;
    byUrl = urls;
    byLogical = logicals;
  }
}
