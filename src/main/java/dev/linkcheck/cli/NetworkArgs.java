package dev.linkcheck.cli;

import dev.linkcheck.check.AddressPolicy;
import dev.linkcheck.check.CheckOptions;
import dev.linkcheck.check.FragmentOptions;
import dev.linkcheck.check.Header;
import dev.linkcheck.check.HostRules;
import dev.linkcheck.model.StatusRanges;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/**
 * The options of requests ("Network") and of what counts as an answer and which addresses may be
 * asked ({@link Targets}, shown under "What to check"); {@link #toCheckOptions} builds the
 * checker's settings.
 */
final class NetworkArgs {

  /** Accepted statuses and refused address ranges: the network rules shown with the targets. */
  static final class Targets {
    @Option(
        names = {"-a", "--accept"},
        order = 26,
        paramLabel = "RANGES",
        description = "Accepted final status codes, e.g. 200..299,403 (default: ${DEFAULT-VALUE}).",
        defaultValue = CheckOptions.Defaults.ACCEPT,
        converter = Converters.Accept.class)
    StatusRanges accept = StatusRanges.parse(CheckOptions.Defaults.ACCEPT);

    // Network exclusions (issue 3): refuse hosts in internal networks, checked at every hop.
    @Option(
        names = "--exclude-private",
        order = 27,
        description =
            "Do not request private addresses (10/8, 172.16/12, 192.168/16, 100.64/10, fc00::/7).")
    boolean excludePrivate;

    @Option(
        names = "--exclude-loopback",
        order = 28,
        description = "Do not request loopback addresses (127/8, ::1, 0.0.0.0).")
    boolean excludeLoopback;

    @Option(
        names = "--exclude-link-local",
        order = 29,
        description = "Do not request link-local addresses (169.254/16, fe80::/10).")
    boolean excludeLinkLocal;
  }

  @ArgGroup(validate = false, heading = "What to check")
  Targets targets = new Targets();

  @Option(
      names = {"-t", "--timeout"},
      order = 40,
      paramLabel = "SECONDS",
      description = "Timeout of one request attempt (default: ${DEFAULT-VALUE}).",
      defaultValue = CheckOptions.Defaults.TIMEOUT,
      converter = Converters.Seconds.class)
  Duration timeout;

  @Option(
      names = "--max-retries",
      order = 41,
      paramLabel = "N",
      description =
          "Retries after the first try of a transient failure (default: ${DEFAULT-VALUE}).",
      defaultValue = CheckOptions.Defaults.MAX_RETRIES)
  int maxRetries;

  @Option(
      names = "--max-timeout-retries",
      order = 41,
      paramLabel = "N",
      description =
          "Of those retries, how many may follow a timeout; a timeout's retry waits behind the"
              + " host's first tries of other URLs (default: ${DEFAULT-VALUE}).",
      defaultValue = CheckOptions.Defaults.MAX_TIMEOUT_RETRIES)
  int maxTimeoutRetries;

  @Option(
      names = "--retry-timeout",
      order = 41,
      paramLabel = "SECONDS|auto",
      description =
          "Timeout of a timeout's retry; auto: 4 x the time within which its host has given 95%"
              + " of its answers so far, at least 2 s, at most --timeout (default: ${DEFAULT-VALUE}).",
      defaultValue = CheckOptions.Defaults.RETRY_TIMEOUT,
      converter = Converters.RetryTimeout.class)
  Duration retryTimeout;

  @Option(
      names = {"-r", "--retry-wait-time"},
      order = 42,
      paramLabel = "SECONDS",
      description = "First backoff before a retry, doubling each time (default: ${DEFAULT-VALUE}).",
      defaultValue = CheckOptions.Defaults.RETRY_WAIT,
      converter = Converters.Seconds.class)
  Duration retryWait;

  @Option(
      names = {"-m", "--max-redirects"},
      order = 43,
      paramLabel = "N",
      description = "Redirects followed before giving up (default: ${DEFAULT-VALUE}).",
      defaultValue = CheckOptions.Defaults.MAX_REDIRECTS)
  int maxRedirects;

