package dev.linkcheck.check;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.linkcheck.model.Outcome;
import dev.linkcheck.model.Target;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A host's start places: scheduled checks beyond them wait as data, in order, and a check that
 * sleeps or queues behind the host's other URLs gives its place up meanwhile.
 */
class HostPlacesTest {

  /** Records what it is asked to run instead of running it. */
  private static final class Recorder implements Executor {
    final List<Runnable> started = new CopyOnWriteArrayList<>();

    @Override
    public void execute(Runnable task) {
      started.add(task);
    }
  }

  private static Runnable named(String name) {
    return new Runnable() {
      @Override
      public void run() {}

      @Override
      public String toString() {
        return name;
      }
    };
  }

  private static List<String> names(Recorder r) {
    return r.started.stream().map(Object::toString).toList();
  }

  // Two permits: four places with the spare ones.
  private final HostGates.Gate gate = new HostGates.Gate(2);
  private final Recorder executor = new Recorder();

  private void offer(String... names) {
    for (String n : names) {
      gate.offer(named(n), executor);
    }
  }

  @Test
  void checksBeyondTheHostsPlacesWaitAsDataAndStartInOrderAsPlacesFree() {
    offer("a", "b", "c", "d", "e", "f");

    assertThat(names(executor)).containsExactly("a", "b", "c", "d");
    // The two waiting count in the host's share of the work left.
    assertThat(gate.backlog()).isEqualTo(2);

    gate.giveUpPlace();
    assertThat(names(executor)).containsExactly("a", "b", "c", "d", "e");
    gate.giveUpPlace();
    gate.giveUpPlace();
    assertThat(names(executor)).containsExactly("a", "b", "c", "d", "e", "f");
    assertThat(gate.backlog()).isZero();
  }

  @Test
  void aCheckThatSleepsLendsItsPlaceAndTakesOneBackAfter() {
    offer("a", "b", "c", "d", "e", "f");

    gate.giveUpPlace();
    assertThat(names(executor)).endsWith("e");
    gate.takeBackPlace();
    // Five now hold places: the next ending frees none for f.
    gate.giveUpPlace();
    assertThat(names(executor)).doesNotContain("f");
    gate.giveUpPlace();
    assertThat(names(executor)).endsWith("f");
  }

  @Test
  void aCheckQueuedBehindWaitsForEveryUrlQueuedBeforeItToStart() throws Exception {
    offer("a", "b", "c", "d", "e", "f");
    CompletableFuture<Void> behind =
        CompletableFuture.runAsync(
            () -> {
              try {
                gate.queueBehind();
              } catch (InterruptedException e) {
                throw new IllegalStateException(e);
              }
            });

    // Its place went to e at once; f is still ahead of it.
    waitUntil(() -> names(executor).contains("e"));
    assertThat(behind).isNotDone();
    gate.giveUpPlace();
    assertThat(names(executor)).endsWith("f");
    assertThat(behind).isNotDone();
    gate.giveUpPlace();
    behind.get(5, TimeUnit.SECONDS);
  }

  @Test
  void queueingBehindNothingGoesOnAtOnce() throws Exception {
    offer("a");

    gate.queueBehind();
    assertThat(names(executor)).containsExactly("a");
  }

  @Test
  void anInterruptedWaitBehindGivesItsTurnToTheNext() throws Exception {
    offer("a", "b", "c", "d", "e", "f");
    Thread waiter =
        Thread.ofVirtual()
            .start(
                () -> {
                  try {
                    gate.queueBehind();
                  } catch (InterruptedException e) {
                    // expected
                  }
                });
    waitUntil(() -> names(executor).contains("e"));
    waiter.interrupt();
    waiter.join(5_000);
    offer("g");

    gate.giveUpPlace();
    gate.giveUpPlace();
    // f, then g: the interrupted check lost its turn instead of swallowing a place.
    assertThat(names(executor)).endsWith("f", "g");
  }

  private static void waitUntil(java.util.function.BooleanSupplier condition)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("in time").isLessThan(deadline);
      Thread.sleep(1);
    }
  }

  @Test
  void aHostsScheduledChecksRunOnAtMostItsPlacesOfThreadsAtOnce() throws Exception {
    WireMockServer server =
        new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort());
    server.start();
    server.stubFor(any(urlPathMatching("/page/.*")).willReturn(aResponse().withFixedDelay(20)));
    AtomicInteger running = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    List<Outcome> outcomes = new CopyOnWriteArrayList<>();
    int urls = 60;
    CountDownLatch ended = new CountDownLatch(urls);
    try (Checker checker =
            new Checker(
                CheckOptions.builder().hostConcurrency(2).userAgent("linkcheck-test").build());
        ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int i = 0; i < urls; i++) {
        Target.Remote page = new Target.Remote(URI.create(server.baseUrl() + "/page/" + i));
        checker.schedule(
            page,
            () -> {
              most.accumulateAndGet(running.incrementAndGet(), Math::max);
              try {
                outcomes.add(checker.check(page).outcome());
              } finally {
                running.decrementAndGet();
                ended.countDown();
              }
            },
            threads);
      }
      assertThat(ended.await(60, TimeUnit.SECONDS)).isTrue();
    } finally {
      server.stop();
    }

    assertThat(outcomes).hasSize(urls).containsOnly(new Outcome.Ok(200));
    assertThat(most.get()).isLessThanOrEqualTo(2 + HostGates.SPARE_PLACES);
  }
}
