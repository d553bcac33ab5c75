package dev.linkcheck.report;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.linkcheck.model.CheckResult;
import dev.linkcheck.model.Location;
import dev.linkcheck.model.Outcome;
import dev.linkcheck.model.ResultKey;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The failures of a previous JSON report ({@code --baseline}): URL → the files it failed in. A
 * failure of this run is {@link Outcome.Known} when the baseline had its URL failing in every file
 * it is written in now; a failure in a new file stays a failure. Immutable and thread-safe.
 */
public final class Baseline {

  /** No baseline: every failure is new. */
  public static final Baseline NONE = new Baseline(Map.of());

  private final Map<ResultKey, Set<String>> failing;

  private Baseline(Map<ResultKey, Set<String>> failing) {
    this.failing = failing;
  }

  /**
   * Reads the JSON report at {@code file}.
   *
   * @throws IOException when it cannot be read, is not JSON, or is not a linkcheck JSON report; the
   *     message says what is wrong
   */
  public static Baseline read(Path file) throws IOException {
    try (JsonParser p = JsonReporter.FACTORY.createParser(Files.newBufferedReader(file))) {
      Map<ResultKey, Set<String>> failing = new HashMap<>();
      expect(p.nextToken(), JsonToken.START_OBJECT, "a JSON object");
      boolean results = false;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        if (field.equals("results")) {
          expect(value, JsonToken.START_ARRAY, "\"results\" to be an array");
          while (p.nextToken() != JsonToken.END_ARRAY) {
            result(p, failing);
          }
          results = true;
        } else {
          p.skipChildren();
        }
      }
      if (!results) {
        throw new IOException("not a linkcheck JSON report: no \"results\"");
      }
      return new Baseline(Map.copyOf(failing));
    } catch (JsonParseException e) {
      throw new IOException("not valid JSON: " + e.getOriginalMessage(), e);
    } catch (CharacterCodingException e) {
      throw new IOException("not UTF-8 text", e);
    }
  }

  private static void result(JsonParser p, Map<ResultKey, Set<String>> failing) throws IOException {
    expect(p.currentToken(), JsonToken.START_OBJECT, "each result to be an object");
    String url = null;
    String fragment = null;
    String status = null;
    Set<String> files = new HashSet<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken value = p.nextToken();
      switch (field) {
        case "url" -> url = p.getValueAsString();
        case "fragment" -> fragment = p.getValueAsString();
        case "status" -> status = p.getValueAsString();
        case "sources" -> {
          expect(value, JsonToken.START_ARRAY, "\"sources\" to be an array");
          while (p.nextToken() != JsonToken.END_ARRAY) {
            expect(p.currentToken(), JsonToken.START_OBJECT, "each source to be an object");
            while (p.nextToken() == JsonToken.FIELD_NAME) {
              String name = p.currentName();
              p.nextToken();
              if (name.equals("file")) {
                files.add(p.getValueAsString());
              } else {
                p.skipChildren();
              }
            }
          }
        }
        default -> p.skipChildren();
      }
    }
    if (url == null || status == null) {
      throw new IOException(
          "not a linkcheck JSON report: a result without \"url\" or \"status\" at line "
              + p.currentLocation().getLineNr());
    }
    if (failed(status)) {
      // Each fragment of a page is a failure of its own.
      failing.computeIfAbsent(new ResultKey(url, fragment), u -> new HashSet<>()).addAll(files);
    }
  }

  /** True when a report's {@code status} was a failure then: a known one had failed before. */
  private static boolean failed(String status) {
    return Outcome.Kind.ofStatus(status)
        .map(k -> k.isFailure() || k == Outcome.Kind.KNOWN)
        .orElse(false);
  }

  private static void expect(JsonToken actual, JsonToken expected, String what) throws IOException {
    if (actual != expected) {
      throw new IOException("not a linkcheck JSON report: expected " + what);
    }
  }

  /** {@code entry}, its failure marked known when the baseline already had it. */
  public ReportEntry apply(ReportEntry entry) {
    CheckResult result = entry.result();
    Set<String> before = failing.get(result.key());
    if (before == null || !result.outcome().isFailure()) {
      return entry;
    }
    for (Location at : entry.sources()) {
      if (!before.contains(at.file())) {
        return entry;
      }
    }
    return new ReportEntry(
        result.withOutcome(new Outcome.Known(result.outcome())), entry.sources());
  }
}
