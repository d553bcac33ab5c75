package dev.linkcheck.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linkcheck.check.GithubFragments.Verdict;
import java.net.URI;
import org.junit.jupiter.api.Test;

class GithubFragmentsTest {

  private static final URI README = URI.create("https://github.com/o/r/blob/main/README.md");
  private static final URI CODE = URI.create("https://github.com/o/r/blob/main/src/Main.java");
  private static final String MARKDOWN = "# Project\n\n## Getting started\n\ntext\n";

  @Test
  void lineAnchorsAreCheckedAgainstTheLineCount() {
    assertThat(GithubFragments.judge(CODE, "L2-L3", "a\nb\nc\n")).isEqualTo(new Verdict.Found());
    assertThat(GithubFragments.judge(CODE, "L2-L4", "a\nb\nc\n"))
        .isEqualTo(new Verdict.NoSuchLine(3));
    assertThat(GithubFragments.judge(README, "L5", MARKDOWN)).isEqualTo(new Verdict.Found());
    assertThat(GithubFragments.judge(README, "L6", MARKDOWN))
        .isInstanceOf(Verdict.NoSuchLine.class);
  }

  @Test
  void markdownFragmentsAreCheckedAgainstTheHeadingsWithOrWithoutGithubsPrefix() {
    assertThat(GithubFragments.judge(README, "getting-started", MARKDOWN))
        .isEqualTo(new Verdict.Found());
    assertThat(GithubFragments.judge(README, "user-content-getting-started", MARKDOWN))
        .isEqualTo(new Verdict.Found());
    assertThat(GithubFragments.judge(README, "geting-started", MARKDOWN))
        .isEqualTo(new Verdict.NoSuchHeading("getting-started"));
    assertThat(GithubFragments.judge(README, "nothing-like-it-at-all", MARKDOWN))
        .isEqualTo(new Verdict.NoSuchHeading(null));
  }

  @Test
  void otherFragmentsOfUnrenderedFilesAreNotChecked() {
    assertThat(GithubFragments.judge(CODE, "main", "class Main {}\n"))
        .isEqualTo(new Verdict.Unchecked());
    assertThat(GithubFragments.judge(CODE, "top", "x")).isEqualTo(new Verdict.Found());
  }
}
