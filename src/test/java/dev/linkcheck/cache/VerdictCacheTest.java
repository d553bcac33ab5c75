package dev.linkcheck.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linkcheck.model.CheckResult;
import dev.linkcheck.model.Diagnostics;
import dev.linkcheck.model.Outcome;
import dev.linkcheck.model.StatusRanges;
import dev.linkcheck.model.Target;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerdictCacheTest {

  private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  @TempDir Path dir;
  private final List<String> warnings = new ArrayList<>();
  private final Diagnostics diagnostics =
      new Diagnostics() {
        @Override
        public void inputError(String file, String message) {
          throw new AssertionError("no input errors expected: " + message);
        }

        @Override
        public void warning(String message) {
          warnings.add(message);
        }
      };

  private Path file() {
    return dir.resolve(".linkcheck-cache");
  }

  private VerdictCache open(Clock clock) {
    return VerdictCache.open(
        file(), Duration.ofDays(1), StatusRanges.parse("200..299"), clock, diagnostics);
  }

  private static Target remote(String url) {
    return new Target.Remote(URI.create(url));
  }

  /** A checker answering {@code outcome} and counting its calls. */
  private static final class FakeNetwork {
    final AtomicInteger calls = new AtomicInteger();

    CheckResult answer(Target target, Outcome outcome) {
      calls.incrementAndGet();
      return new CheckResult(target.key(), outcome, 12);
    }
  }

  @Test
  void writesTheDocumentedLineFormatSortedByUrl() throws Exception {
    VerdictCache cache = open(CLOCK);
    FakeNetwork net = new FakeNetwork();
    cache.check(remote("https://b.test/"), t -> net.answer(t, new Outcome.Ok(200)));
    cache.check(
        remote("https://a.test/old"),
        t ->
            net.answer(
                t,
                new Outcome.Redirected(200, List.of("https://a.test/mid", "https://a.test/new"))));
    cache.check(
        remote("https://c.test/"), t -> net.answer(t, new Outcome.Broken(new Outcome.Status(404))));

    cache.save();

    assertThat(Files.readAllLines(file()))
        .containsExactly(
            "linkcheck-cache 1",
            "# checked-at\tstatus\tcode\turl\t[redirects...]",
            "2026-12-01T12:00:00Z\tredirected\t200\thttps://a.test/old\thttps://a.test/mid\thttps://a.test/new",
            "2026-12-01T12:00:00Z\tok\t200\thttps://b.test/");
    assertThat(dir.toFile().list()).containsExactly(".linkcheck-cache");
  }

  @Test
  void aSavedVerdictIsReusedUntilItIsOneDayOld() throws Exception {
    VerdictCache first = open(CLOCK);
    FakeNetwork net = new FakeNetwork();
    first.check(remote("https://a.test/"), t -> net.answer(t, new Outcome.Ok(204)));
    first.save();

    VerdictCache later = open(Clock.offset(CLOCK, Duration.ofHours(23)));
    CheckResult hit =
        later.check(remote("https://a.test/"), t -> net.answer(t, new Outcome.Ok(200)));
    VerdictCache tooLate = open(Clock.offset(CLOCK, Duration.ofHours(24)));
    CheckResult miss =
        tooLate.check(remote("https://a.test/"), t -> net.answer(t, new Outcome.Ok(200)));

    assertThat(hit.outcome()).isEqualTo(new Outcome.Ok(204));
    assertThat(later.hits()).isEqualTo(1);
    assertThat(miss.outcome()).isEqualTo(new Outcome.Ok(200));
    assertThat(tooLate.hits()).isZero();
    assertThat(net.calls).hasValue(2);
  }

  @Test
  void localAndDecidedTargetsAreNeverCached() throws Exception {
    VerdictCache cache = open(CLOCK);
    FakeNetwork net = new FakeNetwork();
    Target local = new Target.Local(dir.resolve("x.md"), "x.md");
    cache.check(local, t -> net.answer(t, new Outcome.Ok(null)));
    cache.check(local, t -> net.answer(t, new Outcome.Ok(null)));
    cache.save();

    assertThat(net.calls).hasValue(2);
    assertThat(Files.readAllLines(file())).hasSize(2);
  }

  @Test
  void aCorruptFileIsIgnoredWithAWarningNamingTheFileAndLine() throws Exception {
    Files.writeString(
        file(), "linkcheck-cache 1\n2026-12-01T11:00:00Z\tok\t200\thttps://a.test/\nnot a line\n");
    FakeNetwork net = new FakeNetwork();

    VerdictCache cache = open(CLOCK);
    cache.check(remote("https://a.test/"), t -> net.answer(t, new Outcome.Ok(200)));

    assertThat(net.calls).hasValue(1);
    assertThat(warnings).singleElement().asString().contains(".linkcheck-cache", "line 3");
  }

  @Test
  void everyKindOfCorruptionIsDetected() throws Exception {
    List<String> corrupt =
        List.of(
            "",
            "linkcheck-cache 2\n",
            "linkcheck-cache 1\nyesterday\tok\t200\thttps://a.test/\n",
            "linkcheck-cache 1\n2026-12-01T11:00:00Z\tbroken\t404\thttps://a.test/\n",
            "linkcheck-cache 1\n2026-12-01T11:00:00Z\tok\tOK\thttps://a.test/\n",
            "linkcheck-cache 1\n2026-12-01T11:00:00Z\tok\t200\thttps://a.test/\thttps://b.test/\n",
            "linkcheck-cache 1\n2026-12-01T11:00:00Z\tredirected\t200\thttps://a.test/\n",
            "linkcheck-cache 1\n2026-12-01T11:00:00Z\tok\t200\n");
    for (String content : corrupt) {
      warnings.clear();
      Files.writeString(file(), content);
      open(CLOCK);
      assertThat(warnings).as(content).hasSize(1);
    }
    Files.write(file(), new byte[] {'l', (byte) 0xff, (byte) 0xfe, '\n'});
    warnings.clear();
    open(CLOCK);
    assertThat(warnings).hasSize(1);
  }

  @Test
  void aValidFileWithCommentsAndBlankLinesGivesNoWarning() throws Exception {
    Files.writeString(
        file(),
        "linkcheck-cache 1\n# a comment\n\n2026-12-01T11:00:00Z\tok\t200\thttps://a.test/\n");

    VerdictCache cache = open(CLOCK);
    FakeNetwork net = new FakeNetwork();
    cache.check(remote("https://a.test/"), t -> net.answer(t, new Outcome.Ok(200)));

    assertThat(warnings).isEmpty();
    assertThat(net.calls).hasValue(0);
  }
}
