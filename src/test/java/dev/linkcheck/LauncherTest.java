package dev.linkcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code linkcheck} launcher and {@code ./mvnw} on a fresh clone, as scripts really run. */
class LauncherTest {

  @TempDir Path dir;

  private static Path executable(Path path, String script) throws Exception {
    Files.createDirectories(path.getParent());
    Files.writeString(path, script);
    Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwxr-xr-x"));
    return path;
  }

  /** A JDK home whose java says what it was run with, of {@code version}. */
  private Path fakeJdk(String name, String version, String java) throws Exception {
    Path home = dir.resolve(name);
    executable(home.resolve("bin/java"), java);
    executable(home.resolve("bin/javac"), "#!/bin/sh\nexit 1\n");
    Files.writeString(home.resolve("release"), "JAVA_VERSION=\"" + version + "\"\n");
    return home;
  }

  private static String run(Process p) throws Exception {
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return out;
  }

  @Test
  void concurrentFirstRunsOnAFreshCloneBuildOnceAndAllSucceed() throws Exception {
    // A clone with the real launcher and find-jdk, and a build that notices a second one at once.
    Path clone = dir.resolve("clone");
    Files.createDirectories(clone.resolve("scripts"));
    Files.copy(
        Path.of("linkcheck"), clone.resolve("linkcheck"), StandardCopyOption.COPY_ATTRIBUTES);
    Files.copy(
        Path.of("scripts/find-jdk"),
        clone.resolve("scripts/find-jdk"),
        StandardCopyOption.COPY_ATTRIBUTES);
    Files.writeString(clone.resolve("pom.xml"), "<project/>\n");
    Files.createDirectories(clone.resolve("src/main"));
    Files.writeString(clone.resolve("src/main/A.java"), "class A {}\n");
    executable(
        clone.resolve("mvnw"),
        """
        #!/bin/sh
        mkdir building 2>/dev/null || { echo "two builds at once" >&2; exit 1; }
        echo build >> builds.log
        # the build takes a while, so that runs started together overlap it
        sleep 1
        mkdir -p target && echo jar > target/linkcheck.jar
        rmdir building
        """);
    Path jdk = fakeJdk("jdk", "21.0.4", "#!/bin/sh\necho \"ran $*\"\n");

    List<Process> runs = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      ProcessBuilder b =
          new ProcessBuilder("bash", clone.resolve("linkcheck").toString(), "a.md")
              .directory(dir.toFile())
              .redirectErrorStream(true);
      b.environment().put("JAVA_HOME", jdk.toString());
      runs.add(b.start());
    }
    for (Process p : runs) {
      String out = run(p);
      assertThat(p.exitValue()).as(out).isZero();
      assertThat(out).doesNotContain("two builds at once").containsPattern("ran .*-jar .*a\\.md");
    }
    assertThat(Files.readAllLines(clone.resolve("builds.log"))).hasSize(1);
  }

  @Test
  void mvnwRunsMavenOnAJdk21EvenWhenJavaHomeIsOlder() throws Exception {
    Path old = fakeJdk("jdk-17", "17.0.9", "#!/bin/sh\necho 'an old java' >&2\nexit 1\n");
    String runningJdk =
        Path.of(ProcessHandle.current().info().command().orElseThrow()).getParent().toString();

    ProcessBuilder b = new ProcessBuilder("./mvnw", "-v").redirectErrorStream(true);
    b.environment().put("JAVA_HOME", old.toString());
    b.environment().put("PATH", runningJdk + ":" + System.getenv("PATH"));
    Process p = b.start();
    String out = run(p);

    assertThat(p.exitValue()).as(out).isZero();
    Matcher version = Pattern.compile("Java version: (\\d+)").matcher(out);
    assertThat(version.find()).as(out).isTrue();
    assertThat(Integer.parseInt(version.group(1))).isGreaterThanOrEqualTo(21);
  }
}
