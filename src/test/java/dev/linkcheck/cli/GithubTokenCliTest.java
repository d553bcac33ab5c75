package dev.linkcheck.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.linkcheck.GithubLookalike;
import dev.linkcheck.Loopback;
import dev.linkcheck.check.FragmentOptions;
import dev.linkcheck.check.HostRules;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The GitHub token goes to github.com, api.github.com and raw.githubusercontent.com (the look-alike
 * over TLS with the test CA) and nowhere else, not even after a redirect, and is never printed.
 */
class GithubTokenCliTest {

  private static final String TOKEN = "ghp_s3cr3tT0ken";

  @TempDir Path dir;
  private GithubLookalike github;
  private Loopback a;

  @BeforeEach
  void start() {
    github = GithubLookalike.start();
    a = Loopback.start().status("/landing", 200).status("/direct", 200);
    github.server().stubFor(any(urlPathMatching("/o/.*")).willReturn(aResponse().withStatus(200)));
    github
        .server()
        .stubFor(any(urlPathEqualTo("/repos/o/r")).willReturn(aResponse().withStatus(200)));
    github
        .server()
        .stubFor(
            any(urlPathEqualTo("/away"))
                .willReturn(
                    aResponse()
                        .withStatus(302)
                        .withHeader("Location", a.url("host-a.test", "/landing"))));
  }

  @AfterEach
  void stop() {
    github.close();
    a.close();
  }

  /** Runs linkcheck in its own JVM trusting the test CA, with {@code env} added. */
  private String run(Map<String, String> env, String... args) throws Exception {
    List<String> jvm =
        List.of(
            "-Djavax.net.ssl.trustStore=" + GithubLookalike.trustStore(),
            "-Djavax.net.ssl.trustStorePassword=" + GithubLookalike.PASSWORD,
            "-Djavax.net.ssl.trustStoreType=PKCS12");
    ProcessBuilder pb = Subprocess.builder(dir, jvm, args).redirectErrorStream(true);
    pb.environment().remove("GITHUB_TOKEN");
    pb.environment().putAll(env);
    Process p = pb.start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(output).isZero();
    return output;
  }

  private List<LoggedRequest> githubRequests(String path) {
    return github.server().findAll(anyRequestedFor(urlPathEqualTo(path)));
  }

  private static boolean hasToken(LoggedRequest r, String token) {
    return ("Bearer " + token).equals(r.getHeader("Authorization"));
  }

  @Test
  void theTokenGoesToGithubsHostsOnlyNeverAcrossARedirectAndIsNeverPrinted() throws Exception {
    Loopback.write(
        dir,
        "a.md",
        String.join(
            "\n",
            "[repo](" + github.https("github.com") + "/o/r)",
            "[api](" + github.https("api.github.com") + "/repos/o/r)",
            "[raw](" + github.https("raw.githubusercontent.com") + "/o/r/main/README.md)",
            "[away](" + github.https("github.com") + "/away)",
            "[plain](http://github.com:" + github.server().port() + "/o/plain)",
            "[other](" + a.url("host-a.test", "/direct") + ")",
            ""));

    String output = run(Map.of(), "-vv", "--max-retries", "0", "--github-token", TOKEN, "a.md");

    assertThat(output).as("debug logs are on").contains("HEAD " + github.https("github.com"));
    assertThat(output).doesNotContain("s3cr3t");
    assertThat(githubRequests("/o/r")).isNotEmpty().allMatch(r -> hasToken(r, TOKEN));
    assertThat(githubRequests("/repos/o/r")).isNotEmpty().allMatch(r -> hasToken(r, TOKEN));
    assertThat(githubRequests("/o/r/main/README.md"))
        .isNotEmpty()
        .allMatch(r -> hasToken(r, TOKEN));
    assertThat(githubRequests("/away")).isNotEmpty().allMatch(r -> hasToken(r, TOKEN));
    assertThat(githubRequests("/o/plain"))
        .as("not over plain http, even to github.com")
        .isNotEmpty()
        .noneMatch(r -> r.containsHeader("Authorization"));
    assertThat(a.server().findAll(anyRequestedFor(urlPathMatching("/.*"))))
        .as("neither the redirect's target nor another host's link")
        .hasSize(2)
        .noneMatch(r -> r.containsHeader("Authorization"));
  }

  @Test
  void theGithubTokenVariableIsUsedWhenNoOptionIsGiven() throws Exception {
    Loopback.write(dir, "a.md", "[repo](" + github.https("github.com") + "/o/r)\n");

    String output = run(Map.of("GITHUB_TOKEN", "env-s3cr3t"), "-vv", "a.md");

    assertThat(output).contains("HEAD " + github.https("github.com")).doesNotContain("s3cr3t");
    assertThat(githubRequests("/o/r")).isNotEmpty().allMatch(r -> hasToken(r, "env-s3cr3t"));
  }

  private static Environment env(Map<String, String> variables) {
    return new Environment(
        variables,
        false,
        false,
        Path.of("."),
        () -> new ByteArrayInputStream(new byte[0]),
        new Interruption());
  }

  private static String token(Map<String, String> variables, String... args) {
    NetworkArgs network = new NetworkArgs();
    new CommandLine(network).parseArgs(args);
    return network
        .toCheckOptions(FragmentOptions.defaults(), HostRules.none(), env(variables))
        .githubToken();
  }

  @Test
  void theOptionBeatsTheVariableAndABlankOneIsNone() {
    assertThat(token(Map.of("GITHUB_TOKEN", "from-env"), "--github-token", "from-option"))
        .isEqualTo("from-option");
    assertThat(token(Map.of("GITHUB_TOKEN", "from-env"))).isEqualTo("from-env");
    assertThat(token(Map.of("GITHUB_TOKEN", "  "))).isNull();
    assertThat(token(Map.of())).isNull();
  }

  @Test
  void helpNamesTheOptionButNeverAValue() {
    CliRunner.Run run = new CliRunner(dir).env(Map.of("GITHUB_TOKEN", "env-s3cr3t")).run("--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("--github-token=TOKEN").doesNotContain("s3cr3t");
  }
}