  @Option(
      names = "--max-concurrency",
      order = 44,
      paramLabel = "N",
      description = "Requests in flight in total (default: ${DEFAULT-VALUE}).",
      defaultValue = CheckOptions.Defaults.MAX_CONCURRENCY)
  int maxConcurrency;

  @Option(
      names = "--host-concurrency",
      order = 45,
      paramLabel = "N",
      description = "Requests in flight per host (default: ${DEFAULT-VALUE}).",
      defaultValue = CheckOptions.Defaults.HOST_CONCURRENCY)
  int hostConcurrency;

  @Option(
      names = {"-H", "--header"},
      order = 46,
      paramLabel = "'[HOST: ]NAME: VALUE'",
      description = "Send a request header; with a HOST scope only to that host. Repeatable.",
      converter = Converters.RequestHeader.class)
  List<Header> headers = new ArrayList<>();

  @Option(
      names = {"-u", "--user-agent"},
      order = 47,
      paramLabel = "UA",
      description = "User-Agent header (default: linkcheck/VERSION).")
  String userAgent;

  // No default shown in --help: the value is a secret (GITHUB_TOKEN is read in toCheckOptions).
  @Option(
      names = "--github-token",
      order = 48,
      paramLabel = "TOKEN",
      description =
          "GitHub token, sent as 'Authorization: Bearer' over https to github.com,"
              + " api.github.com and raw.githubusercontent.com only, never across a redirect to"
              + " another host (default: the GITHUB_TOKEN environment variable).")
  String githubToken;

  @Option(
      names = {"-i", "--insecure"},
      order = 48,
      description = "Accept invalid TLS certificates.")
  boolean insecure;

  @Option(
      names = "--http1.1",
      order = 48,
      description =
          "Send every request over HTTP/1.1 (default: HTTP/2 where an https server offers it,"
              + " HTTP/1.1 once more after HTTP/2 trouble).")
  boolean http1Only;

  void validate() {
    if (timeout.isZero()) {
      throw new UsageError("--timeout", "--timeout must be positive");
    }
    atLeast("--max-retries", maxRetries, 0);
    atLeast("--max-timeout-retries", maxTimeoutRetries, 0);
    atLeast("--max-redirects", maxRedirects, 0);
    atLeast("--max-concurrency", maxConcurrency, 1);
    atLeast("--host-concurrency", hostConcurrency, 1);
  }

  private static void atLeast(String option, int value, int min) {
    if (value < min) {
      throw new UsageError(option, option + " must be at least " + min);
    }
  }

  StatusRanges accept() {
    return targets.accept;
  }

  /** The User-Agent every request sends. */
  String agent() {
    return userAgent != null ? userAgent : "linkcheck/" + VersionProvider.VERSION;
  }

  /** The time limit of one request attempt. */
  Duration timeout() {
    return timeout;
  }

  /**
   * The checker's settings, with {@code fragments} for fragment checks, the config file's {@code
   * hostRules}, and {@code GITHUB_TOKEN} from {@code env} when {@code --github-token} is not given.
   */
  CheckOptions toCheckOptions(FragmentOptions fragments, HostRules hostRules, Environment env) {
    return CheckOptions.builder()
        .timeout(timeout)
        .maxRetries(maxRetries)
        .maxTimeoutRetries(maxTimeoutRetries)
        .retryTimeout(retryTimeout)
        .retryWait(retryWait)
        .maxRedirects(maxRedirects)
        .maxConcurrency(maxConcurrency)
        .hostConcurrency(hostConcurrency)
        .accept(targets.accept)
        .headers(headers)
        .userAgent(agent())
        .insecure(insecure)
        .http1Only(http1Only)
        .addresses(
            new AddressPolicy(
                targets.excludePrivate, targets.excludeLoopback, targets.excludeLinkLocal))
        .fragments(fragments)
        .hostRules(hostRules)
        .githubToken(
            githubToken != null && !githubToken.isBlank() ? githubToken.strip() : env.githubToken())
        .build();
  }
}
