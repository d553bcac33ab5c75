package dev.linkcheck.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.linkcheck.model.StatusRanges;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The checker's settings: the documented defaults read from one place, built in one step. */
class CheckOptionsTest {

  @Test
  void theDefaultsAreTheDocumentedValues() {
    CheckOptions d = CheckOptions.defaults();

    assertThat(d.timeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(d.maxRetries()).isEqualTo(2);
    assertThat(d.retryWait()).isEqualTo(Duration.ofSeconds(1));
    assertThat(d.maxRedirects()).isEqualTo(10);
    assertThat(d.maxConcurrency()).isEqualTo(128);
    assertThat(d.hostConcurrency()).isEqualTo(8);
    assertThat(d.accept().accepts(200)).isTrue();
    assertThat(d.accept().accepts(299)).isTrue();
    assertThat(d.accept().accepts(300)).isFalse();
    assertThat(d.headers()).isEmpty();
    assertThat(d.insecure()).isFalse();
    assertThat(d.addresses()).isEqualTo(AddressPolicy.ALLOW_ALL);
    assertThat(d.fragments().maxBodyBytes()).isEqualTo(10L * 1024 * 1024);
    assertThat(d.retryAfterCap()).isEqualTo(Duration.ofSeconds(60));
  }

  @Test
  void aBuilderChangesOnlyWhatItIsTold() {
    AddressPolicy noLoopback = new AddressPolicy(false, true, false);
    CheckOptions o =
        CheckOptions.builder()
            .timeout(Duration.ofMillis(300))
            .accept(StatusRanges.parse("200..299,403"))
            .addresses(noLoopback)
            .build();

    assertThat(o.timeout()).isEqualTo(Duration.ofMillis(300));
    assertThat(o.accept().accepts(403)).isTrue();
    assertThat(o.addresses()).isEqualTo(noLoopback);
    assertThat(o.toBuilder().timeout(CheckOptions.defaults().timeout()).build())
        .isEqualTo(
            CheckOptions.defaults().toBuilder().accept(o.accept()).addresses(noLoopback).build());
    assertThat(o.toBuilder().build()).isEqualTo(o);
  }

  @Test
  void theHeadersAreCopied() {
    List<Header> headers = new java.util.ArrayList<>(List.of(Header.parse("X-A: 1")));
    CheckOptions o = CheckOptions.builder().headers(headers).build();
    headers.clear();

    assertThat(o.headers()).hasSize(1);
  }

  @Test
  void secondsAndByteSizesAreReadAsOnTheCommandLine() {
    assertThat(Quantities.seconds("0.3")).isEqualTo(Duration.ofMillis(300));
    assertThat(Quantities.seconds(CheckOptions.Defaults.TIMEOUT)).isEqualTo(Duration.ofSeconds(10));
    assertThat(Quantities.bytes("512KiB")).isEqualTo(512L * 1024);
    assertThat(Quantities.bytes("10 mb")).isEqualTo(10L * 1024 * 1024);
    assertThat(Quantities.bytes("500000")).isEqualTo(500_000);
    assertThatThrownBy(() -> Quantities.seconds("-1"))
        .hasMessage("'-1' is negative or not a number");
    assertThatThrownBy(() -> Quantities.seconds("ten"))
        .hasMessage("'ten' is not a number of seconds");
    assertThatThrownBy(() -> Quantities.bytes("10 parsecs"))
        .hasMessage("'10 parsecs' is not a size in bytes (e.g. 500000, 512KiB, 10MiB)");
  }
}
