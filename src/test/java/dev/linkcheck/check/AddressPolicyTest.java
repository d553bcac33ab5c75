package dev.linkcheck.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linkcheck.model.Outcome;
import dev.linkcheck.model.Target;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * --exclude-private, --exclude-loopback and --exclude-link-local: IP literals and names resolved
 * through the JVM's resolver (src/test/hosts maps intranet.test to 10.1.2.3 and metadata.test to
 * 169.254.169.254; nothing is ever sent there).
 */
class AddressPolicyTest {

  private static final AddressPolicy ALL = new AddressPolicy(true, true, true);

  private ConcurrencyTest.CountingServer server;
  private Checker checker;

  @AfterEach
  void stop() {
    if (checker != null) {
      checker.close();
    }
    if (server != null) {
      server.close();
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "10.0.0.1|excluded by --exclude-private: 10.0.0.1",
        "172.16.5.4|excluded by --exclude-private: 172.16.5.4",
        "172.31.255.255|excluded by --exclude-private: 172.31.255.255",
        "192.168.1.1|excluded by --exclude-private: 192.168.1.1",
        "100.64.0.1|excluded by --exclude-private: 100.64.0.1",
        "[fd12:3456::1]|excluded by --exclude-private: fd12:3456::1",
        "127.0.0.1|excluded by --exclude-loopback: 127.0.0.1",
        "127.9.8.7|excluded by --exclude-loopback: 127.9.8.7",
        "[::1]|excluded by --exclude-loopback: ::1",
        "[::ffff:127.0.0.1]|excluded by --exclude-loopback: ::ffff:127.0.0.1",
        "0.0.0.0|excluded by --exclude-loopback: 0.0.0.0",
        "localhost|excluded by --exclude-loopback: localhost (127.0.0.1)",
        "169.254.169.254|excluded by --exclude-link-local: 169.254.169.254",
        "[fe80::1]|excluded by --exclude-link-local: fe80::1",
        "intranet.test|excluded by --exclude-private: intranet.test (10.1.2.3)",
        "metadata.test|excluded by --exclude-link-local: metadata.test (169.254.169.254)"
      })
  void internalAddressesAreRefusedNamingTheOption(String host, String reason) {
    assertThat(ALL.refusal(host)).contains(reason);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"8.8.8.8", "172.32.0.1", "100.128.0.1", "11.0.0.1", "[2001:db8::1]", "x.invalid"})
  void publicAndUnresolvableHostsAreAllowed(String host) {
    assertThat(ALL.refusal(host)).isEmpty();
  }

  @Test
  void eachOptionRefusesOnlyItsOwnNetworks() {
    AddressPolicy privateOnly = new AddressPolicy(true, false, false);
    AddressPolicy loopbackOnly = new AddressPolicy(false, true, false);
    AddressPolicy linkLocalOnly = new AddressPolicy(false, false, true);

    assertThat(privateOnly.refusal("127.0.0.1")).isEmpty();
    assertThat(privateOnly.refusal("169.254.1.1")).isEmpty();
    assertThat(loopbackOnly.refusal("10.0.0.1")).isEmpty();
    assertThat(linkLocalOnly.refusal("192.168.0.1")).isEmpty();
    assertThat(linkLocalOnly.refusal("169.254.1.1")).isPresent();
    assertThat(AddressPolicy.ALLOW_ALL.refusal("127.0.0.1")).isEmpty();
    assertThat(AddressPolicy.ALLOW_ALL.refusal("10.0.0.1")).isEmpty();
  }

  private Outcome check(AddressPolicy policy, String url) {
    checker =
        new Checker(
            TestOptions.builder(Duration.ofSeconds(2), 0, Duration.ofMillis(10))
                .addresses(policy)
                .build());
    return checker.check(new Target.Remote(URI.create(url))).outcome();
  }

  @Test
  void anExcludedHostIsNeverContacted() throws Exception {
    server = new ConcurrencyTest.CountingServer("127.0.0.1", Duration.ZERO);

    Outcome outcome = check(new AddressPolicy(false, true, false), server.url("host-a.test", "/"));

    assertThat(outcome)
        .isEqualTo(new Outcome.Excluded("excluded by --exclude-loopback: host-a.test (127.0.0.1)"));
    assertThat(server.requests.get()).isZero();
  }

  @Test
  void withoutTheOptionsLoopbackIsChecked() throws Exception {
    server = new ConcurrencyTest.CountingServer("127.0.0.1", Duration.ZERO);

    assertThat(check(AddressPolicy.ALLOW_ALL, server.url("host-a.test", "/")))
        .isEqualTo(new Outcome.Ok(200));
    assertThat(server.requests.get()).isEqualTo(1);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "intranet.test|excluded by --exclude-private: intranet.test (10.1.2.3)",
        "metadata.test|excluded by --exclude-link-local: metadata.test (169.254.169.254)",
        "10.9.9.9|excluded by --exclude-private: 10.9.9.9"
      })
  void aRedirectIntoAnExcludedNetworkIsExcludedBeforeAnyConnection(String target, String reason)
      throws Exception {
    server = new ConcurrencyTest.CountingServer("127.0.0.1", Duration.ZERO);

    // the CountingServer redirects /to/HOST to http://HOST/
    Outcome outcome =
        check(new AddressPolicy(true, false, true), server.url("host-a.test", "/to/" + target));

    assertThat(outcome)
        .isEqualTo(new Outcome.Excluded(reason + " (after a redirect to http://" + target + "/)"));
    assertThat(server.requests.get()).isEqualTo(1);
  }
}
