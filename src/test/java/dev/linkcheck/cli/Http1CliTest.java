package dev.linkcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linkcheck.BrokenHttp2Server;
import dev.linkcheck.Loopback;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * HTTP/2 trouble and {@code --http1.1} from the CLI, against a TLS server on loopback that resets
 * every HTTP/2 stream and serves HTTP/1.1 well.
 */
class Http1CliTest {

  @TempDir Path dir;

  private BrokenHttp2Server server;

  @BeforeEach
  void start() throws Exception {
    server = BrokenHttp2Server.start();
    Loopback.write(dir, "a.md", "[x](" + server.url("/page") + ")\n");
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
  }

  private CliRunner.Run run(String... options) {
    String[] args = new String[options.length + 4];
    System.arraycopy(options, 0, args, 0, options.length);
    System.arraycopy(
        new String[] {"--insecure", "--max-retries", "0", "a.md"}, 0, args, options.length, 4);
    return new CliRunner(dir).run(args);
  }

  @Test
  void passesAfterOneHttp1TryWhenHttp2Breaks() {
    CliRunner.Run run = run();

    assertThat(run.exitCode()).isZero();
    assertThat(server.requests()).containsExactly("h2", "http/1.1 HEAD");
  }

  @Test
  void sendsNoHttp2WithTheFlag() {
    CliRunner.Run run = run("--http1.1");

    assertThat(run.exitCode()).isZero();
    assertThat(server.requests()).containsExactly("http/1.1 HEAD");
    assertNoHttp2Offered();
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"http1.1\" = true", "http1.1 = true"})
  void takesHttp1FromTheConfigFileQuotedOrNot(String line) {
    Loopback.write(dir, "linkcheck.toml", line + "\n");

    CliRunner.Run run = run();

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(server.requests()).containsExactly("http/1.1 HEAD");
    assertNoHttp2Offered();
  }

  @Test
  void hintsHttp1WhenHttp1FailsToo() {
    server.failHttp1();

    CliRunner.Run run = run();

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("hint: the server broke HTTP/2: try `--http1.1`");
  }

  private void assertNoHttp2Offered() {
    assertThat(server.offers()).allSatisfy(offered -> assertThat(offered).doesNotContain("h2"));
  }
}
