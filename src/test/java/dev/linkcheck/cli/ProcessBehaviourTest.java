package dev.linkcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.linkcheck.io.Fifos;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What only a real process shows: signals, exit codes, terminals. */
class ProcessBehaviourTest {

  @TempDir Path dir;
  private ServerSocket server;
  private final List<Socket> accepted = new ArrayList<>();

  /** A server that answers /ok at once and never answers anything else. */
  @BeforeEach
  void start() throws IOException {
    server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread.ofVirtual()
        .start(
            () -> {
              while (!server.isClosed()) {
                try {
                  Socket s = server.accept();
                  synchronized (accepted) {
                    accepted.add(s);
                  }
                  Thread.ofVirtual().start(() -> answer(s));
                } catch (IOException e) {
                  return;
                }
              }
            });
  }

  private static void answer(Socket s) {
    try {
      InputStream in = s.getInputStream();
      StringBuilder head = new StringBuilder();
      int c;
      while ((c = in.read()) >= 0) {
        head.append((char) c);
        if (head.toString().endsWith("\r\n\r\n")) {
          if (head.toString().contains(" /ok ")) {
            s.getOutputStream()
                .write(
                    "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n"
                        .getBytes(StandardCharsets.US_ASCII));
            s.getOutputStream().flush();
            head.setLength(0);
          }
        }
      }
    } catch (IOException e) {
      // the client went away
    }
  }

  @AfterEach
  void stop() throws IOException {
    server.close();
    synchronized (accepted) {
      for (Socket s : accepted) {
        s.close();
      }
    }
  }

  private String url(String path) {
    return "http://127.0.0.1:" + server.getLocalPort() + path;
  }

  @Test
  void sigtermWritesTheReportOfWhatFinishedMarkedInterruptedAndExits130() throws Exception {
    // The quick link is a local file, decided before the next link is even looked at: once the
    // hanging request is in, it has finished, with no sleep to guess when.
    Files.writeString(dir.resolve("b.md"), "# B\n");
    Files.writeString(dir.resolve("a.md"), "[ok](b.md) [hang](" + url("/hang") + ")\n");
    Path report = dir.resolve("report.json");

    String output =
        interruptedOnceTheHangingRequestIsIn(
            null, "--format", "json", "--output", report.toString(), "--timeout", "60", "a.md");

    assertThat(output).contains("interrupted");
    JsonNode root = new ObjectMapper().readTree(report.toFile());
    assertThat(root.at("/summary/interrupted").asBoolean()).isTrue();
    assertThat(root.at("/summary/ok").asInt()).isEqualTo(1);
    assertThat(root.at("/results/0/url").asText()).isEqualTo("b.md");
    assertThat(dir.toFile().list()).containsExactlyInAnyOrder("a.md", "b.md", "report.json");
  }

  @Test
  void anInterruptedRunStillStoresTheVerdictsItHasInTheCache() throws Exception {
    Files.writeString(
        dir.resolve("a.md"), "[ok](" + url("/ok") + ") [hang](" + url("/hang") + ")\n");

    // Streamed, so the quick verdict's line shows when it is decided (and cached).
    Process p =
        Subprocess.builder(dir, "--cache", "--format", "ndjson", "--timeout", "60", "a.md")
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    sigtermOnceALineNames(p, url("/ok"));

    assertThat(p.exitValue()).isEqualTo(130);
    List<String> cache = Files.readAllLines(dir.resolve(".linkcheck-cache"));
    assertThat(cache.getFirst()).isEqualTo("linkcheck-cache 1");
    assertThat(cache).anyMatch(l -> l.endsWith("\tok\t200\t" + url("/ok")));
    assertThat(cache).noneMatch(l -> l.contains("/hang"));
  }

  @Test
  void anInterruptedReportTheOutputFileCannotTakeIsOneLineNamingOutput() throws Exception {
    Files.writeString(dir.resolve("a.md"), "[hang](" + url("/hang") + ")\n");
    Path full = Fifos.fullDevice(dir.resolve("full"));

    String output =
        interruptedOnceTheHangingRequestIsIn(
            null, "--format", "json", "--output", full.toString(), "--timeout", "60", "a.md");

    // The same line as when a run that ends cannot write it, and "cannot write" said once.
    assertThat(output)
        .isEqualTo(
            "linkcheck: interrupted, reporting what finished\n"
                + "linkcheck: --output: cannot write "
                + full
                + ": No space left on device\n");
    assertThat(Fifos.isSpecial(full)).isTrue();
  }

  @Test
  void anInterruptedReportLostOnStandardOutputIsSaid() throws Exception {
    Files.writeString(dir.resolve("a.md"), "[hang](" + url("/hang") + ")\n");
    Path full = Fifos.fullDevice(dir.resolve("full"));

    String stderr =
        interruptedOnceTheHangingRequestIsIn(
            ProcessBuilder.Redirect.to(full.toFile()), "--timeout", "60", "a.md");

    assertThat(stderr)
        .isEqualTo(
            "linkcheck: interrupted, reporting what finished\n"
                + "linkcheck: cannot write to standard output: No space left on device\n");
  }

