package dev.linkcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each documentation site under sites/ (its framework's real config, pages using its conventions,
 * links planted broken on lines that say {@code planted}) checked with no options: the broken
 * verdicts are exactly the planted lines (every one found, no false alarm), and every verdict and
 * message is as in the site's expected.txt.
 */
class SitesGoldenTest {

  private static final Path SITES = Path.of("src/test/resources/sites").toAbsolutePath();
  private static final Pattern FILE = Pattern.compile("^(\\S.*)$");
  private static final Pattern ENTRY = Pattern.compile("^  (\\d+):\\d+  (.*)$");

  @ParameterizedTest
  @ValueSource(strings = {"docusaurus", "github", "hugo", "jekyll", "mdbook", "mkdocs"})
  void aSiteGetsExactlyItsPlantedBrokenLinksAndTheExpectedVerdicts(String site) throws IOException {
    CliRunner.Run run = new CliRunner(SITES).run("-v", "--color", "never", site);

    String out = run.out().replaceFirst(" \\(\\d+\\.\\ds\\)\\n$", "\n");
    // The actual report beside the build's output, to compare with expected.txt when it differs.
    Path actual = Path.of("target/sites-actual").resolve(site + ".txt");
    Files.createDirectories(actual.getParent());
    Files.writeString(actual, out, StandardCharsets.UTF_8);
    assertThat(brokenLines(out)).as(out).isEqualTo(plantedLines(site));
    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    String expected =
        Files.readString(SITES.resolve(site).resolve("expected.txt"), StandardCharsets.UTF_8);
    assertThat(out).isEqualTo(expected);
  }

  @org.junit.jupiter.api.Test
  void theJsonSummaryNamesTheSitesWhoseRulesWereUsed() throws Exception {
    CliRunner.Run run = new CliRunner(SITES).run("--format", "json", "mkdocs");

    var summary =
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.out()).get("summary");
    List<String> sites = new java.util.ArrayList<>();
    summary.get("sites").forEach(s -> sites.add(s.asText()));
    // docs/ by MkDocs' rules, the README beside mkdocs.yml by GitHub's.
    assertThat(sites)
        .contains("mkdocs (mkdocs/mkdocs.yml)")
        .anyMatch(s -> s.startsWith("github ("));
  }

  /** file:line of every verdict that is not ok, redirected, skipped or excluded. */
  private static Set<String> brokenLines(String out) {
    Set<String> broken = new TreeSet<>();
    String file = null;
    for (String line : out.split("\n")) {
      Matcher entry = ENTRY.matcher(line);
      if (entry.matches()) {
        String verdict = entry.group(2);
        if (!verdict.startsWith("ok")
            && !verdict.startsWith("skipped")
            && !verdict.startsWith("excluded")
            && !verdict.startsWith("redirected")) {
          broken.add(file + ":" + entry.group(1));
        }
      } else if (FILE.matcher(line).matches() && !line.contains(" links (")) {
        file = line;
      }
    }
    return broken;
  }

  /** file:line of every source line that says {@code planted}. */
  private static Set<String> plantedLines(String site) throws IOException {
    Set<String> planted = new TreeSet<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(SITES.resolve(site))) {
      files = walk.filter(Files::isRegularFile).filter(f -> !f.endsWith("expected.txt")).toList();
    }
    for (Path f : files) {
      List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).contains("planted")) {
          planted.add(SITES.relativize(f).toString().replace('\\', '/') + ":" + (i + 1));
        }
      }
    }
    return planted;
  }
}
