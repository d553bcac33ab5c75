package dev.linkcheck.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.linkcheck.model.Outcome;
import dev.linkcheck.model.Target;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Per-host and total limits, measured by servers that count the requests they hold. */
class ConcurrencyTest {

  /** A loopback server on {@code address} answering 200 after {@code latency}, counting. */
  static final class CountingServer implements AutoCloseable {
    final HttpServer server;
    final AtomicInteger inFlight = new AtomicInteger();
    final AtomicInteger maxInFlight = new AtomicInteger();
    final AtomicInteger requests = new AtomicInteger();
    final ConcurrentHashMap<String, String> headers = new ConcurrentHashMap<>();

    CountingServer(String address, Duration latency) throws Exception {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(address), 0), 200);
      server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
      server.createContext(
          "/",
          exchange -> {
            int now = inFlight.incrementAndGet();
            maxInFlight.accumulateAndGet(now, Math::max);
            requests.incrementAndGet();
            exchange
                .getRequestHeaders()
                .forEach((k, v) -> headers.put(k.toLowerCase(), v.getFirst()));
            try {
              Thread.sleep(latency);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            } finally {
              // Before answering: the client may send its next request as soon as it has the
              // answer, possibly before this handler would get to count down after sending it.
              inFlight.decrementAndGet();
            }
            try (exchange) {
              String path = exchange.getRequestURI().getPath();
              if (path.startsWith("/to/")) {
                exchange.getResponseHeaders().add("Location", "http://" + path.substring(4) + "/");
                exchange.sendResponseHeaders(302, -1);
              } else {
                exchange.sendResponseHeaders(200, -1);
              }
            }
          });
      server.start();
    }

    String url(String host, String path) {
      return "http://" + host + ":" + server.getAddress().getPort() + path;
    }

    @Override
    public void close() {
      server.stop(0);
    }
  }

  private final List<AutoCloseable> open = new ArrayList<>();

  @AfterEach
  void closeAll() throws Exception {
    for (AutoCloseable c : open) {
      c.close();
    }
  }

  private Checker checker(int total, int perHost, List<Header> headers) {
    Checker c =
        new Checker(
            CheckOptions.builder()
                .timeout(Duration.ofSeconds(5))
                .maxRetries(0)
                .retryWait(Duration.ofMillis(10))
                .maxRedirects(5)
                .maxConcurrency(total)
                .hostConcurrency(perHost)
                .headers(headers)
                .userAgent("t")
                .build());
    open.add(c);
    return c;
  }

  private CountingServer server(String address, Duration latency) throws Exception {
    CountingServer s = new CountingServer(address, latency);
    open.add(s);
    return s;
  }

  @Test
  void neverMoreThanHostConcurrencyRequestsInFlightPerHost() throws Exception {
    CountingServer s = server("127.0.0.1", Duration.ofMillis(50));
    Checker checker = checker(128, 3, List.of());

    List<Outcome> outcomes = checkAll(checker, s, "host-a.test", 50);

    assertThat(outcomes).allMatch(o -> o.equals(new Outcome.Ok(200)));
    assertThat(s.maxInFlight.get()).isEqualTo(3);
    assertThat(s.requests.get()).isEqualTo(50);
  }

  @Test
  void neverMoreThanMaxConcurrencyInFlightInTotal() throws Exception {
    CountingServer a = server("127.0.0.1", Duration.ofMillis(50));
    CountingServer b = server("127.0.0.2", Duration.ofMillis(50));
    Checker checker = checker(4, 8, List.of());

    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<?>> all = new ArrayList<>();
      for (int i = 0; i < 30; i++) {
        String ua = a.url("host-a.test", "/" + i);
        String ub = b.url("host-b.test", "/" + i);
        all.add(pool.submit(() -> checker.check(new Target.Remote(URI.create(ua)))));
        all.add(pool.submit(() -> checker.check(new Target.Remote(URI.create(ub)))));
      }
      for (Future<?> f : all) {
        f.get();
      }
    }

    assertThat(a.maxInFlight.get() + b.maxInFlight.get()).isLessThanOrEqualTo(8);
    assertThat(a.maxInFlight.get()).isLessThanOrEqualTo(4);
    assertThat(b.maxInFlight.get()).isLessThanOrEqualTo(4);
  }

  @Test
  void aSlowHostDoesNotHoldUpAnother() throws Exception {
    CountingServer slow = server("127.0.0.1", Duration.ofMillis(400));
    CountingServer fast = server("127.0.0.2", Duration.ofMillis(1));
    Checker checker = checker(128, 2, List.of());

    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int i = 0; i < 20; i++) {
        String u = slow.url("host-a.test", "/" + i);
        pool.submit(() -> checker.check(new Target.Remote(URI.create(u))));
      }
      Thread.sleep(100);
      long start = System.nanoTime();
      List<Outcome> fastOutcomes = checkAll(checker, fast, "host-b.test", 20);
      long fastMs = (System.nanoTime() - start) / 1_000_000;

      assertThat(fastOutcomes).allMatch(o -> o.equals(new Outcome.Ok(200)));
      // 20 slow requests need 10 × 400 ms on their host; the other host is done long before.
      assertThat(fastMs).isLessThan(2000);
      assertThat(slow.requests.get()).isLessThan(20);
    }
  }

  @Test
  void aScopedHeaderGoesToItsHostOnlyAndNotAcrossARedirect() throws Exception {
    CountingServer a = server("127.0.0.1", Duration.ZERO);
    CountingServer b = server("127.0.0.2", Duration.ZERO);
    Checker checker =
        checker(8, 8, List.of(Header.parse("host-a.test: Authorization: Bearer secret")));
    String target = "host-b.test:" + b.server.getAddress().getPort();

    checker.check(new Target.Remote(URI.create(a.url("host-a.test", "/to/" + target))));

    assertThat(a.headers).containsEntry("authorization", "Bearer secret");
    assertThat(b.requests.get()).isPositive();
    assertThat(b.headers).doesNotContainKey("authorization");
  }

  private static List<Outcome> checkAll(Checker checker, CountingServer s, String host, int n)
      throws Exception {
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<Outcome>> futures = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        String u = s.url(host, "/" + i);
        futures.add(pool.submit(() -> checker.check(new Target.Remote(URI.create(u))).outcome()));
      }
      List<Outcome> outcomes = new ArrayList<>();
      for (Future<Outcome> f : futures) {
        outcomes.add(f.get());
      }
      return outcomes;
    }
  }
}
