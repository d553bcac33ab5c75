package dev.linkcheck.cli;

import dev.linkcheck.collect.Collector;
import dev.linkcheck.collect.Source;
import dev.linkcheck.extract.Extractor;
import dev.linkcheck.model.Document;
import dev.linkcheck.model.Link;
import dev.linkcheck.report.DumpWriter;
import dev.linkcheck.report.Format;
import dev.linkcheck.report.ReportOutput;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** A {@code --dump} run: every extracted link written in {@code format}, nothing checked. */
final class DumpRun {

  private DumpRun() {}

  /** Writes the links of {@code sources} to {@code target}; exit 1 when an input was unreadable. */
  static int run(
      Collector collector,
      List<Source> sources,
      Format format,
      ReportOutput target,
      ReportingDiagnostics diagnostics)
      throws IOException {
    try (DumpWriter dumper = DumpWriter.of(format, target.writer())) {
      for (Source source : sources) {
        Optional<Document> doc = collector.read(source, diagnostics);
        if (doc.isPresent()) {
          for (Link link : Extractor.forType(doc.get().type()).extract(doc.get())) {
            dumper.link(link);
          }
        }
      }
    }
    target.commit();
    return diagnostics.errors().isEmpty() ? ExitCode.OK : ExitCode.FAILURES;
  }
}
