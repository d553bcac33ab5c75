package dev.linkcheck.resolve;

import dev.linkcheck.model.Document;
import dev.linkcheck.model.Link;
import dev.linkcheck.model.Outcome;
import dev.linkcheck.model.SkipReason;
import dev.linkcheck.model.Target;
import dev.linkcheck.model.UrlNormalizer;
import dev.linkcheck.model.UrlReference;
import dev.linkcheck.resolve.site.Route;
import dev.linkcheck.resolve.site.Site;
import dev.linkcheck.resolve.site.Sites;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns a written link into the target to check: an http(s) URL, a local file, or a verdict that
 * needs no check (skipped, excluded, malformed). Local paths go through the rules of the
 * documentation site the page belongs to ({@link Sites}). Thread-safe; the sites found are cached.
 */
public final class TargetResolver {

  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

  private final ResolveOptions options;
  private final Sites sites;

  public TargetResolver(ResolveOptions options) {
    this.options = options;
    SiteOptions site = options.site();
    this.sites = new Sites(site.site(), site.fragmentsIgnoreCase(), options.workingDir());
  }

  /** The sites this resolver detects, for reading anchors by their rules and for the report. */
  public Sites sites() {
    return sites;
  }

  /** Resolves {@code link}, written in {@code document}, to a target; never throws. */
  public Target resolve(Document document, Link link) {
    return resolveLink(document, link).target();
  }

  /**
   * Resolves {@code link} to a target and the fragment to check in it: same-page {@code #x} links
   * point at {@code document} itself. Never throws.
   */
  public Resolved resolveLink(Document document, Link link) {
    String url = link.url().strip();
    if (document.base() != null && !url.isEmpty()) {
      // A page fetched by URL: its relative links are relative to that URL, as in a browser.
      url = UrlReference.resolve(document.base().toString(), url);
    }
    if (link.skip() != null) {
      return new Resolved(new Target.Decided(url, new Outcome.Skipped(link.skip())), null);
    }
    if (TemplateLinks.isTemplate(url)) {
      return template(document, url);
    }
    int hash = url.indexOf('#');
    String fragment = hash < 0 || hash == url.length() - 1 ? null : url.substring(hash + 1);
    if (hash == 0) {
      if (fragment == null || !options.localFragments()) {
        return new Resolved(
            new Target.Decided(url, new Outcome.Skipped(new SkipReason.SamePageFragment(false))),
            null);
      }
      if (document.path() == null) {
        return new Resolved(
            new Target.Decided(url, new Outcome.Skipped(new SkipReason.SamePageFragment(true))),
            null);
      }
      return fragmentOf(filter(url, localTarget(document, document.path(), url)), fragment);
    }
    Target target = target(document, url);
    return fragmentOf(target, fragment);
  }

  /**
   * The target with the fragment kept where it is checked: on local pages and remote pages when
   * their fragments are checked, and on links an --exclude decided, so that each fragment link is
   * excluded on its own and never stands for its page. A --skip-fragment match keeps the page.
   */
  private Resolved fragmentOf(Target target, String fragment) {
    if (fragment == null) {
      return new Resolved(target, null);
    }
    boolean checked =
        switch (target) {
          case Target.Remote r -> options.remoteFragments();
          case Target.Local l -> options.localFragments();
          case Target.Decided d -> d.outcome() instanceof Outcome.Excluded;
        };
    var skip = options.site().skipFragment();
    if (checked
        && skip != null
        && skip.matcher(fragment).find()
        && !(target instanceof Target.Decided)) {
      return new Resolved(target, null);
    }
    return new Resolved(target, checked ? fragment : null);
  }

  /** A template destination: Hugo ref/relref and Jekyll link name a page, the rest are skipped. */
  private Resolved template(Document document, String url) {
    TemplateLinks.Named named = TemplateLinks.named(url);
    Site site = document.path() == null ? null : sites.of(absolute(document.path()));
    if (named != null && site != null && named.hugo() == site.kind().equals("hugo")) {
      Path from = absolute(document.path());
      Route route =
          named.hugo()
              ? site.routes().ref(from, named.page())
              : site.routes()
                  .route(site.root().resolve("x"), "/" + named.page().replaceFirst("^/", ""));
      Target target =
          SiteTargets.of(site, route, url, this::key, this::localTarget, TargetResolver::remote);
      if (target != null) {
        return fragmentOf(filter(url, target), named.fragment());
      }
    }
    return new Resolved(
        new Target.Decided(url, new Outcome.Skipped(new SkipReason.TemplateExpression())), null);
  }

  private Path absolute(Path path) {
    return options.workingDir().resolve(path).toAbsolutePath().normalize();
  }

  private Target target(Document document, String url) {
    if (url.isEmpty()) {
      return new Target.Decided("", new Outcome.Skipped(new SkipReason.EmptyLink()));
    }
    if (url.startsWith("//")) {
      url = "https:" + url;
    }
    var scheme = SCHEME.matcher(url);
    Target target;
    if (scheme.find()) {
      String name = url.substring(0, scheme.end() - 1).toLowerCase(Locale.ROOT);
      target =
          switch (name) {
            case "http", "https" -> remote(url);
            case "file" -> fileUrl(document, url);
            default -> new Target.Decided(url, new Outcome.Skipped(new SkipReason.Scheme(name)));
          };
    } else {
      target = local(document, url);
    }
    return filter(url, target);
  }

