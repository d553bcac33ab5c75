package dev.linkcheck.resolve.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Literal config values are read without running anything; what is not literal takes defaults. */
class SiteConfigTest {

  @TempDir Path dir;

  @Test
  void docusaurusLiteralsAreReadAndTheRestDefaulted() throws IOException {
    Path js = dir.resolve("docusaurus.config.js");
    Files.writeString(
        js,
        """
        // url: 'https://commented.example'
        const base = process.env.BASE;
        module.exports = {
          url: 'https://docs.example.test',
          baseUrl: base,
          presets: [['classic', {docs: {path: 'documentation', routeBasePath: '/'}}]],
        };
        """);

    DocusaurusConfig config = DocusaurusConfig.read(js);

    assertThat(config.url()).isEqualTo("https://docs.example.test");
    assertThat(config.baseUrl()).isEqualTo("/");
    assertThat(config.docsPath()).isEqualTo("documentation");
    assertThat(config.routeBasePath()).isEqualTo("/");
    assertThat(config.defaults()).containsExactly("baseUrl", "staticDirectories");
  }

  @Test
  void mkdocsYamlWithPythonTagsIsStillRead() throws IOException {
    Path yml = dir.resolve("mkdocs.yml");
    Files.writeString(
        yml,
        """
        docs_dir: site-docs
        use_directory_urls: false
        markdown_extensions:
          - toc:
              slugify: !!python/name:pymdownx.slugs.uslugify
          - pymdownx.emoji:
              emoji_index: !!python/name:material.extensions.emoji.twemoji
        extra:
          token: !ENV [TOKEN, none]
        """);

    Map<String, Object> config = ConfigFiles.read(yml);

    assertThat(ConfigFiles.string(config, "docs_dir", "docs")).isEqualTo("site-docs");
    assertThat(ConfigFiles.bool(config, "use_directory_urls", true)).isFalse();
    assertThat(config.get("markdown_extensions").toString()).contains("pymdownx.slugs.uslugify");
  }

  @Test
  void hugoTomlTablesAreNestedMapsWithCaseInsensitiveKeys() throws IOException {
    Path toml = dir.resolve("hugo.toml");
    Files.writeString(
        toml,
        """
        baseURL = "https://example.test/"
        [languages.en]
        contentDir = "content/en"
        [markup.goldmark.parser]
        autoDefinitionTermID = true
        """);

    Map<String, Object> config = ConfigFiles.read(toml);

    assertThat(ConfigFiles.string(config, "languages.en.contentdir", null)).isEqualTo("content/en");
    assertThat(ConfigFiles.bool(config, "markup.goldmark.parser.autoDefinitionTermID", false))
        .isTrue();
  }

  @Test
  void docusaurusSlugsFollowIdSlugNumberPrefixesAndCategoryIndexes() {
    assertThat(DocusaurusSlug.of("guides/01-setup.mdx", Map.of())).isEqualTo("/guides/setup");
    assertThat(DocusaurusSlug.of("guides/guides.md", Map.of())).isEqualTo("/guides");
    assertThat(DocusaurusSlug.of("guides/README.md", Map.of())).isEqualTo("/guides");
    assertThat(DocusaurusSlug.of("a/b.md", Map.of("id", "other"))).isEqualTo("/a/other");
    assertThat(DocusaurusSlug.of("a/b.md", Map.of("slug", "/top"))).isEqualTo("/top");
    assertThat(DocusaurusSlug.of("a/b.md", Map.of("slug", "../up"))).isEqualTo("/up");
  }

  @Test
  void urlPathsResolveAsABrowserDoes() {
    assertThat(UrlPaths.resolve("/docs/a/b", "c")).isEqualTo("/docs/a/c");
    assertThat(UrlPaths.resolve("/docs/a/b/", "c")).isEqualTo("/docs/a/b/c");
    assertThat(UrlPaths.resolve("/user-guide/theme/", "../../img/x.png")).isEqualTo("/img/x.png");
    assertThat(UrlPaths.resolve("/a/", "../")).isEqualTo("/");
    assertThat(UrlPaths.resolve("/a", "../../x")).isNull();
  }
}
