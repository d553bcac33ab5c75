package dev.linkcheck.check;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What linkcheck knows of GitHub's links: which hosts may see a token, the line anchors of a {@code
 * blob} page ({@code #L10}, {@code #L10-L20}, {@code #L10C2-L20C5}) and where the source of a
 * rendered Markdown file is, whose headings give the anchors of the page GitHub renders with
 * JavaScript. Stateless.
 */
public final class GithubLinks {

  /** The only hosts a GitHub token goes to; not gist.github.com, not github.io, not a lookalike. */
  static final Set<String> TOKEN_HOSTS =
      Set.of("github.com", "api.github.com", "raw.githubusercontent.com");

  private static final Pattern LINES =
      Pattern.compile("L(\\d{1,9})(?:C\\d{1,9})?(?:-L(\\d{1,9})(?:C\\d{1,9})?)?");
  // /OWNER/REPO/blob/REF/PATH; REF may hold slashes, which raw.githubusercontent.com resolves the
  // same way, so the rest of the path is carried over as it is.
  private static final Pattern BLOB = Pattern.compile("/([^/]+)/([^/]+)/blob/(.+)");
  // /OWNER/REPO, the repository's own page, or /OWNER/REPO/tree/REF/FOLDER, a folder's: each
  // renders the README of its folder (group 3, null for the repository's root at HEAD).
  private static final Pattern REPO = Pattern.compile("/([^/]+)/([^/]+?)(?:/tree/(.+?))?/?");
  // github.com's own pages that look like /OWNER/REPO but are no repository.
  private static final Set<String> NOT_OWNERS =
      Set.of(
          "about",
          "apps",
          "collections",
          "enterprise",
          "events",
          "explore",
          "features",
          "login",
          "marketplace",
          "notifications",
          "orgs",
          "organizations",
          "pricing",
          "search",
          "security",
          "settings",
          "site",
          "solutions",
          "sponsors",
          "topics",
          "trending",
          "users");
  private static final Pattern MARKDOWN =
      Pattern.compile(".*\\.(md|markdown|mdown|mkdn|mkd)", Pattern.CASE_INSENSITIVE);

  private GithubLinks() {}

  /** True when a request to {@code host} may carry the GitHub token. */
  public static boolean takesToken(String host) {
    return host != null && TOKEN_HOSTS.contains(HostRules.normalize(host));
  }

  /** True for a link to a file as github.com shows it: {@code github.com/o/r/blob/ref/path}. */
  public static boolean isBlob(URI uri) {
    return isGithub(uri) && uri.getRawPath() != null && BLOB.matcher(uri.getRawPath()).matches();
  }

  /**
   * The lines a fragment names, first and last (equal for one line); empty when the fragment is not
   * a line anchor.
   */
  public static Optional<int[]> lines(String fragment) {
    Matcher m = fragment == null ? null : LINES.matcher(fragment);
    if (m == null || !m.matches()) {
      return Optional.empty();
    }
    int first = Integer.parseInt(m.group(1));
    int last = m.group(2) == null ? first : Integer.parseInt(m.group(2));
    return Optional.of(new int[] {Math.min(first, last), Math.max(first, last)});
  }

  /**
   * Why {@code fragment} does not fit a file of {@code lineCount} lines; empty when it fits or is
   * not a line anchor.
   */
  public static Optional<String> lineProblem(String fragment, int lineCount) {
    return lines(fragment)
        .flatMap(
            range -> {
              if (range[0] < 1) {
                return Optional.of("#" + fragment + ": lines are numbered from 1");
              }
              if (range[1] > lineCount) {
                return Optional.of(
                    "#"
                        + fragment
                        + ": the file has "
                        + lineCount
                        + (lineCount == 1 ? " line" : " lines"));
              }
              return Optional.empty();
            });
  }

  /** Lines of a file as GitHub numbers them: a final newline does not start another line. */
  public static int lineCount(String text) {
    if (text.isEmpty()) {
      return 0;
    }
    int lines = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
        lines++;
      }
    }
    char last = text.charAt(text.length() - 1);
    return last == '\n' || last == '\r' ? lines - 1 : lines;
  }

  /**
   * The raw source of a blob link, without query or fragment: {@code
   * https://raw.githubusercontent.com/o/r/ref/path}; empty for other links.
   */
  public static Optional<URI> raw(URI blob) {
    if (!isBlob(blob)) {
      return Optional.empty();
    }
    Matcher m = BLOB.matcher(blob.getRawPath());
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new URI(
              "https://raw.githubusercontent.com"
                  // Only a look-alike has a port; the real github.com has none to carry over.
                  + (blob.getPort() == -1 ? "" : ":" + blob.getPort())
                  + "/"
                  + m.group(1)
                  + "/"
                  + m.group(2)
                  + "/"
                  + m.group(3)));
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  /**
   * The raw Markdown whose headings give a blob page's anchors; empty for a file GitHub does not
   * render as Markdown (its anchors are line anchors only).
   */
  public static Optional<URI> renderedSource(URI blob) {
    return raw(blob).filter(raw -> MARKDOWN.matcher(raw.getRawPath()).matches());
  }

  /**
   * The blob page of the README a repository's page ({@code github.com/o/r}) or a folder's ({@code
   * github.com/o/r/tree/ref/docs}) renders: {@code README.md} at the default branch ({@code HEAD},
   * which raw.githubusercontent.com resolves) or in that folder; empty for other links. A README
   * with another name ({@code readme.md}, {@code README.rst}) has no such blob.
   */
  public static Optional<URI> readmeBlob(URI page) {
    Matcher m =
        isGithub(page) && page.getRawPath() != null ? REPO.matcher(page.getRawPath()) : null;
    if (m == null || !m.matches() || NOT_OWNERS.contains(m.group(1).toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    return Optional.of(
        URI.create(
            "https://"
                + page.getRawAuthority()
                + "/"
                + m.group(1)
                + "/"
                + m.group(2)
                + "/blob/"
                + (m.group(3) == null ? "HEAD" : m.group(3))
                + "/README.md"));
  }

  /**
   * A heading anchor as the Markdown gives it: GitHub prefixes the ids it renders with {@code
   * user-content-} and lets links name them with or without it.
   */
  public static String headingAnchor(String fragment) {
    return fragment.startsWith("user-content-")
        ? fragment.substring("user-content-".length())
        : fragment;
  }

  private static boolean isGithub(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    return (scheme.equals("https") || scheme.equals("http"))
        && uri.getHost() != null
        && (HostRules.normalize(uri.getHost()).equals("github.com")
            || HostRules.normalize(uri.getHost()).equals("www.github.com"));
  }
}
