package dev.linkcheck.anchors;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linkcheck.model.DocumentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** GitHub's heading ids, character class by character class. */
class GithubSluggerTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      ignoreLeadingAndTrailingWhitespace = false,
      value = {
        "Hello World|hello-world",
        "a.b/c:d;e!f?g|abcdefg",
        "tab\there|tabhere",
        "non\u00a0breaking|nonbreaking",
        "caf\u00e9|caf\u00e9",
        "cafe\u0301|cafe\u0301",
        "\u00aa\u00b5\u00ba|\u00aa\u00b5\u00ba",
        "x\u00b2 \u00bd|x-",
        "\u2160 roman|\u2170-roman",
        "\u0661\u0662 arabic digits|\u0661\u0662-arabic-digits",
        "a\u203fb|a\u203fb",
        "\u2014dash\u2013|dash",
        "\u2764\ufe0f heart|\ufe0f-heart"
      })
  void keepsLettersMarksDigitsAndConnectorsOnly(String heading, String slug) {
    assertThat(GithubSlugger.slugOf(heading)).isEqualTo(slug);
  }

  @Test
  void numbersRepeatedSlugsAndNeverReusesOne() {
    GithubSlugger slugger = new GithubSlugger();

    assertThat(slugger.slug("a")).isEqualTo("a");
    assertThat(slugger.slug("a-1")).isEqualTo("a-1");
    assertThat(slugger.slug("a")).isEqualTo("a-2");
    assertThat(slugger.slug("A")).isEqualTo("a-3");
    assertThat(slugger.slug("a-1")).isEqualTo("a-1-1");
  }

  @Test
  void eachDocumentNumbersItsDuplicatesFromScratch() {
    String doc = "# Same\n\n# Same\n";

    assertThat(Anchors.of(DocumentType.MARKDOWN, doc)).containsExactly("same", "same-1");
    assertThat(Anchors.of(DocumentType.MARKDOWN, doc)).containsExactly("same", "same-1");
  }

  @Test
  void plainTextHasNoAnchors() {
    assertThat(Anchors.of(DocumentType.TEXT, "# not a heading")).isEmpty();
  }
}
