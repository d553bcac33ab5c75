package dev.linkcheck.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linkcheck.model.Document;
import dev.linkcheck.model.DocumentType;
import dev.linkcheck.model.Link;
import dev.linkcheck.model.Location;
import dev.linkcheck.model.Outcome;
import dev.linkcheck.model.SkipReason;
import dev.linkcheck.model.Target;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Options for trees no site rule covers, and the fixes that apply everywhere: exclusions decide
 * each link, {@code file.md/} is no folder, templates are skipped. In a temporary folder, outside
 * any repository, so no site is detected.
 */
class GeneralOptionsTest {

  @TempDir Path work;
  private Document doc;

  @BeforeEach
  void tree() throws IOException {
    Files.createDirectories(work.resolve("docs"));
    Files.writeString(work.resolve("docs/a.md"), "# A\n");
    Files.writeString(work.resolve("docs/b.mdx"), "# B\n");
    doc = new Document("docs/a.md", Path.of("docs/a.md"), DocumentType.MARKDOWN, "");
  }

  private TargetResolver resolver(List<String> excludes, SiteOptions site) {
    return new TargetResolver(
        new ResolveOptions(
            null,
            List.of(),
            excludes.stream().map(Pattern::compile).toList(),
            true,
            work,
            false,
            true,
            ResolveOptions.DEFAULT_INDEX_FILES,
            site));
  }

  private static Link link(String url) {
    return new Link(url, new Location("docs/a.md", 1, 1));
  }

  @Test
  void anExcludedFragmentLinkLeavesItsPageAloneWhicheverComesFirst() {
    TargetResolver resolver = resolver(List.of("#private"), SiteOptions.DEFAULTS);

    Resolved excluded = resolver.resolveLink(doc, link("b.mdx#private"));
    Resolved page = resolver.resolveLink(doc, link("b.mdx"));

    assertThat(excluded.target()).isInstanceOf(Target.Decided.class);
    assertThat(excluded.fragment()).isEqualTo("private");
    assertThat(page.target()).isInstanceOf(Target.Local.class);
    assertThat(page.target().key()).isEqualTo("docs/b.mdx");
  }

  @Test
  void samePageLinksObeyExclude() {
    Resolved resolved =
        resolver(List.of("#skip-me"), SiteOptions.DEFAULTS).resolveLink(doc, link("#skip-me"));

    assertThat(((Target.Decided) resolved.target()).outcome()).isInstanceOf(Outcome.Excluded.class);
  }

  @Test
  void aFileWrittenAsAFolderIsBroken() {
    Target target = resolver(List.of(), SiteOptions.DEFAULTS).resolve(doc, link("b.mdx/"));

    assertThat(((Target.Decided) target).outcome())
        .isEqualTo(new Outcome.Broken(new Outcome.NotAFolder()));
    assertThat(target.key()).isEqualTo("docs/b.mdx/");
  }

  @Test
  void fallbackExtensionsAreTriedInOrderOnAPathWithoutOne() {
    SiteOptions site = new SiteOptions("auto", List.of("md", "mdx"), null, false);

    assertThat(resolver(List.of(), site).resolve(doc, link("b")).key()).isEqualTo("docs/b.mdx");
    assertThat(resolver(List.of(), SiteOptions.DEFAULTS).resolve(doc, link("b")).key())
        .isEqualTo("docs/b");
  }

  @Test
  void aSkippedFragmentStillChecksItsPage() {
    SiteOptions site = new SiteOptions("auto", List.of(), Pattern.compile("^tab-"), false);

    Resolved resolved = resolver(List.of(), site).resolveLink(doc, link("b.mdx#tab-linux"));

    assertThat(resolved.target().key()).isEqualTo("docs/b.mdx");
    assertThat(resolved.fragment()).isNull();
  }

  @Test
  void templateExpressionsAreSkippedWithTheReason() {
    Target target = resolver(List.of(), SiteOptions.DEFAULTS).resolve(doc, link("{{ page.url }}"));

    assertThat(((Target.Decided) target).outcome())
        .isEqualTo(new Outcome.Skipped(new SkipReason.TemplateExpression()));
  }
}
