package dev.linkcheck.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFileTest {

  @TempDir Path dir;

  private static void write(Path path, String text) throws Exception {
    try (OutputFile file = OutputFile.open(path)) {
      file.writer().print(text);
      file.commit();
    }
  }

  @Test
  void aNewFileGetsTheUmasksPermissionsLikeAnyNewFileNotOwnerOnly() throws Exception {
    Path reference = Files.createFile(dir.resolve("made-by-the-kernel"));
    Path report = dir.resolve("report.json");

    write(report, "{}");

    assertThat(Files.getPosixFilePermissions(report))
        .isEqualTo(Files.getPosixFilePermissions(reference));
  }

  @Test
  void aReplacedFileKeepsItsPermissionBits() throws Exception {
    Path report = dir.resolve("report.txt");
    Files.writeString(report, "old");
    Files.setPosixFilePermissions(report, PosixFilePermissions.fromString("rw-r-----"));

    write(report, "new");

    assertThat(Files.readString(report)).isEqualTo("new");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(report)))
        .isEqualTo("rw-r-----");
  }

  @Test
  void aSymlinkIsFollowedAndItsTargetWritten() throws Exception {
    Path real = Files.writeString(dir.resolve("real.json"), "old");
    Path link = Files.createSymbolicLink(dir.resolve("link.json"), Path.of("real.json"));

    write(link, "new");

    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(real)).isEqualTo("new");
  }

  @Test
  void aDanglingSymlinkCreatesItsTarget() throws Exception {
    Files.createDirectory(dir.resolve("out"));
    Path link = Files.createSymbolicLink(dir.resolve("link.json"), Path.of("out/new.json"));

    write(link, "new");

    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(dir.resolve("out/new.json"))).isEqualTo("new");
  }

  @Test
  void aFifoIsWrittenInPlaceAndStaysAFifo() throws Exception {
    Path fifo = Fifos.fifo(dir.resolve("pipe"));
    CompletableFuture<String> read = Fifos.readAll(fifo);

    write(fifo, "through the pipe");

    assertThat(read.get(30, TimeUnit.SECONDS)).isEqualTo("through the pipe");
    assertThat(Fifos.isSpecial(fifo)).isTrue();
    assertThat(dir.toFile().list()).containsExactly("pipe");
  }

  @Test
  void aDeviceThatRefusesTheWriteIsAnErrorNamingItAndStaysADevice() throws Exception {
    Path full = Fifos.fullDevice(dir.resolve("full"));

    assertThatThrownBy(() -> write(full, "x".repeat(100_000)))
        .isInstanceOf(OutputException.class)
        .hasMessage("cannot write " + full + ": No space left on device");

    assertThat(Fifos.isSpecial(full)).isTrue();
    assertThat(dir.toFile().list()).containsExactly("full");
  }

  @Test
  void aMissingFolderIsNamedNotATemporaryFile() {
    Path report = dir.resolve("no/such/report.json");

    assertThatThrownBy(() -> write(report, "{}"))
        .isInstanceOf(OutputException.class)
        .hasMessage("cannot create " + report + " in " + report.getParent() + ": no such folder");
  }

  @Test
  void aFolderThatIsAFileIsNamed() throws Exception {
    Files.writeString(dir.resolve("file"), "");
    Path report = dir.resolve("file/report.json");

    assertThatThrownBy(() -> write(report, "{}"))
        .isInstanceOf(OutputException.class)
        .hasMessageStartingWith("cannot create " + report + " in " + dir.resolve("file") + ": ")
        .hasMessageNotContaining(".tmp");
  }

  @Test
  void theMachinesOwnDevNullAndDevFullAreStillDevices() throws Exception {
    // Never written by a test: this only proves that nothing in the suite replaced them.
    assertThat(Fifos.isSpecial(Path.of("/dev/full"))).isTrue();
    assertThat(Fifos.isSpecial(Path.of("/dev/null"))).isTrue();
    assertThat(Files.isRegularFile(Path.of("/dev/full"), LinkOption.NOFOLLOW_LINKS)).isFalse();
  }
}
