package dev.linkcheck.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/** Writes one pretty-printed JSON document, then a newline, to a writer it leaves open. */
final class JsonDocument {

  /** What goes into the document, written through the generator. */
  interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  private JsonDocument() {}

  static void write(PrintWriter out, Body body) {
    try (JsonGenerator g = JsonReporter.FACTORY.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.useDefaultPrettyPrinter();
      body.write(g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.println();
    out.flush();
  }
}
