package dev.linkcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.linkcheck.Loopback;
import dev.linkcheck.io.Fifos;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code -o FILE} writes to what FILE is, and says clearly when it cannot. */
class OutputSafetyTest {

  @TempDir Path dir;

  @RegisterExtension final Loopback web = Loopback.start().status("/ok", 200);

  private CliRunner cli;

  @BeforeEach
  void start() throws Exception {
    cli = new CliRunner(dir);
    Files.writeString(dir.resolve("a.md"), "[here](b.md)\n");
    Files.writeString(dir.resolve("b.md"), "# B\n");
  }

  @Test
  void aMissingFolderIsAUsageErrorNamingOutputAndTheFolder() {
    Path report = dir.resolve("out/report.json");

    CliRunner.Run run = cli.run("--offline", "--format", "json", "-o", report.toString(), "a.md");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().lines())
        .first()
        .asString()
        .contains("--output", dir.resolve("out").toString(), "no such folder")
        .doesNotContain("internal error", ".tmp");
  }

  @Test
  void aDeviceIsWrittenInPlaceNeverReplacedAndItsRefusalExitsTwo() throws Exception {
    Path full = Fifos.fullDevice(dir.resolve("full"));

    CliRunner.Run run = cli.run("--offline", "-v", "-o", full.toString(), "a.md");

    assertThat(Fifos.isSpecial(full)).as("still a device").isTrue();
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("linkcheck: --output: cannot write " + full + ": No space left on device");
    assertThat(dir.toFile().list()).containsExactlyInAnyOrder("a.md", "b.md", "full");
  }

  @Test
  void aFifoGetsTheReportAndStaysAFifo() throws Exception {
    Path fifo = Fifos.fifo(dir.resolve("report.pipe"));
    CompletableFuture<String> reader = Fifos.readAll(fifo);

    CliRunner.Run run = cli.run("--offline", "--format", "json", "-o", fifo.toString(), "a.md");

    assertThat(run.exitCode()).as(run.err()).isZero();
    String report = reader.get(30, TimeUnit.SECONDS);
    assertThat(new ObjectMapper().readTree(report).at("/summary/ok").asInt()).isEqualTo(1);
    assertThat(Fifos.isSpecial(fifo)).isTrue();
  }

  @Test
  void aSymlinkedReportWritesItsTargetAndKeepsTheLink() throws Exception {
    Path real = Files.writeString(dir.resolve("real.json"), "old");
    Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rw-rw-r--"));
    Path link = Files.createSymbolicLink(dir.resolve("report.json"), Path.of("real.json"));

    CliRunner.Run run = cli.run("--offline", "--format", "json", "-o", link.toString(), "a.md");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(new ObjectMapper().readTree(real.toFile()).at("/summary/ok").asInt()).isEqualTo(1);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(real)))
        .isEqualTo("rw-rw-r--");
  }

  @Test
  void aNewReportAndANewCacheGetTheUmasksPermissionsNotOwnerOnly() throws Exception {
    Path reference = Files.createFile(dir.resolve("made-by-the-kernel"));
    Path report = dir.resolve("report.txt");
    Files.writeString(dir.resolve("a.md"), "[ok](" + web.url("/ok") + ")\n");

    CliRunner.Run run = cli.run("--cache", "-o", report.toString(), "a.md");

    assertThat(run.exitCode()).as(run.err()).isZero();
    var expected = Files.getPosixFilePermissions(reference);
    assertThat(Files.getPosixFilePermissions(report)).isEqualTo(expected);
    assertThat(Files.getPosixFilePermissions(dir.resolve(".linkcheck-cache"))).isEqualTo(expected);
  }

  @Test
  void aRewrittenCacheKeepsItsPermissionBits() throws Exception {
    Files.writeString(dir.resolve("a.md"), "[ok](" + web.url("/ok") + ")\n");
    CliRunner.Run first = cli.run("--cache", "a.md");
    Path cache = dir.resolve(".linkcheck-cache");
    assertThat(first.exitCode()).as(first.err()).isZero();
    Files.setPosixFilePermissions(cache, PosixFilePermissions.fromString("rw-r-----"));

    cli.run("--cache", "a.md");

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(cache)))
        .isEqualTo("rw-r-----");
  }
}
