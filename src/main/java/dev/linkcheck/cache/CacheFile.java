package dev.linkcheck.cache;

import dev.linkcheck.io.OutputFile;
import dev.linkcheck.model.Outcome;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code .linkcheck-cache} format: a header line {@code linkcheck-cache 1}, {@code #} comment
 * lines, then one verdict per line, tab-separated: {@code checked-at status code url [hop...]},
 * where {@code checked-at} is an ISO-8601 instant, {@code status} is {@code ok} or {@code
 * redirected}, and the hops (redirected only) are the URLs redirected to, in order. URLs hold no
 * tabs: they are normalised, so whitespace is percent-encoded. Stateless.
 */
final class CacheFile {

  static final String HEADER = "linkcheck-cache 1";

  /** One cached verdict: a non-failing outcome of a remote URL and when it was decided. */
  record Verdict(Instant checkedAt, Outcome outcome) {}

  /** The file is not in this format; {@code line} is 1-based. */
  static final class CorruptException extends Exception {
    CorruptException(int line, String message) {
      super("line " + line + ": " + message);
    }
  }

  private CacheFile() {}

  /** URL → verdict, as written in {@code file}. */
  static Map<String, Verdict> read(Path file) throws IOException, CorruptException {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (java.nio.charset.MalformedInputException e) {
      throw new CorruptException(1, "not UTF-8 text");
    }
    if (lines.isEmpty() || !lines.getFirst().equals(HEADER)) {
      throw new CorruptException(1, "expected the header '" + HEADER + "'");
    }
    Map<String, Verdict> verdicts = new TreeMap<>();
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length < 4 || f[3].isEmpty()) {
        throw new CorruptException(i + 1, "expected checked-at, status, code and url");
      }
      verdicts.put(f[3], new Verdict(instant(f[0], i + 1), outcome(f, i + 1)));
    }
    return verdicts;
  }

  private static Instant instant(String text, int line) throws CorruptException {
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new CorruptException(line, "'" + text + "' is not an ISO-8601 instant");
    }
  }

  private static Outcome outcome(String[] f, int line) throws CorruptException {
    int code;
    try {
      code = Integer.parseInt(f[2]);
    } catch (NumberFormatException e) {
      throw new CorruptException(line, "'" + f[2] + "' is not a status code");
    }
    if (code < 100 || code > 999) {
      throw new CorruptException(line, "'" + f[2] + "' is not a status code");
    }
    List<String> hops = Arrays.asList(f).subList(4, f.length);
    return switch (f[1]) {
      case "ok" -> {
        if (!hops.isEmpty()) {
          throw new CorruptException(line, "an ok verdict has no redirects");
        }
        yield new Outcome.Ok(code);
      }
      case "redirected" -> {
        if (hops.isEmpty() || hops.contains("")) {
          throw new CorruptException(line, "a redirected verdict lists its redirects");
        }
        yield new Outcome.Redirected(code, hops);
      }
      default -> throw new CorruptException(line, "'" + f[1] + "' is not a cached status");
    };
  }

  /** Writes {@code verdicts} to {@code file} (atomically when a regular file), sorted by URL. */
  static void write(Path file, Map<String, Verdict> verdicts) throws IOException {
    try (OutputFile atomic = OutputFile.open(file)) {
      PrintWriter w = atomic.writer();
      w.print(HEADER + "\n");
      w.print("# checked-at\tstatus\tcode\turl\t[redirects...]\n");
      for (var e : new TreeMap<>(verdicts).entrySet()) {
        w.print(line(e.getKey(), e.getValue()) + "\n");
      }
      atomic.commit();
    }
  }

  private static IllegalArgumentException notCacheable(Outcome outcome) {
    return new IllegalArgumentException("not cacheable: " + outcome);
  }

  private static String line(String url, Verdict v) {
    StringBuilder b = new StringBuilder(v.checkedAt().toString()).append('\t');
    switch (v.outcome()) {
      case Outcome.Ok o -> b.append("ok\t").append(o.code()).append('\t').append(url);
      case Outcome.Redirected r -> {
        b.append("redirected\t").append(r.code()).append('\t').append(url);
        r.hops().forEach(h -> b.append('\t').append(h));
      }
      case Outcome.Broken x -> throw notCacheable(x);
      case Outcome.Blocked x -> throw notCacheable(x);
      case Outcome.Timeout x -> throw notCacheable(x);
      case Outcome.Error x -> throw notCacheable(x);
      case Outcome.Excluded x -> throw notCacheable(x);
      case Outcome.Skipped x -> throw notCacheable(x);
      case Outcome.Known x -> throw notCacheable(x);
    }
    return b.toString();
  }
}
