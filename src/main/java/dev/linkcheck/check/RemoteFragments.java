package dev.linkcheck.check;

import dev.linkcheck.model.Outcome;
import dev.linkcheck.model.SkipReason;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides every fragment that points into one remote page with a single GET (redirects, retries and
 * limits as for any link), its HTML streamed through an {@link AnchorScan} that stops once every
 * fragment is found, and reads at most {@code maxBodyBytes}. Thread-safe.
 */
final class RemoteFragments {

  private final HttpProbe probe;
  private final long maxBodyBytes;
  private final GithubPageFragments github;

  RemoteFragments(HttpProbe probe, long maxBodyBytes) {
    this.probe = probe;
    this.maxBodyBytes = maxBodyBytes;
    this.github = new GithubPageFragments(probe, maxBodyBytes);
  }

  /**
   * One decision per fragment, in the order given; github.com's file and repository pages are
   * judged by their raw source ({@link GithubPageFragments}), the rest by the page's HTML. A
   * fragment that shares the page's failing or blocked outcome shares its hint.
   */
  Map<String, Verdict> decide(URI page, List<String> fragments) throws InterruptedException {
    if (GithubPageFragments.blobOf(page).isPresent()) {
      return github.decide(page, fragments);
    }
    List<String> wanted = new ArrayList<>();
    for (String fragment : fragments) {
      if (!FragmentMatch.withoutAnchors(fragment, false)) {
        wanted.add(fragment);
      }
    }
    AnchorScan scan =
        new AnchorScan(
            ids -> wanted.stream().allMatch(f -> FragmentMatch.in(f, ids)), maxBodyBytes);
    Verdict verdict;
    try {
      verdict = probe.check(page, Method.GET, scan.handler());
    } finally {
      scan.close();
    }
    AnchorScan.Result read = scan.result();
    Map<String, Verdict> decisions = new LinkedHashMap<>();
    for (String fragment : fragments) {
      decisions.put(fragment, verdict.sharing(decide(page, verdict.outcome(), read, fragment)));
    }
    return decisions;
  }

  private Outcome decide(URI page, Outcome outcome, AnchorScan.Result read, String fragment) {
    Integer code = acceptedCode(outcome);
    if (code == null || FragmentMatch.withoutAnchors(fragment, false)) {
      // A failed page fails its fragments alike.
      return outcome;
    }
    if (read == null) {
      // An accepted answer that is not 2xx (--accept 403, say) has no page to look into.
      return notChecked(outcome, "no page in a " + code + " answer");
    }
    if (read.notHtml() != null) {
      return notChecked(outcome, "not an HTML page (" + read.notHtml() + ")");
    }
    Set<String> ids = read.ids();
    if (FragmentMatch.in(fragment, ids)) {
      return outcome;
    }
    if (read.failure() != null) {
      return new Outcome.Error(
          "fragment #" + fragment + " not checked: reading the page failed: " + read.failure());
    }
    if (read.truncated()) {
      return new Outcome.Skipped(new SkipReason.PageTooLarge(fragment, maxBodyBytes));
    }
    String suggestion = FragmentMatch.suggest(fragment, ids).orElse(null);
    return new Outcome.Broken(
        new Outcome.MissingFragment(fragment, suggestion, code), outcome.hops());
  }

  /** The status of an accepted answer, the only kind with a page to look into; else null. */
  static Integer acceptedCode(Outcome outcome) {
    return outcome instanceof Outcome.Ok o
        ? o.code()
        : outcome instanceof Outcome.Redirected r ? Integer.valueOf(r.code()) : null;
  }

  /** The page's outcome, saying why the fragment was not checked when that outcome is ok. */
  static Outcome notChecked(Outcome outcome, String why) {
    return outcome instanceof Outcome.Ok ok
        ? new Outcome.Ok(ok.code(), "fragment not checked: " + why)
        : outcome;
  }
}
