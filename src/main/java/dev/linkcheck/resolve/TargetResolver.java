package dev.linkcheck.resolve;

import dev.linkcheck.model.Document;
import dev.linkcheck.model.Link;
import dev.linkcheck.model.Outcome;
import dev.linkcheck.model.SkipReason;
import dev.linkcheck.model.Target;
import dev.linkcheck.model.UrlNormalizer;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns a written link into the target to check: an http(s) URL, a local file, or a verdict that
 * needs no check (skipped, excluded, malformed). Stateless and thread-safe.
 */
public final class TargetResolver {

  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

  private final ResolveOptions options;

  public TargetResolver(ResolveOptions options) {
    this.options = options;
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
      return new Resolved(localTarget(document.path(), url), fragment);
    }
    Target target = target(document, url);
    boolean checked =
        switch (target) {
          case Target.Remote r -> options.remoteFragments();
          case Target.Local l -> options.localFragments();
          case Target.Decided d -> false;
        };
    return new Resolved(target, checked ? fragment : null);
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
            case "file" -> fileUrl(url);
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

  private Target fileUrl(String url) {
    try {
      URI uri = new URI(UrlNormalizer.encode(url.replaceFirst("#.*", "")));
      Path path = Path.of(uri.getPath() == null ? "" : uri.getPath());
      return localTarget(path.normalize(), url);
    } catch (java.net.URISyntaxException | IllegalArgumentException e) {
      return new Target.Decided(url, new Outcome.Error("malformed file URL"));
    }
  }

  private Target local(Document document, String url) {
    String path = url;
    int cut = indexOfAny(path, "?#");
    if (cut >= 0) {
      path = path.substring(0, cut);
    }
    if (path.isEmpty()) {
      return new Target.Decided(url, new Outcome.Skipped(new SkipReason.SamePageLink()));
    }
    String decoded = UrlNormalizer.percentDecode(path);
    try {
      Path resolved;
      if (decoded.startsWith("/")) {
        if (options.rootDir() == null) {
          return new Target.Decided(url, new Outcome.Skipped(new SkipReason.NeedsRootDir()));
        }
        resolved = options.workingDir().resolve(options.rootDir()).resolve(decoded.substring(1));
      } else {
        resolved = baseDir(document).resolve(decoded);
      }
      return localTarget(resolved.normalize(), url);
    } catch (InvalidPathException e) {
      return new Target.Decided(url, new Outcome.Error("malformed path: " + e.getReason()));
    }
  }

  private Target localTarget(Path absolute, String written) {
    Path abs = index(options.workingDir().resolve(absolute).normalize());
    String key;
    try {
      Path rel = options.workingDir().relativize(abs);
      key = rel.toString().isEmpty() ? "." : rel.toString().replace('\\', '/');
    } catch (IllegalArgumentException e) {
      key = abs.toString();
    }
    return new Target.Local(abs, key);
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

  private static int indexOfAny(String s, String chars) {
    for (int i = 0; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }
}
