package dev.linkcheck.resolve;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Settings of documentation-site resolution: {@code site} is {@code auto} (detect from the nearest
 * framework config), {@code none}, or a framework's name; {@code fallbackExtensions} are tried in
 * order on a local path without extension that finds no file; fragments matching {@code
 * skipFragment} (nullable) are not checked, their page still is; {@code fragmentsIgnoreCase}
 * matches every fragment in any case. Immutable.
 */
public record SiteOptions(
    String site,
    List<String> fallbackExtensions,
    Pattern skipFragment,
    boolean fragmentsIgnoreCase) {

  /** The values {@code site} may take. */
  public static final List<String> SITES =
      List.of("auto", "none", "github", "mdbook", "docusaurus", "mkdocs", "hugo", "jekyll");

  /** The documented defaults: detected sites, no fallback extensions, every fragment checked. */
  public static final SiteOptions DEFAULTS = new SiteOptions("auto", List.of(), null, false);

  public SiteOptions {
    if (!SITES.contains(site)) {
      throw new IllegalArgumentException(
          "unknown site '" + site + "' (expected one of " + String.join(", ", SITES) + ")");
    }
    fallbackExtensions =
        fallbackExtensions.stream()
            .map(String::strip)
            .map(e -> e.startsWith(".") ? e.substring(1) : e)
            .filter(e -> !e.isEmpty())
            .toList();
  }
}
