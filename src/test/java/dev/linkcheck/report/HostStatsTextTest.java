package dev.linkcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.linkcheck.model.HostStat;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class HostStatsTextTest {

  private static final List<HostStat> STATS =
      List.of(
          new HostStat(
              "a.example",
              3,
              Duration.ofMillis(12),
              Duration.ofMillis(340),
              new TreeMap<>(Map.of("200", 2, "429", 1)),
              2,
              Duration.ofMillis(1500)),
          new HostStat(
              "github.com",
              1,
              Duration.ofMillis(80),
              Duration.ofMillis(80),
              new TreeMap<>(Map.of("error", 1)),
              0,
              Duration.ZERO));

  @Test
  void eachHostIsOneAlignedLine() {
    StringWriter text = new StringWriter();
    HostStatsText.write(new PrintWriter(text), STATS);
    assertThat(text.toString().lines())
        .containsExactly(
            "a.example   3 requests  p50 12ms  p95 340ms  200×2 429×1  waited 2× 1.5s",
            "github.com  1 request  p50 80ms  p95 80ms  error×1");
  }

  @Test
  void jsonHasAHostsObjectKeyedByHost() throws Exception {
    StringWriter json = new StringWriter();
    JsonDocument.write(
        new PrintWriter(json),
        g -> {
          g.writeStartObject();
          HostStatsText.writeJson(g, STATS);
          g.writeEndObject();
        });
    JsonNode hosts = new ObjectMapper().readTree(json.toString()).get("hosts");
    assertThat(hosts.fieldNames()).toIterable().containsExactly("a.example", "github.com");
    assertThat(hosts.get("a.example").get("p95_ms").asInt()).isEqualTo(340);
    assertThat(hosts.get("a.example").get("statuses").get("429").asInt()).isEqualTo(1);
    assertThat(hosts.get("a.example").get("waited_ms").asInt()).isEqualTo(1500);
    assertThat(hosts.get("github.com").get("statuses").get("error").asInt()).isEqualTo(1);
  }
}
