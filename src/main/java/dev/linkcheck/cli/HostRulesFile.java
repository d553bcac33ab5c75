package dev.linkcheck.cli;

import dev.linkcheck.check.HostRule;
import dev.linkcheck.check.HostRules;
import dev.linkcheck.model.StatusRanges;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.tomlj.TomlArray;
import org.tomlj.TomlPosition;
import org.tomlj.TomlTable;
import picocli.CommandLine.TypeConversionException;

/**
 * The {@code [hosts."NAME"]} tables of a config file, read into {@link HostRules}: keys {@code
 * concurrency}, {@code request-interval}, {@code timeout}, {@code max-retries}, {@code accept},
 * {@code headers}, {@code method}, {@code user-agent}; times as on the command line (seconds, or a
 * whole number with s, m, h or d). Errors name the file, line and key. Stateless.
 */
final class HostRulesFile {

  static final String TABLE = "hosts";

  private static final Set<String> KEYS =
      Set.of(
          "accept",
          "concurrency",
          "headers",
          "max-retries",
          "method",
          "request-interval",
          "timeout",
          "user-agent");

  private static final Pattern HEADER_NAME = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
  // HttpClient refuses to send these itself; better said here, with the line, than per request.
  private static final Set<String> RESTRICTED =
      Set.of("connection", "content-length", "expect", "host", "upgrade");
  private static final Pattern HOST = Pattern.compile("(\\*\\.)?[^*/:?#@\\s\\[\\]]+");

  private HostRulesFile() {}

  /**
   * The rules under {@code hosts} in {@code root}; none when there is no such table.
   *
   * @throws UsageError naming {@code file}, the line and the key of the first bad entry
   */
  static HostRules read(TomlTable root, Path file) {
    if (!root.contains(TABLE)) {
      return HostRules.none();
    }
    String name = file.getFileName().toString();
    if (!(root.get(TABLE) instanceof TomlTable hosts)) {
      throw new UsageError(
          where(name, root.inputPositionOf(TABLE))
              + ": hosts: expected tables such as [hosts.\"example.com\"]");
    }
    List<HostRule> rules = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    // In file order, so that a duplicate is reported at its second appearance.
    List<String> patterns =
        hosts.keySet().stream()
            .sorted(
                java.util.Comparator.comparingInt(
                    (String p) -> line(hosts.inputPositionOf(List.of(p)))))
            .toList();
    for (String pattern : patterns) {
      List<String> path = List.of(pattern);
      int line = line(hosts.inputPositionOf(path));
      String key = "hosts.\"" + pattern + "\"";
      if (!(hosts.get(path) instanceof TomlTable table)) {
        throw new UsageError(name + ":" + line + ": " + key + ": expected a table of settings");
      }
      String normal;
      try {
        normal = checkedHost(pattern);
      } catch (IllegalArgumentException e) {
        throw new UsageError(name + ":" + line + ": " + key + ": " + e.getMessage());
      }
      Integer earlier = seen.putIfAbsent(normal, line);
      if (earlier != null) {
        throw new UsageError(name + ":" + line + ": " + key + ": the same host as line " + earlier);
      }
      rules.add(rule(pattern, line, table, name, key));
    }
    return new HostRules(rules);
  }

  private static String checkedHost(String pattern) {
    if (!HOST.matcher(pattern).matches()) {
      throw new IllegalArgumentException(
          "not a host name or pattern: write example.com or *.example.com (no scheme, port or"
              + " path; '*' only as a whole first label)");
    }
    return HostRules.normalize(pattern);
  }

