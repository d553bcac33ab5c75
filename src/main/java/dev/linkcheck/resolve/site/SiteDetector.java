package dev.linkcheck.resolve.site;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Finds the framework config in one folder, in a fixed order: mdBook {@code book.toml}, Docusaurus
 * {@code docusaurus.config.*}, MkDocs {@code mkdocs.yml}, Hugo {@code hugo.*} (or {@code config.*}
 * beside {@code content/}), Jekyll {@code _config.yml}. Stateless.
 */
final class SiteDetector {

  /** The kinds a config can name, in the order they are looked for. */
  static final List<String> KINDS = List.of("mdbook", "docusaurus", "mkdocs", "hugo", "jekyll");

  private SiteDetector() {}

  /** The config file of {@code kind} in {@code dir}, or null. */
  static Path config(String kind, Path dir) {
    List<String> names =
        switch (kind) {
          case "mdbook" -> List.of("book.toml");
          case "docusaurus" ->
              List.of(
                  "docusaurus.config.js",
                  "docusaurus.config.mjs",
                  "docusaurus.config.ts",
                  "docusaurus.config.cjs");
          case "mkdocs" -> List.of("mkdocs.yml", "mkdocs.yaml");
          case "hugo" -> hugoNames(dir);
          case "jekyll" -> List.of("_config.yml", "_config.yaml");
          default -> List.of();
        };
    for (String name : names) {
      Path p = dir.resolve(name);
      if (Files.isRegularFile(p)) {
        return p;
      }
    }
    return null;
  }

  private static List<String> hugoNames(Path dir) {
    if (!Files.isDirectory(dir.resolve("content"))) {
      return List.of("hugo.toml", "hugo.yaml", "hugo.json");
    }
    return List.of(
        "hugo.toml",
        "hugo.yaml",
        "hugo.json",
        "config.toml",
        "config.yaml",
        "config.json",
        "config/_default/hugo.toml",
        "config/_default/hugo.yaml",
        "config/_default/config.toml",
        "config/_default/config.yaml");
  }

  /**
   * True for a repository's root: the folder holding {@code .git} (a folder, or a worktree's file).
   */
  static boolean repositoryRoot(Path dir) {
    return Files.exists(dir.resolve(".git"));
  }

  /**
   * The site of {@code kind} from {@code config} in {@code root}; notes collect what was assumed.
   */
  static Site load(String kind, Path root, Path config, List<String> notes) {
    return switch (kind) {
      case "mdbook" -> MdbookRoutes.load(root, config);
      case "docusaurus" -> DocusaurusRoutes.load(root, config, notes);
      case "mkdocs" -> MkdocsRoutes.load(root, config);
      case "hugo" -> HugoRoutes.load(root, config);
      case "jekyll" -> JekyllRoutes.load(root, config);
      default -> GithubRoutes.load(root);
    };
  }
}
