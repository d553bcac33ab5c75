package dev.linkcheck.bench;

import dev.linkcheck.extract.Extractor;
import dev.linkcheck.model.Document;
import dev.linkcheck.model.DocumentType;
import dev.linkcheck.model.Link;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Markdown extraction throughput on one thread (JMH): a docs tree of the README and generated pages
 * mixing prose, lists, code, tables and every link syntax. {@link #main} prints MB/s, the figure
 * the README quotes. State is per benchmark thread.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class MarkdownExtractionBenchmark {

  private static final String PROSE =
      "Linkcheck reads every file of the tree once, on one thread, while the network checks run"
          + " beside it. *Emphasis*, **strong text**, `inline code`, and a footnote[^1] appear"
          + " in ordinary documentation, as do long paragraphs that hold no link at all.\n\n"
          + "- a list item\n- another item with `code`\n  - a nested item\n\n"
          + "```java\nint x = 1; // http://example.invalid/in-code is no link\n```\n\n"
          + "[^1]: A footnote.\n\n";

  List<Document> documents;
  long bytes;

  @Setup
  public void setUp() throws IOException {
    documents = new ArrayList<>();
    Path readme = Path.of("README.md");
    if (Files.exists(readme)) {
      documents.add(document("README.md", Files.readString(readme)));
    }
    Random rnd = new Random(42);
    for (int page = 0; page < 40; page++) {
      List<String> links = new ArrayList<>();
      for (int i = 0; i < 50; i++) {
        links.add("https://host-" + rnd.nextInt(500) + ".example.org/docs/page-" + i + ".html");
      }
      String md = MarkdownPage.render(page, links, "http://example.invalid/x", rnd);
      documents.add(document("p" + page + ".md", md + PROSE.repeat(12)));
    }
    bytes = 0;
    for (Document d : documents) {
      bytes += d.content().getBytes(StandardCharsets.UTF_8).length;
    }
  }

  private static Document document(String name, String content) {
    return new Document(name, Path.of(name), DocumentType.MARKDOWN, content);
  }

  /** One operation extracts the whole tree. */
  @Benchmark
  public void extractTree(Blackhole bh) {
    Extractor extractor = Extractor.forType(DocumentType.MARKDOWN);
    for (Document d : documents) {
      List<Link> links = extractor.extract(d);
      bh.consume(links);
    }
  }

  /**
   * Runs the benchmark and prints its throughput in MB of UTF-8 Markdown per second of wall time
   * (JMH), then per second of this thread's CPU time, which a machine busy with other work does not
   * distort: the "one core" figure.
   */
  public static void main(String[] args) throws Exception {
    MarkdownExtractionBenchmark sizing = new MarkdownExtractionBenchmark();
    sizing.setUp();
    if (args.length == 0 || !args[0].equals("--cpu-only")) {
      jmh(sizing);
    }
    cpuTime(sizing);
  }

  private static void cpuTime(MarkdownExtractionBenchmark tree) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Blackhole bh =
        new Blackhole(
            "Today's password is swordfish. I understand instantiating Blackholes directly is"
                + " dangerous.");
    long warmUntil = System.nanoTime() + 10_000_000_000L;
    while (System.nanoTime() < warmUntil) {
      tree.extractTree(bh);
    }
    int ops = 0;
    long cpu0 = threads.getCurrentThreadCpuTime();
    long wall0 = System.nanoTime();
    while (threads.getCurrentThreadCpuTime() - cpu0 < 10_000_000_000L) {
      tree.extractTree(bh);
      ops++;
    }
    double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
    double wall = (System.nanoTime() - wall0) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "Markdown extraction: %.1f MB per CPU second on one thread (%d operations in %.1f s of"
            + " CPU, %.1f s of wall time)%n",
        ops * tree.bytes / 1e6 / cpu,
        ops,
        cpu,
        wall);
  }

  private static void jmh(MarkdownExtractionBenchmark sizing) throws Exception {
    var options =
        new OptionsBuilder().include(MarkdownExtractionBenchmark.class.getName() + ".*").build();
    for (RunResult r : new Runner(options).run()) {
      double opsPerSecond = r.getPrimaryResult().getScore();
      double error = r.getPrimaryResult().getScoreError();
      System.out.printf(
          Locale.ROOT,
          "Markdown extraction: %.1f MB/s ± %.1f on one thread (%d documents, %.2f MB per"
              + " operation, %.1f ops/s)%n",
          opsPerSecond * sizing.bytes / 1e6,
          error * sizing.bytes / 1e6,
          sizing.documents.size(),
          sizing.bytes / 1e6,
          opsPerSecond);
    }
  }
}
