package dev.linkcheck.anchors;

import java.util.function.Supplier;

/**
 * How one framework gives a Markdown page its anchors: the heading slugger, whether attribute lists
 * in every Python-Markdown form count ({@code attrLists}; otherwise only a heading's trailing
 * {@code {#id ...}}), whether definition terms get ids numbered with the headings ({@code
 * definitionTerms}, Hugo), the footnote ids, the includes expanded first; and how fragments are
 * matched: {@code ignoreCase} (GitHub's page script), {@code userContent} (GitHub's {@code
 * user-content-} prefix). Immutable.
 */
public record AnchorRules(
    String name,
    Supplier<HeadingSlugger> slugger,
    boolean attrLists,
    boolean definitionTerms,
    FootnoteIds footnotes,
    Includes includes,
    boolean ignoreCase,
    boolean userContent) {

  /** linkcheck's rules without a site: GitHub's slugs, {@code {#id}}, exact case. */
  public static final AnchorRules PLAIN =
      new AnchorRules(
          "plain", GithubSlugger::new, false, false, FootnoteIds.NONE, Includes.NONE, false, false);

  /** GitHub's rendering: its slugs and footnotes, any case, {@code user-content-} accepted. */
  public static final AnchorRules GITHUB =
      new AnchorRules(
          "github", GithubSlugger::new, false, false, FootnoteIds.GFM, Includes.NONE, true, true);

  /** Docusaurus: github-slugger, {@code {#id}}, remark-gfm footnotes ({@code user-content-}). */
  public static final AnchorRules DOCUSAURUS =
      new AnchorRules(
          "docusaurus",
          GithubSlugger::new,
          false,
          false,
          FootnoteIds.GFM,
          Includes.NONE,
          false,
          true);

  /** mdBook's {@code normalize_id}, {@code {#id}} heading attributes, its footnote ids. */
  public static final AnchorRules MDBOOK =
      new AnchorRules(
          "mdbook",
          MdbookSlugger::new,
          false,
          false,
          FootnoteIds.MDBOOK,
          Includes.NONE,
          false,
          false);

  /**
   * Jekyll's kramdown, GFM input: GitHub's slugs, exact case, {@code {: #id}}, {@code fn:LABEL}.
   */
  public static final AnchorRules JEKYLL =
      new AnchorRules(
          "jekyll",
          GithubSlugger::new,
          true,
          false,
          FootnoteIds.COLON_LABEL,
          Includes.NONE,
          false,
          false);

  /**
   * MkDocs: Python-Markdown toc ids ({@code unicode} for slugify_unicode), attr_list, footnotes.
   */
  public static AnchorRules mkdocs(boolean unicode, Includes includes) {
    return new AnchorRules(
        "mkdocs",
        () -> new PythonMarkdownSlugger(unicode),
        true,
        false,
        FootnoteIds.COLON_LABEL,
        includes,
        false,
        false);
  }

  /** Hugo's Goldmark: github or github-ascii ids, optional definition-term ids, includes. */
  public static AnchorRules hugo(boolean asciiOnly, boolean definitionTerms, Includes includes) {
    return new AnchorRules(
        "hugo",
        () -> new GoldmarkSlugger(asciiOnly),
        true,
        definitionTerms,
        FootnoteIds.COLON_NUMBER,
        includes,
        false,
        false);
  }

  /** These rules matching fragments in any case (for {@code --fragments-ignore-case}). */
  public AnchorRules ignoringCase() {
    return new AnchorRules(
        name, slugger, attrLists, definitionTerms, footnotes, includes, true, userContent);
  }
}
