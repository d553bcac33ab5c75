package dev.linkcheck.cli;

import dev.linkcheck.check.Checker;
import dev.linkcheck.collect.Collector;
import dev.linkcheck.collect.Source;
import dev.linkcheck.report.HostStatsText;
import dev.linkcheck.report.Report;
import dev.linkcheck.report.ReportOutput;
import dev.linkcheck.report.Reporter;
import dev.linkcheck.report.Summary;
import dev.linkcheck.resolve.LinkRewriter;
import dev.linkcheck.resolve.TargetResolver;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One checking run: the pipeline, its progress line, and exactly one final report, written by the
 * run when it ends or, on SIGINT/SIGTERM, by the interruption handler with what finished so far.
 * Single use.
 */
final class CheckRun {

  /** The stages a run goes through, built from the options. */
  record Stages(
      Collector collector, LinkRewriter rewriter, TargetResolver resolver, History history) {}

  private final Stages stages;
  private final Reporter reporter;
  private final ReportingDiagnostics diagnostics;
  private final PrintWriter err;
  private final boolean failOnBlocked;
  private final boolean hostStats;
  private final AtomicBoolean reportClaimed = new AtomicBoolean();
  // Counted down by whichever of the run and the interruption handler claimed the report.
  private final CountDownLatch reportWritten = new CountDownLatch(1);

  /**
   * How long a signal that comes while the finished run writes its report waits for it: a report
   * that is being written is finished and committed, not cut off or left as a temporary file.
   */
  static final Duration FINISH_REPORT = Duration.ofSeconds(10);

  private final long start = System.nanoTime();

  /**
   * A run whose exit code counts blocked links as failures when {@code failOnBlocked}, and that
   * reports per-host figures when {@code hostStats}: in the report if its format carries them, else
   * on {@code err} after it.
   */
  CheckRun(
      Stages stages,
      Reporter reporter,
      ReportingDiagnostics diagnostics,
      PrintWriter err,
      boolean failOnBlocked,
      boolean hostStats) {
    this.stages = stages;
    this.failOnBlocked = failOnBlocked;
    this.hostStats = hostStats;
    this.reporter = reporter;
    this.diagnostics = diagnostics;
    this.err = err;
  }

  /**
   * Checks {@code sources} with {@code checker}, writing to {@code target}; returns the exit code,
   * {@link ExitCode#INTERRUPTED} once the interruption handler has written the report.
   */
  int run(
      List<Source> sources,
      Checker checker,
      ReportOutput target,
      Interruption interruption,
      boolean showProgress)
      throws IOException, InterruptedException {
    History history = stages.history();
    Pipeline pipeline =
        new Pipeline(
            stages.collector(),
            stages.rewriter(),
            stages.resolver(),
            history.checking(checker),
            checker::checkFragments,
            checker::schedule,
            diagnostics,
            entry -> reporter.result(history.apply(entry), target.writer()));
    try (ProgressLine progress =
        showProgress ? new ProgressLine(diagnostics.console(), pipeline) : null) {
      interruption.onInterrupt(() -> reportInterrupted(pipeline, checker, target, progress));
      pipeline.run(sources);
    }
    if (!reportClaimed.compareAndSet(false, true)) {
      // Interrupted meanwhile: the handler writes the report; the process ends with it.
      reportWritten.await();
      return ExitCode.INTERRUPTED;
    }
    try {
      Report report = report(pipeline, checker, false);
      write(report, target);
      history.save();
      return report.failed(failOnBlocked) ? ExitCode.FAILURES : ExitCode.OK;
    } finally {
      reportWritten.countDown();
    }
  }

  private void reportInterrupted(
      Pipeline pipeline, Checker checker, ReportOutput target, ProgressLine progress) {
    if (!reportClaimed.compareAndSet(false, true)) {
      // The run had finished and is writing its report: let it end, within a bound.
      try {
        reportWritten.await(FINISH_REPORT.toMillis(), TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return;
    }
    try {
      if (progress != null) {
        progress.close();
      }
      err.println("linkcheck: interrupted, reporting what finished");
      try {
        write(report(pipeline, checker, true), target);
      } catch (IOException | RuntimeException e) {
        err.println(Linkcheck.cannotWrite(e));
      }
      stages.history().save();
    } finally {
      reportWritten.countDown();
    }
  }

  /** Writes and commits {@code report}, then {@code --host-stats} where the report has none. */
  private void write(Report report, ReportOutput target) throws IOException {
    reporter.write(report, target.writer());
    target.commit();
    writeHostStats(report);
  }

  /** {@code --host-stats} on stderr, for the formats whose report does not carry them. */
  private void writeHostStats(Report report) {
    if (!reporter.writesHostStats()) {
      report.hosts().ifPresent(hosts -> HostStatsText.write(err, hosts));
    }
  }

  private Report report(Pipeline pipeline, Checker checker, boolean interrupted) {
    long durationMs = (System.nanoTime() - start) / 1_000_000;
    History history = stages.history();
    var entries = pipeline.snapshot().stream().map(history::apply).toList();
    Summary summary =
        Summary.of(
            pipeline.files(), pipeline.links(), entries, history.cached(), durationMs, interrupted);
    return new Report(
        interrupted ? summary.withUnique(Math.max(pipeline.unique(), summary.unique())) : summary,
        entries,
        diagnostics.errors(),
        stages.resolver().sites().used(),
        hostStats ? Optional.of(checker.hostStats()) : Optional.empty());
  }
}
