package dev.linkcheck.resolve.site;

import dev.linkcheck.anchors.AnchorRules;
import java.nio.file.Path;

/**
 * GitHub's rendering of a repository: relative links are file paths, {@code /...} starts at the
 * repository's root; a path climbing out of the repository reaches github.com's pages of it
 * (issues, wiki), unknown from the files. Immutable.
 */
final class GithubRoutes implements Routes {

  private final Path root;

  private GithubRoutes(Path root) {
    this.root = root;
  }

  static Site load(Path root) {
    return new Site("github", root, null, null, new GithubRoutes(root), AnchorRules.GITHUB);
  }

  @Override
  public Route route(Path from, String path) {
    if (!path.startsWith("/")) {
      // ../../issues and ../../wiki are pages of github.com beside the repository's files.
      Path target = from.getParent().resolve(path).normalize();
      return target.startsWith(root) ? new Route.Plain() : new Route.Outside(path);
    }
    return new Candidates(root).add(root, path).route() instanceof Route.Found f
        ? f
        : new Route.Found(root.resolve(path.substring(1)).normalize());
  }
}
