package dev.linkcheck.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.linkcheck.model.HostStat;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * {@code --host-stats}: one line per host for the terminal, or a {@code hosts} object keyed by host
 * for JSON; hosts in the order given (sorted by the caller). Stateless.
 */
public final class HostStatsText {

  private HostStatsText() {}

  /** {@code HOST N requests p50 Xms p95 Yms 200×N 429×M waited K× Zs}, one line a host. */
  public static void write(PrintWriter out, List<HostStat> stats) {
    int width = stats.stream().mapToInt(s -> s.host().length()).max().orElse(0);
    for (HostStat s : stats) {
      StringBuilder line = new StringBuilder(s.host());
      line.append(" ".repeat(width - s.host().length()));
      line.append("  ").append(s.requests()).append(s.requests() == 1 ? " request" : " requests");
      if (s.requests() > 0) {
        line.append("  p50 ").append(millis(s.p50())).append("  p95 ").append(millis(s.p95()));
      }
      if (!s.statuses().isEmpty()) {
        line.append(" ");
        for (Map.Entry<String, Integer> e : s.statuses().entrySet()) {
          line.append(" ").append(e.getKey()).append('×').append(e.getValue());
        }
      }
      if (s.waits() > 0) {
        line.append("  waited ").append(s.waits()).append("× ").append(Seconds.format(s.waited()));
      }
      out.println(line);
    }
    out.flush();
  }

  /** The {@code hosts} object: host → requests, p50_ms, p95_ms, statuses, waits, waited_ms. */
  static void writeJson(JsonGenerator g, List<HostStat> stats) throws IOException {
    g.writeObjectFieldStart("hosts");
    for (HostStat s : stats) {
      g.writeObjectFieldStart(s.host());
      g.writeNumberField("requests", s.requests());
      g.writeNumberField("p50_ms", s.p50().toMillis());
      g.writeNumberField("p95_ms", s.p95().toMillis());
      g.writeObjectFieldStart("statuses");
      for (Map.Entry<String, Integer> e : s.statuses().entrySet()) {
        g.writeNumberField(e.getKey(), e.getValue());
      }
      g.writeEndObject();
      g.writeNumberField("waits", s.waits());
      g.writeNumberField("waited_ms", s.waited().toMillis());
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private static String millis(Duration d) {
    return d.toMillis() + "ms";
  }
}