  /** Applies --exclude/--include (include wins) and --offline to a resolved target. */
  private Target filter(String written, Target target) {
    if (target instanceof Target.Decided) {
      return target;
    }
    String key = target.key();
    if (options.includes().stream().noneMatch(p -> matches(p, written, key))) {
      for (Pattern exclude : options.excludes()) {
        if (matches(exclude, written, key)) {
          return new Target.Decided(
              key, new Outcome.Excluded("excluded by --exclude " + exclude.pattern()));
        }
      }
    }
    if (options.offline() && target instanceof Target.Remote) {
      return new Target.Decided(key, new Outcome.Skipped(new SkipReason.Offline()));
    }
    return target;
  }

  private static boolean matches(Pattern pattern, String written, String key) {
    return pattern.matcher(written).find() || pattern.matcher(key).find();
  }

  private static Target remote(String url) {
    try {
      return new Target.Remote(UrlNormalizer.normalize(url));
    } catch (UrlNormalizer.MalformedUrlException e) {
      return new Target.Decided(url, new Outcome.Error("malformed URL: " + e.getMessage()));
    }
  }

  private Target fileUrl(Document document, String url) {
    try {
      URI uri = new URI(UrlNormalizer.encode(url.replaceFirst("#.*", "")));
      Path path = Path.of(uri.getPath() == null ? "" : uri.getPath());
      return localTarget(document, path.normalize(), url);
    } catch (java.net.URISyntaxException | IllegalArgumentException e) {
      return new Target.Decided(url, new Outcome.Error("malformed file URL"));
    }
  }

  private Target local(Document document, String url) {
    String path = url;
    int cut = UrlNormalizer.indexOfAny(path, "?#");
    if (cut >= 0) {
      path = path.substring(0, cut);
    }
    if (path.isEmpty()) {
      return new Target.Decided(url, new Outcome.Skipped(new SkipReason.SamePageLink()));
    }
    String decoded = UrlNormalizer.percentDecode(path);
    try {
      // An explicit --root-dir decides root-relative links whatever the site.
      boolean rooted = decoded.startsWith("/") && options.rootDir() != null;
      if (document.path() != null && !rooted) {
        Site site = sites.of(absolute(document.path()));
        if (site != null) {
          Route route = site.routes().route(absolute(document.path()), decoded);
          Target routed =
              SiteTargets.of(
                  site, route, url, this::key, this::localTarget, TargetResolver::remote);
          if (routed != null) {
            return routed;
          }
        }
      }
      Path resolved;
      if (decoded.startsWith("/")) {
        if (options.rootDir() == null) {
          return new Target.Decided(url, new Outcome.Skipped(new SkipReason.NeedsRootDir()));
        }
        resolved = options.workingDir().resolve(options.rootDir()).resolve(decoded.substring(1));
      } else {
        resolved = baseDir(document).resolve(decoded);
      }
      Path file =
          FallbackExtensions.apply(
              options.workingDir().resolve(resolved).normalize(),
              options.site().fallbackExtensions());
      if (decoded.endsWith("/") && Files.isRegularFile(file)) {
        // The file system refuses file.md/ (not a directory), and so does a web server.
        // Keyed apart from the file itself, which other links may reach.
        return new Target.Decided(key(file) + "/", new Outcome.Broken(new Outcome.NotAFolder()));
      }
      return localTarget(document, file, url);
    } catch (InvalidPathException e) {
      return new Target.Decided(url, new Outcome.Error("malformed path: " + e.getReason()));
    }
  }

  /**
   * A file on disk, keyed by its path relative to the working folder, or absolute when the input it
   * is written in was named by an absolute path: reports print paths the way the inputs were given.
   */
  private Target localTarget(Document document, Path absolute, String written) {
    Target target = localTarget(absolute, written);
    return document.displayPath().startsWith("/") && target instanceof Target.Local l
        ? new Target.Local(l.path(), l.path().toString())
        : target;
  }

  /** A file on disk, keyed relative to the working folder (site routes). */
  private Target localTarget(Path absolute, String written) {
    Path abs = index(options.workingDir().resolve(absolute).normalize());
    return new Target.Local(abs, key(abs));
  }

  /** The report key of a local path: relative to the working directory when inside it. */
  private String key(Path abs) {
    try {
      Path rel = options.workingDir().relativize(abs);
      return rel.toString().isEmpty() ? "." : rel.toString().replace('\\', '/');
    } catch (IllegalArgumentException e) {
      return abs.toString();
    }
  }

  /** A folder's first index file that exists, else the folder (or file) itself. */
  private Path index(Path path) {
    if (!options.indexFiles().isEmpty() && Files.isDirectory(path)) {
      for (String name : options.indexFiles()) {
        Path index = path.resolve(name);
        if (Files.isRegularFile(index)) {
          return index;
        }
      }
    }
    return path;
  }

  private Path baseDir(Document document) {
    if (document.path() == null) {
      return options.workingDir();
    }
    Path parent = options.workingDir().resolve(document.path()).getParent();
    return parent == null ? options.workingDir() : parent;
  }
}
