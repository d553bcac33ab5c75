package dev.linkcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's first command, {@code ./linkcheck docs/}, does what the README says on a clone. */
class ExampleDocsTest {

  @Test
  void theShippedDocsTreeHasExactlyOneBrokenLinkAndNeedsNoNetwork() throws Exception {
    CliRunner cli = new CliRunner(Path.of("").toAbsolutePath());

    CliRunner.Run run = cli.run("--offline", "--format", "json", "docs/");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    JsonNode summary = new ObjectMapper().readTree(run.out()).get("summary");
    assertThat(summary.get("broken").asInt()).isEqualTo(1);
    assertThat(summary.get("skipped").asInt()).as("nothing remote to skip offline").isZero();
    assertThat(summary.get("error").asInt()).isZero();
    assertThat(cli.run("docs/").out())
        .contains(
            "docs/guide/install.md\n  7:5  broken file not found  docs/reference/changelog.md\n");
  }
}
