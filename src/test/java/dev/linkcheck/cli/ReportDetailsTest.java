package dev.linkcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Details of the reports that tools and people rely on. */
class ReportDetailsTest {

  @TempDir Path dir;
  private CliRunner cli;

  @BeforeEach
  void start() throws Exception {
    cli = new CliRunner(dir);
    Files.writeString(dir.resolve("a.md"), "[b](b.md)\n");
  }

  @Test
  void pathsArePrintedRelativeToTheWorkingFolderConsistently() throws Exception {
    Files.createDirectories(dir.resolve("docs/guide"));
    Files.writeString(dir.resolve("docs/guide/a.md"), "[gone](../missing.md)\n");

    for (String input : new String[] {"./docs", "docs//guide/../guide/a.md", "docs/./guide"}) {
      CliRunner.Run run = cli.run(input);
      assertThat(run.out())
          .as(input)
          .startsWith("docs/guide/a.md\n  1:1  broken file not found  docs/missing.md\n");
    }
  }

  @Test
  void pathsAreAbsoluteConsistentlyWhenTheInputWas() throws Exception {
    Files.createDirectories(dir.resolve("docs"));
    Files.writeString(dir.resolve("docs/a.md"), "[gone](missing.md)\n");
    String docs = dir.resolve("docs").toString();

    CliRunner.Run run = cli.run(docs);

    assertThat(run.out())
        .startsWith(docs + "/a.md\n  1:1  broken file not found  " + docs + "/missing.md\n");
  }

  @Test
  void sarifNamesTheToolVersion() throws Exception {
    CliRunner.Run run = cli.run("--format", "sarif", "a.md");

    JsonNode driver = new ObjectMapper().readTree(run.out()).at("/runs/0/tool/driver");
    assertThat(driver.get("name").asText()).isEqualTo("linkcheck");
    assertThat(driver.path("version").asText()).isEqualTo(VersionProvider.VERSION).isNotBlank();
    assertThat(cli.run("--version").out()).contains(driver.path("version").asText());
  }
}
