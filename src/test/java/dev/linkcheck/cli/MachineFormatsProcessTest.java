package dev.linkcheck.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.linkcheck.Loopback;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** In a real process, machine formats own stdout: logs go to stderr, ndjson streams. */
class MachineFormatsProcessTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @RegisterExtension
  final Loopback loopback =
      Loopback.start()
          .status("/ok", 200)
          .status("/gone", 404)
          .stub(
              any(urlPathEqualTo("/slow"))
                  .willReturn(aResponse().withStatus(200).withFixedDelay(20_000)));

  private Subprocess.Ended run(String... args) throws Exception {
    return Subprocess.run(dir, List.of(), args);
  }

  @Test
  void debugLogsGoToStderrAndEveryMachineFormatParsesFromStdout() throws Exception {
    Files.writeString(dir.resolve("a.md"), loopback.markdownLinks("/ok", "/gone"));

    // The rest (sarif, markdown) share the same path to stdout; each JVM costs seconds.
    for (String format : List.of("json", "ndjson", "junit", "github")) {
      Subprocess.Ended run = run("-vv", "--format", format, "a.md");

      assertThat(run.code()).as(format).isEqualTo(1);
      assertThat(run.err()).as(format).contains("DEBUG");
      switch (format) {
        case "json" -> assertThat(JSON.readTree(run.out()).isObject()).isTrue();
        case "ndjson" -> {
          for (String line : run.out().lines().toList()) {
            assertThat(JSON.readTree(line).isObject()).as(line).isTrue();
          }
        }
        case "junit" ->
            assertThat(
                    DocumentBuilderFactory.newInstance()
                        .newDocumentBuilder()
                        .parse(new ByteArrayInputStream(run.out().getBytes(StandardCharsets.UTF_8)))
                        .getDocumentElement()
                        .getTagName())
                .isEqualTo("testsuites");
        default -> assertThat(run.out().lines()).allMatch(l -> l.startsWith("::"));
      }
    }
  }

  @Test
  void ndjsonWritesADecidedResultWhileOthersAreStillPending() throws Exception {
    Files.writeString(dir.resolve("a.md"), loopback.markdownLinks("/slow", "/ok"));
    Process p = Subprocess.builder(dir, "--format", "ndjson", "--timeout", "30", "a.md").start();
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> readLine(out));

      JsonNode line = JSON.readTree(first.get(15, TimeUnit.SECONDS));

      assertThat(line.get("url").asText()).isEqualTo(loopback.url("/ok"));
      assertThat(p.isAlive()).as("still waiting for /slow").isTrue();
    } finally {
      p.destroy();
      assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
    }
  }

  private static String readLine(BufferedReader reader) {
    try {
      return reader.readLine();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
