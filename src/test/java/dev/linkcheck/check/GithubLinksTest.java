package dev.linkcheck.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class GithubLinksTest {

  @Test
  void theTokenGoesToGithubsOwnThreeHostsOnly() {
    assertThat(GithubLinks.takesToken("github.com")).isTrue();
    assertThat(GithubLinks.takesToken("API.GitHub.com")).isTrue();
    assertThat(GithubLinks.takesToken("raw.githubusercontent.com.")).isTrue();
    assertThat(GithubLinks.takesToken("gist.github.com")).isFalse();
    assertThat(GithubLinks.takesToken("user.github.io")).isFalse();
    assertThat(GithubLinks.takesToken("github.com.evil.test")).isFalse();
    assertThat(GithubLinks.takesToken("evilgithub.com")).isFalse();
    assertThat(GithubLinks.takesToken(null)).isFalse();
  }

  @Test
  void lineAnchorsNameOneLineOrARange() {
    assertThat(GithubLinks.lines("L10"))
        .hasValueSatisfying(r -> assertThat(r).containsExactly(10, 10));
    assertThat(GithubLinks.lines("L10-L20"))
        .hasValueSatisfying(r -> assertThat(r).containsExactly(10, 20));
    assertThat(GithubLinks.lines("L20-L10"))
        .hasValueSatisfying(r -> assertThat(r).containsExactly(10, 20));
    assertThat(GithubLinks.lines("L3C5-L4C2"))
        .hasValueSatisfying(r -> assertThat(r).containsExactly(3, 4));
    assertThat(GithubLinks.lines("installation")).isEmpty();
    assertThat(GithubLinks.lines("L10-")).isEmpty();
    assertThat(GithubLinks.lines("l10")).isEmpty();
  }

  @Test
  void aLineAnchorPastTheEndOfTheFileIsAProblem() {
    assertThat(GithubLinks.lineProblem("L10-L20", 20)).isEmpty();
    assertThat(GithubLinks.lineProblem("L10-L21", 20)).contains("#L10-L21: the file has 20 lines");
    assertThat(GithubLinks.lineProblem("L2", 1)).contains("#L2: the file has 1 line");
    assertThat(GithubLinks.lineProblem("L0", 5)).contains("#L0: lines are numbered from 1");
    assertThat(GithubLinks.lineProblem("usage", 1)).isEmpty();
  }

  @Test
  void linesAreCountedAsGithubNumbersThem() {
    assertThat(GithubLinks.lineCount("")).isZero();
    assertThat(GithubLinks.lineCount("one")).isEqualTo(1);
    assertThat(GithubLinks.lineCount("one\n")).isEqualTo(1);
    assertThat(GithubLinks.lineCount("one\ntwo")).isEqualTo(2);
    assertThat(GithubLinks.lineCount("one\r\ntwo\r\n")).isEqualTo(2);
    assertThat(GithubLinks.lineCount("one\n\n")).isEqualTo(2);
  }

  @Test
  void aBlobLinkMapsToItsRawSource() {
    URI blob = URI.create("https://github.com/o/r/blob/main/docs/guide.md?plain=1#install");
    assertThat(GithubLinks.isBlob(blob)).isTrue();
    assertThat(GithubLinks.raw(blob))
        .contains(URI.create("https://raw.githubusercontent.com/o/r/main/docs/guide.md"));
    assertThat(GithubLinks.raw(URI.create("https://github.com/o/r/blob/feature/x/a%20b.md")))
        .contains(URI.create("https://raw.githubusercontent.com/o/r/feature/x/a%20b.md"));
    assertThat(GithubLinks.raw(URI.create("https://github.com:8443/o/r/blob/v1/a.md")))
        .contains(URI.create("https://raw.githubusercontent.com:8443/o/r/v1/a.md"));
  }

  @Test
  void onlyRenderedMarkdownHasHeadingAnchorsToFetch() {
    assertThat(GithubLinks.renderedSource(URI.create("https://github.com/o/r/blob/v1/README.md")))
        .contains(URI.create("https://raw.githubusercontent.com/o/r/v1/README.md"));
    assertThat(GithubLinks.renderedSource(URI.create("https://github.com/o/r/blob/v1/Main.java")))
        .isEmpty();
  }

  @Test
  void otherGithubPagesAndOtherHostsAreNoBlobs() {
    assertThat(GithubLinks.isBlob(URI.create("https://github.com/o/r/tree/main/docs"))).isFalse();
    assertThat(GithubLinks.isBlob(URI.create("https://github.com/o/r"))).isFalse();
    assertThat(GithubLinks.isBlob(URI.create("https://gitlab.com/o/r/blob/main/a.md"))).isFalse();
    assertThat(GithubLinks.raw(URI.create("https://example.com/o/r/blob/main/a.md"))).isEmpty();
  }

  @Test
  void aUserContentPrefixIsTheSameHeadingAnchor() {
    assertThat(GithubLinks.headingAnchor("user-content-install")).isEqualTo("install");
    assertThat(GithubLinks.headingAnchor("install")).isEqualTo("install");
  }

  @Test
  void aRepositoryPageRendersTheReadmeAtTheDefaultBranch() {
    URI readme = URI.create("https://github.com/o/r/blob/HEAD/README.md");
    assertThat(GithubLinks.readmeBlob(URI.create("https://github.com/o/r"))).contains(readme);
    assertThat(GithubLinks.readmeBlob(URI.create("https://github.com/o/r/?tab=readme-ov-file")))
        .contains(readme);
    assertThat(GithubLinks.readmeBlob(URI.create("https://github.com:8443/o/r")))
        .contains(URI.create("https://github.com:8443/o/r/blob/HEAD/README.md"));
    assertThat(GithubLinks.raw(readme))
        .contains(URI.create("https://raw.githubusercontent.com/o/r/HEAD/README.md"));
  }

  @Test
  void aFolderPageRendersTheReadmeInThatFolder() {
    assertThat(GithubLinks.readmeBlob(URI.create("https://github.com/o/r/tree/main/docs/")))
        .contains(URI.create("https://github.com/o/r/blob/main/docs/README.md"));
    assertThat(GithubLinks.readmeBlob(URI.create("https://github.com/o/r/tree/v1")))
        .contains(URI.create("https://github.com/o/r/blob/v1/README.md"));
  }

  @Test
  void githubsOwnPagesDeeperPagesAndOtherHostsAreNoRepositoryPages() {
    assertThat(GithubLinks.readmeBlob(URI.create("https://github.com/features/actions"))).isEmpty();
    assertThat(GithubLinks.readmeBlob(URI.create("https://github.com/orgs/o"))).isEmpty();
    assertThat(GithubLinks.readmeBlob(URI.create("https://github.com/o"))).isEmpty();
    assertThat(GithubLinks.readmeBlob(URI.create("https://github.com/o/r/issues"))).isEmpty();
    assertThat(GithubLinks.readmeBlob(URI.create("https://gitlab.com/o/r"))).isEmpty();
  }
}
