package dev.linkcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linkcheck.collect.CollectOptions;
import dev.linkcheck.collect.Collector;
import dev.linkcheck.collect.Source;
import dev.linkcheck.model.CheckResult;
import dev.linkcheck.model.DocumentType;
import dev.linkcheck.model.Location;
import dev.linkcheck.model.Outcome;
import dev.linkcheck.model.Target;
import dev.linkcheck.report.ReportEntry;
import dev.linkcheck.resolve.LinkRewriter;
import dev.linkcheck.resolve.ResolveOptions;
import dev.linkcheck.resolve.TargetResolver;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pipeline on its own, with stand-in check functions: each unique target checked once, each
 * result published exactly once with every place it is written, remote fragments of a page decided
 * together after extraction, and a snapshot that holds only what is decided.
 */
@Timeout(30)
class PipelineTest {

  @TempDir Path dir;

  private final List<ReportEntry> published = Collections.synchronizedList(new ArrayList<>());
  private final Map<String, AtomicInteger> checks = new ConcurrentHashMap<>();

  private Function<Target, CheckResult> counting() {
    return target -> {
      checks.computeIfAbsent(target.key(), k -> new AtomicInteger()).incrementAndGet();
      return new CheckResult(target.key(), new Outcome.Ok(200), 0);
    };
  }

  private static final BiFunction<Target, List<String>, List<CheckResult>> NO_FRAGMENTS =
      (page, fragments) -> {
        throw new AssertionError("no fragment expected: " + fragments);
      };

  private Pipeline pipeline(
      Function<Target, CheckResult> checker,
      BiFunction<Target, List<String>, List<CheckResult>> fragments) {
    Collector collector =
        new Collector(
            new CollectOptions(
                Set.of("md"),
                false,
                List.of(),
                DocumentType.MARKDOWN,
                () -> new ByteArrayInputStream(new byte[0]),
                dir));
    TargetResolver resolver =
        new TargetResolver(
            new ResolveOptions(null, List.of(), List.of(), false, dir, true, true, List.of()));
    return new Pipeline(
        collector,
        new LinkRewriter(List.of(), null),
        resolver,
        checker,
        fragments,
        Pipeline.Starter.AT_ONCE,
        new ReportingDiagnostics(new PrintWriter(new StringWriter())),
        published::add);
  }

  private Source markdown(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content);
    return new Source(name, file, DocumentType.MARKDOWN);
  }

  @Test
  void eachUniqueTargetIsCheckedOnceAndPublishedOnceWithEveryPlaceItIsWritten() throws Exception {
    List<Source> sources =
        List.of(
            markdown("a.md", "[x](http://127.0.0.1:1/same)\n[y](http://127.0.0.1:1/other)\n"),
            markdown("b.md", "\n[z](http://127.0.0.1:1/same)\n"));
    Pipeline pipeline = pipeline(counting(), NO_FRAGMENTS);

    pipeline.run(sources);

    assertThat(checks).containsOnlyKeys("http://127.0.0.1:1/same", "http://127.0.0.1:1/other");
    assertThat(checks.values()).allSatisfy(n -> assertThat(n).hasValue(1));
    assertThat(published).hasSize(2);
    ReportEntry same =
        published.stream()
            .filter(e -> e.result().url().equals("http://127.0.0.1:1/same"))
            .findFirst()
            .orElseThrow();
    assertThat(same.sources())
        .containsExactlyInAnyOrder(new Location("a.md", 1, 1), new Location("b.md", 2, 1));
    assertThat(pipeline.unique()).isEqualTo(2);
    assertThat(pipeline.links()).isEqualTo(3);
    assertThat(pipeline.files()).isEqualTo(2);
    assertThat(pipeline.done()).isEqualTo(2);
  }

  @Test
  void aResultDecidedWhileInputsAreReadIsPublishedOnlyOnceItsLastPlaceIsKnown() throws Exception {
    // A local target is decided at once, on the extracting thread, before b.md is read.
    markdown("there.md", "# There\n");
    List<Source> sources =
        List.of(markdown("a.md", "[x](there.md)\n"), markdown("b.md", "[y](there.md)\n"));
    Pipeline pipeline = pipeline(counting(), NO_FRAGMENTS);

    pipeline.run(sources);

    assertThat(published).hasSize(1);
    assertThat(published.getFirst().sources())
        .containsExactlyInAnyOrder(new Location("a.md", 1, 1), new Location("b.md", 1, 1));
  }

  @Test
  void theFragmentsOfOneRemotePageAreDecidedTogetherAfterExtraction() throws Exception {
    List<List<String>> calls = Collections.synchronizedList(new ArrayList<>());
    BiFunction<Target, List<String>, List<CheckResult>> fragments =
        (page, names) -> {
          calls.add(names);
          return names.stream()
              .map(f -> new CheckResult(page.key(), new Outcome.Ok(200), 0, f))
              .toList();
        };
    List<Source> sources =
        List.of(
            markdown("a.md", "[x](http://127.0.0.1:1/p#one)\n"),
            markdown("b.md", "[y](http://127.0.0.1:1/p#two)\n[z](http://127.0.0.1:1/p#one)\n"));
    Pipeline pipeline = pipeline(counting(), fragments);

    pipeline.run(sources);

    assertThat(calls).containsExactly(List.of("one", "two"));
    assertThat(published).extracting(e -> e.result().fragment()).containsOnly("one", "two");
    assertThat(published).hasSize(2);
  }

  @Test
  void aSnapshotDuringTheRunHoldsOnlyDecidedTargets() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch slowStarted = new CountDownLatch(1);
    Function<Target, CheckResult> checker =
        target -> {
          if (target.key().endsWith("/slow")) {
            slowStarted.countDown();
            try {
              release.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }
          return new CheckResult(target.key(), new Outcome.Ok(200), 0);
        };
    List<Source> sources =
        List.of(markdown("a.md", "[x](http://127.0.0.1:1/slow)\n[y](http://127.0.0.1:1/fast)\n"));
    Pipeline pipeline = pipeline(checker, NO_FRAGMENTS);
    Thread run = Thread.ofVirtual().start(() -> runQuietly(pipeline, sources));

    assertThat(slowStarted.await(10, TimeUnit.SECONDS)).isTrue();
    // The fast target is decided on its own thread; wait for that event, not for a time.
    while (pipeline.done() < 1) {
      Thread.onSpinWait();
    }
    assertThat(pipeline.snapshot())
        .extracting(e -> e.result().url())
        .containsExactly("http://127.0.0.1:1/fast");
    release.countDown();
    run.join();

    assertThat(published)
        .extracting(e -> e.result().url())
        .containsExactlyInAnyOrder("http://127.0.0.1:1/fast", "http://127.0.0.1:1/slow");
  }

  private static void runQuietly(Pipeline pipeline, List<Source> sources) {
    try {
      pipeline.run(sources);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
