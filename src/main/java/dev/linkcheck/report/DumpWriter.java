package dev.linkcheck.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.linkcheck.model.Link;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/**
 * Streams extracted links for {@code --dump}: text prints each URL as written (an empty one as
 * {@code ""}), JSON writes {@code {"links":[{url,file,line,column}]}}. Not thread-safe: feed it
 * from one thread, in input order then document order.
 */
public sealed interface DumpWriter extends AutoCloseable {

  void link(Link link);

  /** Finishes the document and flushes; does not close the underlying writer. */
  @Override
  void close();

  /**
   * A dump writer in {@code format} writing to {@code out}.
   *
   * @throws IllegalArgumentException for a format that cannot list links
   */
  static DumpWriter of(Format format, PrintWriter out) {
    return switch (format) {
      case TEXT -> new Text(out);
      case JSON -> new Json(out, false);
      case NDJSON -> new Json(out, true);
      case MARKDOWN, GITHUB, JUNIT, SARIF ->
          throw new IllegalArgumentException("--dump writes text, json or ndjson, not " + format);
    };
  }

  /** One URL per line. */
  record Text(PrintWriter out) implements DumpWriter {
    @Override
    public void link(Link link) {
      out.println(link.url().isEmpty() ? "\"\"" : link.url());
    }

    @Override
    public void close() {
      out.flush();
    }
  }

  /** The {@code {"links":[…]}} document, streamed; or with {@code lines}, one object per line. */
  final class Json implements DumpWriter {
    private final PrintWriter out;
    private final JsonGenerator g;
    private final boolean lines;

    Json(PrintWriter out, boolean lines) {
      this.out = out;
      this.lines = lines;
      try {
        g = JsonReporter.FACTORY.createGenerator(out);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        if (lines) {
          g.setRootValueSeparator(new SerializedString("\n"));
        } else {
          g.useDefaultPrettyPrinter();
          g.writeStartObject();
          g.writeArrayFieldStart("links");
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void link(Link link) {
      try {
        g.writeStartObject();
        g.writeStringField("url", link.url());
        g.writeStringField("file", link.location().file());
        g.writeNumberField("line", link.location().line());
        g.writeNumberField("column", link.location().column());
        g.writeEndObject();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void close() {
      try {
        if (!lines) {
          g.writeEndArray();
          g.writeEndObject();
        }
        g.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      out.println();
      out.flush();
    }
  }
}
