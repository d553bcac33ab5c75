package dev.linkcheck.check;

import dev.linkcheck.model.Outcome;
import dev.linkcheck.model.SkipReason;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides the fragments of a github.com file page ({@code blob}) or repository page as github.com
 * scrolls to them, which its HTML does not show (the page builds them with JavaScript): the page is
 * checked as any link, then its raw source is fetched once from raw.githubusercontent.com through
 * the same probe (limits, retries, timeouts, token) and {@link GithubFragments} judges each
 * fragment against it. A source that cannot be read leaves the fragment unchecked, never broken.
 * Thread-safe.
 */
final class GithubPageFragments {

  private final HttpProbe probe;
  private final long maxBodyBytes;

  GithubPageFragments(HttpProbe probe, long maxBodyBytes) {
    this.probe = probe;
    this.maxBodyBytes = maxBodyBytes;
  }

  /** The blob whose source gives {@code page}'s anchors; empty for pages this does not decide. */
  static Optional<URI> blobOf(URI page) {
    return GithubLinks.isBlob(page) ? Optional.of(page) : GithubLinks.readmeBlob(page);
  }

  /**
   * One decision per fragment, in the order given; {@code page} is one {@link #blobOf} takes. A
   * fragment that shares the page's failing or blocked outcome shares its hint.
   */
  Map<String, Verdict> decide(URI page, List<String> fragments) throws InterruptedException {
    URI blob = blobOf(page).orElseThrow();
    boolean repository = !blob.equals(page);
    Verdict verdict = probe.check(page);
    Outcome outcome = verdict.outcome();
    Integer code = RemoteFragments.acceptedCode(outcome);
    URI raw = GithubLinks.raw(blob).orElseThrow();
    // Only a page that is there has fragments to look for, and only some fragments need its text.
    Source source =
        code != null && fragments.stream().anyMatch(f -> needsSource(blob, repository, f))
            ? fetch(raw)
            : new Source(null, null);
    Map<String, Verdict> decisions = new LinkedHashMap<>();
    for (String fragment : fragments) {
      Outcome decision;
      if (code == null || !needsSource(blob, repository, fragment)) {
        decision = withoutSource(outcome, code, fragment, repository);
      } else if (source.text() == null) {
        // The page is there: a source we cannot read is no reason to call its fragment broken.
        decision =
            new Outcome.Skipped(
                new SkipReason.NoRawSource(fragment, raw.toString(), source.code()));
      } else {
        decision = judged(blob, outcome, code, fragment, source.text());
      }
      decisions.put(fragment, verdict.sharing(decision));
    }
    return decisions;
  }

  /** What fetching the raw source gave: its text (null when unread), the status it answered. */
  private record Source(RawText.Result text, Integer code) {}

  private Source fetch(URI raw) throws InterruptedException {
    RawText reader = new RawText(maxBodyBytes);
    Outcome fetched;
    try {
      fetched = probe.check(raw, Method.GET, reader.handler()).outcome();
    } finally {
      reader.close();
    }
    Integer code = RemoteFragments.acceptedCode(fetched);
    if (code != null) {
      return new Source(reader.result(), code);
    }
    // The status it answered, if any: 404, a bot wall's 403, ...
    return new Source(
        null,
        fetched instanceof Outcome.Broken b
            ? b.code()
            : fetched instanceof Outcome.Blocked w ? Integer.valueOf(w.code()) : null);
  }

  /**
   * A fragment that needs the file's text: a line anchor, or a heading of rendered Markdown; not
   * one any page has ({@code #top}), nor a repository page's {@code #readme} (the README's box).
   */
  private static boolean needsSource(URI blob, boolean repository, String fragment) {
    if (FragmentMatch.withoutAnchors(fragment, false)
        || repository && GithubLinks.headingAnchor(fragment).equals("readme")) {
      return false;
    }
    return GithubLinks.lines(fragment).isPresent() || GithubLinks.renderedSource(blob).isPresent();
  }

  /**
   * A fragment decided without the source: that of a failed page, one any page has, or one of a
   * file github.com shows as code (no heading to look for: only line anchors are checked there).
   */
  private static Outcome withoutSource(
      Outcome page, Integer code, String fragment, boolean repository) {
    if (code == null || repository || FragmentMatch.withoutAnchors(fragment, false)) {
      return page;
    }
    return RemoteFragments.notChecked(page, "github.com shows this file as code, not Markdown");
  }

  /** A fragment judged against the source's {@code text}, of a page that answered {@code code}. */
  private Outcome judged(URI blob, Outcome page, int code, String fragment, RawText.Result text) {
    Outcome.Cause missing =
        switch (GithubFragments.judge(blob, fragment, text.text())) {
          case GithubFragments.Verdict.Found f -> null;
          // Not reached: a fragment that needs the source is a line anchor or a heading.
          case GithubFragments.Verdict.Unchecked u -> null;
          case GithubFragments.Verdict.NoSuchLine l ->
              new Outcome.MissingLine(fragment, l.lineCount(), code);
          case GithubFragments.Verdict.NoSuchHeading h ->
              new Outcome.MissingFragment(fragment, h.suggestion(), code);
        };
    if (missing == null) {
      return page;
    }
    // The line or heading may lie past what was read.
    return text.truncated()
        ? new Outcome.Skipped(new SkipReason.PageTooLarge(fragment, maxBodyBytes))
        : new Outcome.Broken(missing, page.hops());
  }
}
