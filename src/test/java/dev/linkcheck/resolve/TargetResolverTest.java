package dev.linkcheck.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linkcheck.model.Document;
import dev.linkcheck.model.DocumentType;
import dev.linkcheck.model.Link;
import dev.linkcheck.model.Location;
import dev.linkcheck.model.Outcome;
import dev.linkcheck.model.SkipReason;
import dev.linkcheck.model.Target;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TargetResolverTest {

  private static final Path WORK = Path.of("/work/site");
  private static final Document DOC =
      new Document("docs/guide/a.md", Path.of("docs/guide/a.md"), DocumentType.MARKDOWN, "");

  private static TargetResolver resolver(
      Path rootDir, List<String> include, List<String> exclude, boolean offline) {
    return new TargetResolver(
        new ResolveOptions(
            rootDir,
            include.stream().map(Pattern::compile).toList(),
            exclude.stream().map(Pattern::compile).toList(),
            offline,
            WORK));
  }

  private static Target resolve(String url) {
    return resolver(null, List.of(), List.of(), false).resolve(DOC, link(url));
  }

  private static Link link(String url) {
    return new Link(url, new Location("docs/guide/a.md", 1, 1));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "https://example.com/a#frag|https://example.com/a",
        "HTTP://Example.COM/a|http://example.com/a",
        "https://example.com|https://example.com/",
        "https://example.com?q=1|https://example.com/?q=1",
        "http://example.com:80/x|http://example.com:80/x",
        "https://bücher.example/straße|https://xn--bcher-kva.example/stra%C3%9Fe",
        "https://example.com/a b|https://example.com/a%20b",
        "https://example.com/100%|https://example.com/100%25",
        "https://example.com/%41%zz|https://example.com/%41%25zz",
        "//cdn.example.com/x.js|https://cdn.example.com/x.js",
        "https://user:pw@example.com/|https://example.com/",
        "http://[::1]:8080/x|http://[::1]:8080/x",
        "https://example.com/a\\b|https://example.com/a%5Cb"
      })
  void normalisesRemoteUrls(String written, String key) {
    Target target = resolve(written);

    assertThat(target).isInstanceOf(Target.Remote.class);
    assertThat(target.key()).isEqualTo(key);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "http://|empty host",
        "https:///path|empty host",
        "http://[::1/x|unclosed IPv6",
        "http://example.com:99999/|out of range",
        "http://example.com:8x/|invalid port",
        "https://exa mple.com/|invalid host"
      })
  void malformedUrlsAreErrorsNamingTheProblem(String written, String reason) {
    Target target = resolve(written);

    assertThat(target).isInstanceOf(Target.Decided.class);
    Outcome outcome = ((Target.Decided) target).outcome();
    assertThat(outcome).isInstanceOf(Outcome.Error.class);
    assertThat(((Outcome.Error) outcome).message()).startsWith("malformed URL").contains(reason);
  }

  @Test
  void theSameUrlWrittenDifferentlyHasOneKey() {
    assertThat(resolve("HTTP://Example.com/a#x").key())
        .isEqualTo(resolve("http://example.com/a").key());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "mailto:a@b.c|mailto",
        "tel:+123|tel",
        "ftp://x.y/z|ftp",
        "data:text/plain,hi|data",
        "javascript:void(0)|javascript"
      })
  void linksWithAnotherSchemeAreSkippedNamingIt(String written, String scheme) {
    assertThat(resolve(written))
        .isEqualTo(new Target.Decided(written, new Outcome.Skipped(new SkipReason.Scheme(scheme))));
  }

  @Test
  void sameAndRootRelativeLinksWithoutARootAreSkippedWithTheReason() {
    assertThat(resolve("?page=2"))
        .isEqualTo(
            new Target.Decided("?page=2", new Outcome.Skipped(new SkipReason.SamePageLink())));
    assertThat(resolve("/img/a.png"))
        .isEqualTo(
            new Target.Decided("/img/a.png", new Outcome.Skipped(new SkipReason.NeedsRootDir())));
  }

  @Test
  void samePageFragmentLinksAreSkippedOnlyWhenLocalFragmentsAreOff() {
    // Fragment checks (on by default for local files, see FragmentResolutionTest) check a
    // same-page #x against the page itself; without them there is nothing to check.
    assertThat(resolve("#section"))
        .isEqualTo(
            new Target.Decided(
                "#section", new Outcome.Skipped(new SkipReason.SamePageFragment(false))));
  }

  @Test
  void anEmptyLinkIsSkipped() {
    assertThat(resolve(""))
        .isEqualTo(new Target.Decided("", new Outcome.Skipped(new SkipReason.EmptyLink())));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "b.md|docs/guide/b.md",
        "./b.md#part|docs/guide/b.md",
        "../api/x.html?v=1|docs/api/x.html",
        "img%20one.png|docs/guide/img one.png",
        "sub/|docs/guide/sub",
        "../../README.md|README.md",
        "../../../outside.md|../outside.md"
      })
  void relativeLinksResolveAgainstTheDocumentsFolder(String written, String key) {
    Target target = resolve(written);

    assertThat(target).isInstanceOf(Target.Local.class);
    assertThat(target.key()).isEqualTo(key);
    assertThat(((Target.Local) target).path()).isEqualTo(WORK.resolve(key).normalize());
  }

  @Test
  void rootRelativeLinksResolveAgainstTheRootDir() {
    Target target =
        resolver(Path.of("public"), List.of(), List.of(), false).resolve(DOC, link("/img/a.png"));

    assertThat(target)
        .isEqualTo(new Target.Local(WORK.resolve("public/img/a.png"), "public/img/a.png"));
  }

  @Test
  void fileUrlsAreLocal() {
    Target target = resolve("file:///work/site/docs/x.md");

    assertThat(target).isEqualTo(new Target.Local(Path.of("/work/site/docs/x.md"), "docs/x.md"));
  }

  @Test
  void excludedUrlsAreNeverCheckedAndIncludeBeatsExclude() {
    TargetResolver r =
        resolver(null, List.of("keep"), List.of("example\\.com", "local\\.md"), false);

    assertThat(r.resolve(DOC, link("https://example.com/x")))
        .isEqualTo(
            new Target.Decided(
                "https://example.com/x",
                new Outcome.Excluded("excluded by --exclude example\\.com")));
    assertThat(r.resolve(DOC, link("https://example.com/keep"))).isInstanceOf(Target.Remote.class);
    assertThat(r.resolve(DOC, link("local.md"))).isInstanceOf(Target.Decided.class);
    assertThat(r.resolve(DOC, link("https://other.test/"))).isInstanceOf(Target.Remote.class);
  }

  @Test
  void offlineSkipsRemoteLinksButChecksLocalOnes() {
    TargetResolver r = resolver(null, List.of(), List.of(), true);

    assertThat(r.resolve(DOC, link("https://example.com/")))
        .isEqualTo(
            new Target.Decided(
                "https://example.com/", new Outcome.Skipped(new SkipReason.Offline())));
    assertThat(r.resolve(DOC, link("b.md"))).isInstanceOf(Target.Local.class);
  }

  @Test
  void linksFromStandardInputResolveAgainstTheWorkingDirectory() {
    Document stdin = new Document("-", null, DocumentType.MARKDOWN, "");

    assertThat(resolver(null, List.of(), List.of(), false).resolve(stdin, link("a/b.md")).key())
        .isEqualTo("a/b.md");
  }
}
