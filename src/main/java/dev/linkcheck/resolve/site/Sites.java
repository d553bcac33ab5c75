package dev.linkcheck.resolve.site;

import dev.linkcheck.anchors.AnchorRules;
import dev.linkcheck.anchors.Anchors;
import dev.linkcheck.model.DocumentType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The documentation site each file belongs to: with {@code auto}, the nearest folder above it with
 * a framework config, stopping at the repository's root (GitHub rendering there; no site outside a
 * repository); with a framework's name, that framework's nearest config (or its defaults at the
 * repository's root); with {@code none}, no site. Detected once per folder. Thread-safe.
 */
public final class Sites {

  private static final Logger LOG = LoggerFactory.getLogger(Sites.class);
  private static final Optional<Site> NONE = Optional.empty();

  private final String mode;
  private final boolean ignoreCase;
  private final Path workingDir;
  private final Map<Path, Optional<Site>> byDir = new ConcurrentHashMap<>();
  private final Map<String, Site> byRoot = new ConcurrentHashMap<>();

  /** {@code mode} as {@code --site} takes it; {@code ignoreCase} for --fragments-ignore-case. */
  public Sites(String mode, boolean ignoreCase, Path workingDir) {
    this.mode = mode;
    this.ignoreCase = ignoreCase;
    this.workingDir = workingDir;
  }

  /** The site of the file {@code file} (absolute), or null when there is none. */
  public Site of(Path file) {
    if (mode.equals("none") || file == null) {
      return null;
    }
    Path abs = file.toAbsolutePath().normalize();
    Path dir = abs.getParent();
    Site site = dir == null ? null : ofDir(dir).orElse(null);
    if (site != null && mode.equals("auto") && !site.routes().owns(abs)) {
      // Not a page of the site (a README beside mkdocs.yml): GitHub renders it, in a repository.
      for (Path d = site.root(); d != null; d = d.getParent()) {
        if (SiteDetector.repositoryRoot(d)) {
          return site("github", d, null);
        }
      }
      return null;
    }
    return site;
  }

  private Optional<Site> ofDir(Path dir) {
    Optional<Site> known = byDir.get(dir);
    if (known != null) {
      return known;
    }
    Optional<Site> site = detect(dir);
    byDir.put(dir, site);
    return site;
  }

  private Optional<Site> detect(Path dir) {
    for (String kind : SiteDetector.KINDS) {
      if (mode.equals("auto") || mode.equals(kind)) {
        Path config = SiteDetector.config(kind, dir);
        if (config != null) {
          return Optional.of(site(kind, dir, config));
        }
      }
    }
    Path parent = dir.getParent();
    if (SiteDetector.repositoryRoot(dir) || parent == null) {
      if (mode.equals("auto")) {
        return SiteDetector.repositoryRoot(dir) ? Optional.of(site("github", dir, null)) : NONE;
      }
      // A framework named by --site without its config: its defaults at the repository's root.
      return Optional.of(site(mode, dir, mode.equals("github") ? null : dir.resolve("(defaults)")));
    }
    return ofDir(parent);
  }

  private Site site(String kind, Path root, Path config) {
    return byRoot.computeIfAbsent(
        kind + " " + root,
        key -> {
          Path r = root;
          List<String> notes = new ArrayList<>();
          Site site = SiteDetector.load(kind, r, config, notes);
          LOG.info("site: {}", site.describe(workingDir));
          notes.forEach(n -> LOG.info("site: {}", n));
          return site;
        });
  }

  /** The anchors of a local file by the rules of its site; empty when it cannot be read. */
  public Optional<Set<String>> anchors(Path file, DocumentType type) {
    Site site = of(file);
    AnchorRules rules = site == null ? AnchorRules.PLAIN : site.anchors();
    return Anchors.ofFile(file, type, ignoreCase ? rules.ignoringCase() : rules);
  }

  /** The sites met so far, described for the report, sorted. */
  public List<String> used() {
    Set<String> described = new TreeSet<>();
    byRoot.values().forEach(s -> described.add(s.describe(workingDir)));
    return List.copyOf(described);
  }
}