  @Test
  void sigintOnStdoutPrintsTheInterruptedTextReport() throws Exception {
    Files.writeString(dir.resolve("a.md"), "[hang](" + url("/hang") + ")\n");

    Process p = Subprocess.builder(dir, "--timeout", "60", "a.md").start();
    waitForRequests(1);
    new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor();

    assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.exitValue()).isEqualTo(130);
    // The hanging URL was seen, not decided: counted as unique, under no outcome.
    assertThat(out).contains("1 link (1 unique)", "interrupted");
  }

  @Test
  void progressLineIsDrawnOnATerminalButNotIntoAPipe() throws Exception {
    assumeThat(Path.of("/usr/bin/script")).exists();
    Files.writeString(dir.resolve("a.md"), "[ok](" + url("/ok") + ")\n");
    String command =
        Subprocess.command("a.md").stream()
            .map(Subprocess::shellQuote)
            .collect(Collectors.joining(" "));

    // script(1) runs the command on a pseudo-terminal; its transcript is what a user would see.
    Process tty =
        new ProcessBuilder("script", "-q", "-e", "-c", command, "/dev/null")
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .start();
    String onTerminal = new String(tty.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(tty.waitFor(60, TimeUnit.SECONDS)).isTrue();

    Process piped = Subprocess.builder(dir, "a.md").start();
    String stderr = new String(piped.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(piped.waitFor(60, TimeUnit.SECONDS)).isTrue();

    assertThat(onTerminal)
        .containsPattern("\\[[#.]{20}\\] checked \\d+/\\d+, \\d+ failed, \\d+/s")
        .contains("1 link (1 unique)");
    assertThat(stderr).doesNotContain("checked ");
  }

  @Test
  void aKilledRunLeavesThePreviousReportWhole() throws Exception {
    Files.writeString(dir.resolve("a.md"), "[hang](" + url("/hang") + ")\n");
    Path report = dir.resolve("report.json");
    Files.writeString(report, "{\"previous\": true}\n");

    Process p =
        Subprocess.builder(
                dir, "--format", "json", "--output", report.toString(), "--timeout", "60", "a.md")
            .start();
    waitForRequests(1);
    p.destroyForcibly(); // SIGKILL: no handler runs, the report is never renamed into place

    assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
    assertThat(Files.readString(report)).isEqualTo("{\"previous\": true}\n");
  }

  @Test
  void sigtermDuringAStreamedReportCompletesItWithTheInterruptedSummary() throws Exception {
    Files.writeString(dir.resolve("b.md"), "# B\n");
    Files.writeString(dir.resolve("a.md"), "[ok](b.md) [hang](" + url("/hang") + ")\n");
    Path report = dir.resolve("report.ndjson");

    Process p =
        Subprocess.builder(
                dir, "--format", "ndjson", "--output", report.toString(), "--timeout", "60", "a.md")
            .start();
    sigtermOnceTheHangingRequestIsIn(p);

    assertThat(p.exitValue()).isEqualTo(130);
    List<String> lines = Files.readAllLines(report);
    ObjectMapper json = new ObjectMapper();
    assertThat(json.readTree(lines.getFirst()).get("url").asText()).isEqualTo("b.md");
    assertThat(json.readTree(lines.getLast()).at("/summary/interrupted").asBoolean()).isTrue();
    assertThat(dir.toFile().list()).containsExactlyInAnyOrder("a.md", "b.md", "report.ndjson");
  }

  /**
   * Runs linkcheck with {@code args}, its stderr going to a console file, and its stdout to {@code
   * stdout} (null: the console too), sends SIGTERM once the hanging request is in, and returns what
   * the console got, once the process has exited 130.
   */
  private String interruptedOnceTheHangingRequestIsIn(
      ProcessBuilder.Redirect stdout, String... args) throws Exception {
    Path console = Files.createTempFile("linkcheck-console", ".txt");
    try {
      ProcessBuilder b = Subprocess.builder(dir, args);
      if (stdout == null) {
        b.redirectErrorStream(true).redirectOutput(console.toFile());
      } else {
        b.redirectOutput(stdout).redirectError(console.toFile());
      }
      Process p = b.start();
      sigtermOnceTheHangingRequestIsIn(p);
      String output = Files.readString(console);
      assertThat(p.exitValue()).as(output).isEqualTo(130);
      return output;
    } finally {
      Files.delete(console);
    }
  }

  /** Sends SIGTERM once the hanging request is in, and waits for the process to end. */
  private void sigtermOnceTheHangingRequestIsIn(Process p) throws InterruptedException {
    waitForRequests(1);
    sigterm(p);
    assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
  }

  /**
   * Sends SIGTERM once the process's streamed (NDJSON) standard output has a result for {@code
   * url}, and waits for the process to end. A verdict is cached before its line is written, so that
   * line is the outside sign that the cache holds it. Standard output is drained to its end
   * meanwhile: a reader that went away would end the run as a broken pipe, not as an interrupt.
   */
  private static void sigtermOnceALineNames(Process p, String url) throws Exception {
    CompletableFuture<String> line = new CompletableFuture<>();
    Thread.ofVirtual()
        .start(
            () -> {
              try (BufferedReader out =
                  new BufferedReader(
                      new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String l = out.readLine(); l != null; l = out.readLine()) {
                  if (l.contains("\"url\":\"" + url + "\"")) {
                    line.complete(l);
                  }
                }
                line.completeExceptionally(new AssertionError("no result for " + url));
              } catch (IOException e) {
                line.completeExceptionally(e);
              }
            });
    assertThat(line.get(30, TimeUnit.SECONDS)).contains("\"status\":\"ok\"");
    sigterm(p);
    assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
  }

  /**
   * SIGTERM, with the test's ends of the process's pipes left open: {@link Process#destroy} also
   * closes them, so the interrupted report would meet a closed stdout (exit 141) whenever it is
   * written after that.
   */
  private static void sigterm(Process p) {
    p.toHandle().destroy();
  }

  private void waitForRequests(int n) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < deadline) {
      synchronized (accepted) {
        if (accepted.size() >= n) {
          return;
        }
      }
      Thread.sleep(20);
    }
    throw new AssertionError("linkcheck never connected");
  }
}
