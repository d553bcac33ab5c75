package dev.linkcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.linkcheck.check.Checker;
import java.io.BufferedWriter;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Memory, file descriptors and secrets, measured on a real linkcheck process. */
class ResourceBoundsTest {

  @TempDir Path dir;

  private static String run(Process p, int seconds) throws Exception {
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(seconds, TimeUnit.SECONDS)).as("finished in time").isTrue();
    return out;
  }

  @Test
  void oneMillionUniqueLinksStayUnderAGigabyteOfHeap() throws Exception {
    Path input = dir.resolve("urls.txt");
    try (BufferedWriter w = Files.newBufferedWriter(input)) {
      for (int i = 0; i < 1_000_000; i++) {
        w.write("https://example.com/page/" + i + "\n");
      }
    }
    Path gcLog = dir.resolve("gc.log");

    // The heap is capped at 1 GB and running out of it ends the process: exit 0 is the proof.
    Process p =
        Subprocess.builder(
                dir,
                List.of("-Xmx1g", "-XX:+ExitOnOutOfMemoryError", "-Xlog:gc:file=" + gcLog),
                "--exclude",
                "example\\.com",
                "--format",
                "ndjson",
                "--output",
                "report.ndjson",
                "urls.txt")
            .redirectErrorStream(true)
            .start();
    String output = run(p, 180);

    assertThat(p.exitValue()).as(output).isZero();
    try (Stream<String> lines = Files.lines(dir.resolve("report.ndjson"))) {
      assertThat(lines.count()).isEqualTo(1_000_001);
    }
    long peakMb = peakHeapAfterGcMb(Files.readString(gcLog));
    System.out.println("1,000,000 links: peak heap after GC " + peakMb + " MB");
    assertThat(peakMb).isLessThan(1024);
  }

  /** The largest heap occupancy right after a collection, from {@code -Xlog:gc} lines. */
  private static long peakHeapAfterGcMb(String log) {
    Matcher m = Pattern.compile("->(\\d+)M\\(").matcher(log);
    long peak = 0;
    while (m.find()) {
      peak = Math.max(peak, Long.parseLong(m.group(1)));
    }
    assertThat(peak).as("the GC log has collections").isPositive();
    return peak;
  }

  @Test
  void openSocketsStayBoundedByConcurrencyNotByTheNumberOfHosts() throws Exception {
    // Bound to every address so that 127.0.x.y are 5,000 different hosts; only loopback peers
    // are answered.
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getByName("0.0.0.0"), 0), 512);
    AtomicInteger requests = new AtomicInteger();
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      server.setExecutor(pool);
      server.createContext(
          "/",
          exchange -> {
            if (!exchange.getRemoteAddress().getAddress().isLoopbackAddress()) {
              exchange.close();
              return;
            }
            requests.incrementAndGet();
            try {
              Thread.sleep(5);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
          });
      server.start();
      int port = server.getAddress().getPort();
      StringBuilder urls = new StringBuilder();
      for (int i = 0; i < 5000; i++) {
        urls.append("http://127.0.").append(1 + i / 250).append('.').append(1 + i % 250);
        urls.append(':').append(port).append("/\n");
      }
      Files.writeString(dir.resolve("hosts.txt"), urls);
      int concurrency = 32;

      Process p =
          Subprocess.builder(
                  dir,
                  "--max-concurrency",
                  Integer.toString(concurrency),
                  "--format",
                  "json",
                  "--output",
                  "report.json",
                  "hosts.txt")
              .redirectErrorStream(true)
              .redirectOutput(dir.resolve("console.txt").toFile())
              .start();
      int maxSockets = 0;
      int maxFds = 0;
      while (p.isAlive()) {
        List<String> fds = openFds(p.pid());
        maxFds = Math.max(maxFds, fds.size());
        maxSockets =
            Math.max(maxSockets, (int) fds.stream().filter(f -> f.startsWith("socket:")).count());
        Thread.sleep(5);
      }
      assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
      server.stop(0);

      assertThat(p.exitValue()).as(Files.readString(dir.resolve("console.txt"))).isZero();
      JsonNode summary =
          new ObjectMapper().readTree(dir.resolve("report.json").toFile()).get("summary");
      assertThat(summary.get("ok").asInt()).isEqualTo(5000);
      assertThat(requests.get()).isEqualTo(5000);
      System.out.println("5,000 hosts: at most " + maxSockets + " sockets, " + maxFds + " fds");
      // requests in flight (at most --max-concurrency), HttpClient's idle keep-alive pool (a
      // multiple of --max-concurrency, see Checker) and the few its selector is still closing: not
      // the number of hosts
      assertThat(maxSockets)
          .as("sockets seen")
          .isGreaterThanOrEqualTo(concurrency / 2)
          .isLessThanOrEqualTo(concurrency + Checker.idleConnections(concurrency) + 32);
    }
  }

  /** What each open file descriptor of {@code pid} points to; fds closing meanwhile are skipped. */
  private static List<String> openFds(long pid) {
    Path fdDir = Path.of("/proc/" + pid + "/fd");
    try (Stream<Path> fds = Files.list(fdDir)) {
      return fds.map(
              fd -> {
                try {
                  return Files.readSymbolicLink(fd).toString();
                } catch (IOException e) {
                  return "closed";
                }
              })
          .toList();
    } catch (IOException e) {
      return List.of();
    }
  }
}