  private static HostRule rule(String pattern, int line, TomlTable table, String file, String key) {
    Integer concurrency = null;
    Duration interval = null;
    Duration timeout = null;
    Integer retries = null;
    StatusRanges accept = null;
    Map<String, String> headers = new LinkedHashMap<>();
    String method = null;
    String userAgent = null;
    for (String k : table.keySet()) {
      List<String> path = List.of(k);
      Object value = table.get(path);
      String where = where(file, table.inputPositionOf(path), line) + ": " + key + "." + k;
      try {
        switch (k) {
          case "concurrency" -> concurrency = integer(value, 1);
          case "max-retries" -> retries = integer(value, 0);
          case "request-interval" -> interval = duration(value, false);
          case "timeout" -> timeout = duration(value, true);
          case "accept" -> accept = accept(value);
          case "headers" -> headers = headers(value);
          case "method" -> method = method(value);
          case "user-agent" -> userAgent = text(value);
          default ->
              throw new IllegalArgumentException(
                  "unknown key (known: "
                      + String.join(", ", KEYS.stream().sorted().toList())
                      + ")");
        }
      } catch (IllegalArgumentException | TypeConversionException e) {
        throw new UsageError(where + ": " + e.getMessage());
      }
    }
    return new HostRule(
        pattern, line, concurrency, interval, timeout, retries, accept, headers, method, userAgent);
  }

  private static Integer integer(Object value, int min) {
    if (!(value instanceof Long n) || n < min || n > 10_000) {
      throw new IllegalArgumentException("expected a whole number from " + min + " to 10000");
    }
    return n.intValue();
  }

  /** Seconds as a number or a string ("1.5"), or a whole number with a unit ("2s", "1m"). */
  private static Duration duration(Object value, boolean positive) {
    String text =
        switch (value) {
          case Long n -> n.toString();
          case Double d -> d.toString();
          case String s -> s.strip();
          default -> throw new IllegalArgumentException("expected seconds (10, 0.5) or \"30s\"");
        };
    Duration d =
        text.matches("[0-9.eE+-]+")
            ? new Converters.Seconds().convert(text)
            : new Converters.Age().convert(text);
    if (positive && d.isZero()) {
      throw new IllegalArgumentException("must be positive");
    }
    return d;
  }

  /** {@code 403}, {@code [403, 999]}, {@code "200..299,403"} or a list of such strings. */
  private static StatusRanges accept(Object value) {
    List<String> parts = new ArrayList<>();
    if (value instanceof TomlArray array) {
      for (int i = 0; i < array.size(); i++) {
        parts.add(acceptPart(array.get(i)));
      }
    } else {
      parts.add(acceptPart(value));
    }
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("expected status codes, e.g. [403, 999]");
    }
    return StatusRanges.parse(String.join(",", parts));
  }

  private static String acceptPart(Object value) {
    return switch (value) {
      case Long n -> n.toString();
      case String s -> s;
      default -> throw new IllegalArgumentException("expected status codes, e.g. [403, 999]");
    };
  }

  private static Map<String, String> headers(Object value) {
    if (!(value instanceof TomlTable table)) {
      throw new IllegalArgumentException("expected a table of name = \"value\"");
    }
    Map<String, String> headers = new LinkedHashMap<>();
    for (String name : table.keySet()) {
      if (!HEADER_NAME.matcher(name).matches()) {
        throw new IllegalArgumentException("'" + name + "' is not a header name");
      }
      if (RESTRICTED.contains(name.toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException("'" + name + "' cannot be set");
      }
      if (!(table.get(List.of(name)) instanceof String v) || v.contains("\n") || v.contains("\r")) {
        throw new IllegalArgumentException(name + ": expected a one-line string value");
      }
      headers.put(name, v);
    }
    return headers;
  }

  private static String method(Object value) {
    String m = text(value).toUpperCase(Locale.ROOT);
    if (!m.equals("HEAD") && !m.equals("GET")) {
      throw new IllegalArgumentException("expected \"head\" or \"get\"");
    }
    return m;
  }

  private static String text(Object value) {
    if (!(value instanceof String s) || s.isBlank()) {
      throw new IllegalArgumentException("expected a non-empty string");
    }
    return s;
  }

  private static int line(TomlPosition position) {
    return position == null ? 0 : position.line();
  }

  private static String where(String file, TomlPosition position) {
    return file + (position == null ? "" : ":" + position.line());
  }

  private static String where(String file, TomlPosition position, int fallback) {
    return file + ":" + (position == null ? fallback : position.line());
  }
}
