package dev.linkcheck.resolve.site;

import dev.linkcheck.anchors.AnchorRules;
import java.net.URI;
import java.nio.file.Path;

/**
 * A documentation site: its framework ({@code kind}, as {@code --site} names it), the folder of its
 * config ({@code root}), the config file (null for GitHub rendering and defaults), its URL
 * (nullable), its routes and anchor rules. Immutable.
 */
public record Site(
    String kind, Path root, Path config, URI url, Routes routes, AnchorRules anchors) {

  /** A line for reports and {@code -v}: kind and root. */
  public String describe(Path workingDir) {
    String where;
    try {
      where = workingDir.relativize(config != null ? config : root).toString();
    } catch (IllegalArgumentException e) {
      where = root.toString();
    }
    return kind + " (" + (where.isEmpty() ? "." : where.replace('\\', '/')) + ")";
  }
}
