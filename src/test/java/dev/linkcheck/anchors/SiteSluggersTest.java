package dev.linkcheck.anchors;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linkcheck.model.DocumentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The heading-id rules of each framework, on examples taken from the frameworks' own sources. */
class SiteSluggersTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Caret, Mark & Tilde|caret-mark-tilde",
        "žlutý kůň|zluty-kun",
        "  Spaces -- and - dashes  |spaces-and-dashes",
        "snake_case stays|snake_case-stays"
      })
  void pythonMarkdownSlugifyDropsNonAsciiAndPunctuation(String text, String id) {
    assertThat(PythonMarkdownSlugger.slugOf(text, false)).isEqualTo(id);
  }

  @Test
  void pythonMarkdownNumbersRepeatsWithUnderscores() {
    PythonMarkdownSlugger slugger = new PythonMarkdownSlugger(false);

    assertThat(slugger.slug("Usage")).isEqualTo("usage");
    assertThat(slugger.slug("Usage")).isEqualTo("usage_1");
    assertThat(slugger.slug("Usage")).isEqualTo("usage_2");
    assertThat(slugger.slug("!!!")).isEqualTo("_1");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "`--passes`: add more rustdoc passes|--passes-add-more-rustdoc-passes",
        "Method-call 🐙 expressions|method-call--expressions",
        "中文標題 CJK title|中文標題-cjk-title",
        "Über|Über",
        "_-_12345|_-_12345"
      })
  void mdbookNormalizeIdKeepsAlphanumericsAndLowerCasesAsciiOnly(String text, String id) {
    assertThat(new MdbookSlugger().slug(text.replace("`", ""))).isEqualTo(id);
  }

  @Test
  void mdbookCountsRepeatsPerId() {
    MdbookSlugger slugger = new MdbookSlugger();

    assertThat(slugger.slug("Scalar Types")).isEqualTo("scalar-types");
    assertThat(slugger.slug("Scalar Types")).isEqualTo("scalar-types-1");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"A B_c-D|a-b_c-d", "C++ & C#|c--c", "!!!|heading", "Über uns|über-uns"})
  void goldmarkGithubIds(String text, String id) {
    assertThat(new GoldmarkSlugger(false).slug(text)).isEqualTo(id);
  }

  @Test
  void goldmarkAsciiIdsRemoveAccents() {
    assertThat(new GoldmarkSlugger(true).slug("Über uns")).isEqualTo("uber-uns");
  }

  @Test
  void attributeListsInEveryPythonMarkdownForm() {
    assertThat(AttrList.id("#id")).isEqualTo("id");
    assertThat(AttrList.id(".big #classy data-x=1")).isEqualTo("classy");
    assertThat(AttrList.id("id=\"quoted\"")).isEqualTo("quoted");
    assertThat(AttrList.id(".only-a-class")).isNull();
    assertThat(AttrList.id("not an attribute list")).isEmpty();
  }

  @Test
  void hugoNumbersDefinitionTermsTogetherWithHeadings() {
    String page = "## Matchers\n\nMatchers\n: a definition\n";

    assertThat(
            Anchors.of(DocumentType.MARKDOWN, page, AnchorRules.hugo(false, true, Includes.NONE)))
        .contains("matchers", "matchers-1");
    assertThat(
            Anchors.of(DocumentType.MARKDOWN, page, AnchorRules.hugo(false, false, Includes.NONE)))
        .doesNotContain("matchers-1");
  }

  @Test
  void githubMatchesAnyCaseAndTheUserContentPrefix() {
    var anchors =
        Anchors.of(DocumentType.MARKDOWN, "## Ablauf\n\nA[^1].\n\n[^1]: n\n", AnchorRules.GITHUB);

    assertThat(anchors)
        .contains("Ablauf", "ABLAUF", "user-content-ablauf", "fn-1", "user-content-fn-1");
    assertThat(Anchors.of(DocumentType.MARKDOWN, "## Ablauf\n", AnchorRules.PLAIN))
        .doesNotContain("Ablauf");
  }
}
