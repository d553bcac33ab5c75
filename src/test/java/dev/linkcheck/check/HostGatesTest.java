package dev.linkcheck.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class HostGatesTest {

  @Test
  void enteringSaysHowLongAPauseOfTheHostHeldTheRequest() throws Exception {
    HostGates gates = new HostGates(2);
    HostGates.Gate gate = gates.of(URI.create("http://127.0.0.1:1/"));

    assertThat(gate.enter(false)).isZero();
    gate.leave();

    gate.pause(Duration.ofMillis(150));
    Duration held = gate.enter(false);
    gate.leave();

    assertThat(held).isPositive().isLessThanOrEqualTo(Duration.ofMillis(150));
  }
}
