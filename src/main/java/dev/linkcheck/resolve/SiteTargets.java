package dev.linkcheck.resolve;

import dev.linkcheck.model.Outcome;
import dev.linkcheck.model.SkipReason;
import dev.linkcheck.model.Target;
import dev.linkcheck.model.UrlNormalizer;
import dev.linkcheck.resolve.site.Route;
import dev.linkcheck.resolve.site.Site;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Turns a site's {@link Route} into a target: the source file found, a broken link naming what was
 * tried, a remote URL for a link that leaves the site (when the site's URL is known, else skipped),
 * a skip for routes linkcheck does not model; null when the site has no rule for the path.
 * Stateless.
 */
final class SiteTargets {

  private SiteTargets() {}

  static Target of(
      Site site,
      Route route,
      String written,
      Function<Path, String> keyOf,
      BiFunction<Path, String, Target> local,
      Function<String, Target> remote) {
    return switch (route) {
      case Route.Found found -> local.apply(found.file(), written);
      case Route.Missing missing -> {
        List<String> tried = missing.tried();
        // A file candidate names the target; a route alone ("route /x") is no file to name it by.
        String key =
            tried.stream()
                .filter(t -> !t.startsWith("route ") && !t.startsWith("page "))
                .findFirst()
                .map(t -> keyOf.apply(site.root().resolve(t)))
                .orElse(written);
        yield new Target.Decided(
            key, new Outcome.Broken(new Outcome.MissingRoute(site.kind(), tried)));
      }
      case Route.Outside outside -> {
        if (site.url() == null) {
          yield new Target.Decided(
              written, new Outcome.Skipped(new SkipReason.LeavesSite(site.kind())));
        }
        String path = UrlNormalizer.encode(outside.sitePath());
        yield remote.apply(site.url().resolve(path).toString());
      }
      case Route.Unmodelled unmodelled ->
          new Target.Decided(
              written, new Outcome.Skipped(new SkipReason.Unmodelled(unmodelled.reason())));
      case Route.Plain plain -> null;
    };
  }
}
