package dev.linkcheck.model;

/**
 * Why a link was deliberately not checked. Sealed so that each report must word each reason; the
 * reports word them (and name the options involved), a verdict carries no prose. Immutable.
 */
public sealed interface SkipReason {

  /** A link that is empty once trimmed. */
  record EmptyLink() implements SkipReason {}

  /** A link with a scheme that is not checked ({@code mailto}, {@code ftp}, ...), lower-cased. */
  record Scheme(String name) implements SkipReason {}

  /** A link to its own page ({@code ?page=2}): nothing to check. */
  record SamePageLink() implements SkipReason {}

  /**
   * A {@code #fragment} link to its own page while fragments are not checked, or standard input's,
   * which has no file to look into ({@code standardInput}).
   */
  record SamePageFragment(boolean standardInput) implements SkipReason {}

  /** A root-relative link ({@code /img/a.png}) while no root folder is set. */
  record NeedsRootDir() implements SkipReason {}

  /** A remote link in an offline run. */
  record Offline() implements SkipReason {}

  /** A destination holding a template expression ({@code {{ page.url }}}). */
  record TemplateExpression() implements SkipReason {}

  /** A link leaving the documentation site of framework {@code site}, whose URL is not known. */
  record LeavesSite(String site) implements SkipReason {}

  /** A route a site makes that linkcheck does not model; {@code route} says whose. */
  record Unmodelled(String route) implements SkipReason {}

  /** {@code fragment} of a local file that could not be read. */
  record UnreadableFile(String fragment) implements SkipReason {}

  /**
   * A {@code <link rel>} resource hint ({@code preconnect}, {@code dns-prefetch}, {@code preload}):
   * an origin or resource for the browser, not a page.
   */
  record ResourceHint(String rel) implements SkipReason {}

  /** {@code fragment} not seen in the first {@code maxBodyBytes} of a larger remote page. */
  record PageTooLarge(String fragment, long maxBodyBytes) implements SkipReason {}

  /**
   * {@code fragment} of a github.com page whose raw source ({@code source}, on
   * raw.githubusercontent.com) could not be read: it answered {@code code}, or nothing (null).
   */
  record NoRawSource(String fragment, String source, Integer code) implements SkipReason {}
}
