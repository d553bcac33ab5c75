package dev.linkcheck.check;

import dev.linkcheck.anchors.Anchors;
import dev.linkcheck.model.DocumentType;
import java.net.URI;
import java.util.Set;

/**
 * Judges a fragment of a github.com {@code blob} link against the file's raw text, as GitHub would
 * scroll to it: a line anchor against the file's line count, any other fragment of a rendered
 * Markdown file against its headings (GitHub's own slugs, with or without {@code user-content-}).
 * Stateless.
 */
final class GithubFragments {

  /** What became of one fragment. */
  sealed interface Verdict {
    /** The line or heading is there, or the fragment needs none. */
    record Found() implements Verdict {}

    /** A line anchor past the end of a file of {@code lineCount} lines. */
    record NoSuchLine(int lineCount) implements Verdict {}

    /** No heading of the Markdown has this anchor; {@code suggestion} is the nearest (nullable). */
    record NoSuchHeading(String suggestion) implements Verdict {}

    /** A file GitHub does not render: only line anchors can be checked. */
    record Unchecked() implements Verdict {}
  }

  private GithubFragments() {}

  static Verdict judge(URI blob, String fragment, String rawText) {
    if (GithubLinks.lines(fragment).isPresent()) {
      int lineCount = GithubLinks.lineCount(rawText);
      return GithubLinks.lineProblem(fragment, lineCount).isPresent()
          ? new Verdict.NoSuchLine(lineCount)
          : new Verdict.Found();
    }
    if (FragmentMatch.withoutAnchors(fragment, false)) {
      return new Verdict.Found();
    }
    if (GithubLinks.renderedSource(blob).isEmpty()) {
      return new Verdict.Unchecked();
    }
    Set<String> anchors = Anchors.of(DocumentType.MARKDOWN, rawText);
    String heading = GithubLinks.headingAnchor(fragment);
    if (FragmentMatch.in(heading, anchors)) {
      return new Verdict.Found();
    }
    return new Verdict.NoSuchHeading(FragmentMatch.suggest(heading, anchors).orElse(null));
  }
}
