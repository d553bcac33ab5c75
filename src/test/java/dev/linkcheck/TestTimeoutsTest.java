package dev.linkcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** No test can hang CI: JUnit bounds every test, Surefire bounds the test JVM. */
class TestTimeoutsTest {

  @Test
  void everyTestHasAJunitTimeoutOfAFewMinutes() throws Exception {
    Properties junit = new Properties();
    try (InputStream in =
        getClass().getClassLoader().getResourceAsStream("junit-platform.properties")) {
      assertThat(in).as("junit-platform.properties on the test classpath").isNotNull();
      junit.load(in);
    }
    String timeout = junit.getProperty("junit.jupiter.execution.timeout.default");
    assertThat(timeout).as("junit.jupiter.execution.timeout.default").isNotNull();
    Matcher m = Pattern.compile("(\\d+) ?(s|m)").matcher(timeout.strip());
    assertThat(m.matches()).as(timeout).isTrue();
    long seconds = Long.parseLong(m.group(1)) * (m.group(2).equals("m") ? 60 : 1);
    assertThat(seconds).isBetween(30L, 300L);
    // "disabled" would switch every bound off, "disabled_on_debug" too wherever a debugger flag is.
    assertThat(junit.getProperty("junit.jupiter.execution.timeout.mode", "enabled"))
        .isEqualTo("enabled");
  }

  @Test
  void noTestLengthensOrSwitchesOffItsBound() throws Exception {
    Pattern annotation = Pattern.compile("@Timeout\\((?:value\\s*=\\s*)?(\\d+)([^)]*)\\)");
    try (Stream<Path> files = Files.walk(Path.of("src/test/java"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher m = annotation.matcher(Files.readString(file));
        while (m.find()) {
          // Seconds unless a unit is named; only seconds are used, so any other unit is a change
          // this test must be taught.
          assertThat(m.group(2)).as(file + ": " + m.group()).isEmpty();
          assertThat(Long.parseLong(m.group(1))).as(file + ": " + m.group()).isBetween(1L, 180L);
        }
      }
    }
  }

  @Test
  void surefireKillsATestJvmThatOutlivesThem() throws Exception {
    String pom = Files.readString(Path.of("pom.xml"));
    Matcher m =
        Pattern.compile("<forkedProcessTimeoutInSeconds>(\\d+)</forkedProcessTimeoutInSeconds>")
            .matcher(pom);
    assertThat(m.find()).as("forkedProcessTimeoutInSeconds in pom.xml").isTrue();
    assertThat(Integer.parseInt(m.group(1))).isBetween(300, 1800);
  }
}
