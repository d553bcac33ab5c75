package dev.linkcheck.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The nearest anchor suggested for a missing fragment: only when close, ties broken alike. */
class SuggestionTest {

  private static final List<String> ANCHORS =
      List.of(
          "installation",
          "configuring-the-proxy",
          "usage",
          "setup",
          "faq",
          "api-reference",
          "changelog");

  @ParameterizedTest
  @CsvSource({
    "configuring-proxy,configuring-the-proxy",
    "instalation,installation",
    "Installation,installation",
    "usgae,usage",
    "set-up,setup",
    "faqs,faq",
    "api-refrence,api-reference",
    "change-log,changelog"
  })
  void suggestsTheNearestAnchorWhenItIsClose(String fragment, String suggestion) {
    assertThat(Suggestion.nearest(fragment, ANCHORS)).contains(suggestion);
  }

  @ParameterizedTest
  @CsvSource({"license", "troubleshooting", "x", "contributing-guide"})
  void suggestsNothingWhenNoAnchorIsClose(String fragment) {
    assertThat(Suggestion.nearest(fragment, ANCHORS)).isEmpty();
  }

  @Test
  void theThresholdIsAThirdOfTheFragmentButAtLeastTwo() {
    // 12 characters: up to 4 edits.
    assertThat(Suggestion.nearest("abcdefghijkl", List.of("abcdefghWXYZ"))).isPresent();
    assertThat(Suggestion.nearest("abcdefghijkl", List.of("abcdefgVWXYZ"))).isEmpty();
    // 3 characters: still 2 edits.
    assertThat(Suggestion.nearest("abc", List.of("axx"))).contains("axx");
    assertThat(Suggestion.nearest("abc", List.of("xxx"))).isEmpty();
  }

  @Test
  void aTieGoesToTheAlphabeticallyFirstAnchorWhateverTheOrder() {
    assertThat(Suggestion.nearest("step-2", List.of("step-3", "step-1"))).contains("step-1");
    assertThat(Suggestion.nearest("step-2", List.of("step-1", "step-3"))).contains("step-1");
  }

  @Test
  void distanceCountsInsertionsDeletionsAndSubstitutions() {
    assertThat(Suggestion.distance("kitten", "sitting")).isEqualTo(3);
    assertThat(Suggestion.distance("", "abc")).isEqualTo(3);
    assertThat(Suggestion.distance("same", "same")).isZero();
  }
}
