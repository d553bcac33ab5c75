package dev.linkcheck.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class HostGatesTest {

  private static HostGates.Gate gate(int permits) {
    return new HostGates(permits).of(URI.create("http://127.0.0.1:1/"));
  }

  /** Starts {@code enter} on its own thread; the future holds how long the pause held it. */
  private static Entering enter(HostGates.Gate gate) {
    CompletableFuture<Duration> held = new CompletableFuture<>();
    Thread t =
        Thread.ofPlatform()
            .start(
                () -> {
                  try {
                    held.complete(gate.enter(false));
                  } catch (Throwable e) {
                    held.completeExceptionally(e);
                  }
                });
    return new Entering(t, held);
  }

  private record Entering(Thread thread, CompletableFuture<Duration> held) {
    /** Waits (bounded) until the thread blocks in {@code state}: sleeping, or parked. */
    void awaitState(Thread.State state) throws InterruptedException {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (thread.getState() != state) {
        assertThat(System.nanoTime()).as("thread reaches %s", state).isLessThan(deadline);
        Thread.sleep(1);
      }
    }
  }

  @Test
  void enteringSaysHowLongAPauseOfTheHostHeldTheRequest() throws Exception {
    HostGates.Gate gate = gate(2);

    assertThat(gate.enter(false)).isZero();
    gate.leave();

    gate.pause(Duration.ofMillis(150), "Retry-After");
    Duration held = gate.enter(false);
    gate.leave();

    assertThat(held).isPositive().isLessThanOrEqualTo(Duration.ofMillis(150));
    assertThat(gate.reason()).isEqualTo("Retry-After");
  }

  @Test
  void aRequestWaitingOutAPauseHoldsNoPermit() throws Exception {
    HostGates.Gate gate = gate(1);
    gate.pause(Duration.ofMillis(1500), "X-RateLimit-Reset");

    Entering waiting = enter(gate);
    waiting.awaitState(Thread.State.TIMED_WAITING);

    // Sleeping through the pause, the request has not taken the host's only permit.
    assertThat(gate.freePermits()).isEqualTo(1);
    assertThat(waiting.held().get(10, TimeUnit.SECONDS)).isPositive();
    assertThat(gate.freePermits()).isZero();
    gate.leave();
    assertThat(gate.freePermits()).isEqualTo(1);
  }

  @Test
  void aPauseSetWhileARequestQueuesForAPermitSendsItBackWithoutThePermit() throws Exception {
    HostGates.Gate gate = gate(1);
    assertThat(gate.enter(false)).isZero();
    Entering queued = enter(gate);
    queued.awaitState(Thread.State.WAITING);

    gate.pause(Duration.ofMillis(1500), "RateLimit");
    gate.leave();
    queued.awaitState(Thread.State.TIMED_WAITING);

    // Handed the permit, it saw the pause, gave the permit back and sleeps without it.
    assertThat(gate.freePermits()).isEqualTo(1);
    assertThat(queued.held().get(10, TimeUnit.SECONDS)).isPositive();
    assertThat(gate.freePermits()).isZero();
    gate.leave();
  }

  @Test
  void remainingIsWhatIsLeftOfThePause() {
    HostGates.Gate gate = gate(1);
    assertThat(gate.remaining()).isZero();

    gate.pause(Duration.ofSeconds(30), "Retry-After");
    gate.pause(Duration.ofSeconds(1), "429 back-off");

    assertThat(gate.remaining())
        .isGreaterThan(Duration.ofSeconds(20))
        .isLessThanOrEqualTo(Duration.ofSeconds(30));
    // The shorter pause neither shortened it nor took over its reason.
    assertThat(gate.reason()).isEqualTo("Retry-After");
  }
}
