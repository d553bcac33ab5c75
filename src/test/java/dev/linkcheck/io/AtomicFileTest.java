package dev.linkcheck.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

  @TempDir Path dir;

  @Test
  void contentAppearsOnlyOnCommit() throws Exception {
    Path target = dir.resolve("report.json");
    Files.writeString(target, "old");
    try (AtomicFile file = new AtomicFile(target)) {
      file.writer().print("new");
      file.writer().flush();
      assertThat(Files.readString(target)).isEqualTo("old");
      file.commit();
    }
    assertThat(Files.readString(target)).isEqualTo("new");
    assertThat(dir.toFile().list()).containsExactly("report.json");
  }

  @Test
  void anAbandonedWriteLeavesTheOldFileAndNoTemporary() throws Exception {
    Path target = dir.resolve("report.txt");
    Files.writeString(target, "old");
    try (AtomicFile file = new AtomicFile(target)) {
      file.writer().print("half a rep");
    }
    assertThat(Files.readString(target)).isEqualTo("old");
    assertThat(dir.toFile().list()).containsExactly("report.txt");
  }
}
