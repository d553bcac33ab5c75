package dev.linkcheck.report;

import dev.linkcheck.model.CheckResult;
import dev.linkcheck.model.InputError;
import dev.linkcheck.model.Location;
import dev.linkcheck.model.Outcome;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML for CI dashboards: one testcase per unique URL (failing ones with a {@code <failure>}
 * listing where they are written, skipped/excluded ones {@code <skipped>}), and one erroring
 * testcase per unreadable input. Stateless.
 */
final class JunitReporter implements Reporter {

  @Override
  public void write(Report report, PrintWriter out) {
    Summary s = report.summary();
    try {
      XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      x.writeStartDocument("UTF-8", "1.0");
      x.writeCharacters("\n");
      x.writeStartElement("testsuites");
      x.writeStartElement("testsuite");
      x.writeAttribute("name", "linkcheck");
      x.writeAttribute("tests", Integer.toString(s.unique() + report.inputErrors().size()));
      x.writeAttribute("failures", Integer.toString(s.failures()));
      x.writeAttribute("errors", Integer.toString(report.inputErrors().size()));
      x.writeAttribute(
          "skipped", Integer.toString(s.skipped() + s.excluded() + s.known() + s.blocked()));
      x.writeAttribute("time", seconds(s.durationMs()));
      x.writeCharacters("\n");
      for (ReportEntry entry : report.results()) {
        testcase(entry, x);
      }
      for (InputError error : report.inputErrors()) {
        x.writeCharacters("  ");
        x.writeStartElement("testcase");
        x.writeAttribute("classname", "input");
        x.writeAttribute("name", error.file());
        x.writeAttribute("time", "0");
        x.writeEmptyElement("error");
        x.writeAttribute("message", error.message());
        x.writeAttribute("type", "unreadable");
        x.writeEndElement();
        x.writeCharacters("\n");
      }
      x.writeEndElement();
      x.writeEndElement();
      x.writeEndDocument();
      x.flush();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write JUnit XML", e);
    }
    out.println();
    out.flush();
  }

  private static void testcase(ReportEntry entry, XMLStreamWriter x) throws XMLStreamException {
    Outcome outcome = entry.result().outcome();
    x.writeCharacters("  ");
    x.writeStartElement("testcase");
    x.writeAttribute(
        "classname", entry.sources().isEmpty() ? "linkcheck" : entry.sources().getFirst().file());
    x.writeAttribute("name", entry.result().displayUrl());
    x.writeAttribute("time", seconds(entry.result().durationMs()));
    switch (outcome) {
      case Outcome.Broken b -> failure(entry, x);
      case Outcome.Timeout t -> failure(entry, x);
      case Outcome.Error e -> failure(entry, x);
      case Outcome.Excluded e -> skipped(entry.result(), x);
      // Nobody saw the page: neither passed nor failed.
      case Outcome.Blocked b -> skipped(entry.result(), x);
      case Outcome.Skipped k -> skipped(entry.result(), x);
      // A known failure is not this run's failure, but it has not passed either.
      case Outcome.Known k -> skipped(entry.result(), x);
      case Outcome.Ok o -> {}
      case Outcome.Redirected r -> {}
    }
    x.writeEndElement();
    x.writeCharacters("\n");
  }

  private static void failure(ReportEntry entry, XMLStreamWriter x) throws XMLStreamException {
    x.writeStartElement("failure");
    x.writeAttribute("message", OutcomeText.verdict(entry.result()));
    x.writeAttribute("type", entry.result().outcome().status());
    x.writeCharacters(
        entry.sources().stream().map(JunitReporter::place).collect(Collectors.joining("\n")));
    x.writeEndElement();
  }

  private static void skipped(CheckResult result, XMLStreamWriter x) throws XMLStreamException {
    x.writeEmptyElement("skipped");
    x.writeAttribute(
        "message",
        result.outcome() instanceof Outcome.Known || result.outcome() instanceof Outcome.Blocked
            ? OutcomeText.verdict(result)
            : OutcomeText.message(result));
  }

  private static String place(Location at) {
    return at.file() + ":" + at.line() + ":" + at.column();
  }

  private static String seconds(long ms) {
    return String.format(Locale.ROOT, "%.3f", ms / 1000.0);
  }
}
