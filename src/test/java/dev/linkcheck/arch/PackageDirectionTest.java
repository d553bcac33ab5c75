package dev.linkcheck.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The pipeline's package arrows point down only: each stage imports the shared leaves ({@code
 * model}, {@code io}, {@code anchors}) and nothing upstream or beside it; only {@code cli} wires
 * the stages together and imports picocli. Read from the main sources' import lines.
 */
class PackageDirectionTest {

  private static final Path MAIN = Path.of("src/main/java/dev/linkcheck");

  /** What each package may import of the project's own packages, besides itself. */
  private static final Map<String, Set<String>> ALLOWED =
      Map.of(
          "model", Set.of(),
          "io", Set.of("model"),
          "anchors", Set.of("model", "io"),
          "collect", Set.of("model", "io"),
          "extract", Set.of("model", "anchors"),
          "resolve", Set.of("model", "anchors", "io"),
          "check", Set.of("model", "anchors", "io"),
          "cache", Set.of("model", "io"),
          "report", Set.of("model", "io"));

  private static final Pattern PROJECT_IMPORT =
      Pattern.compile("^import (?:static )?dev\\.linkcheck\\.([a-z]+)\\.", Pattern.MULTILINE);

  @Test
  void everyStageImportsOnlyTheLeavesBelowIt() throws IOException {
    List<String> violations = new ArrayList<>();
    try (Stream<Path> files = Files.walk(MAIN)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String pkg = MAIN.relativize(file).getName(0).toString();
        if (pkg.equals("cli")) {
          continue;
        }
        assertThat(ALLOWED).as("package %s has a rule", pkg).containsKey(pkg);
        Matcher m = PROJECT_IMPORT.matcher(Files.readString(file));
        while (m.find()) {
          String target = m.group(1);
          if (!target.equals(pkg) && !ALLOWED.get(pkg).contains(target)) {
            violations.add(MAIN.relativize(file) + " imports " + target);
          }
        }
      }
    }
    assertThat(violations).isEmpty();
  }

  @Test
  void onlyTheCommandLineImportsPicocli() throws IOException {
    List<String> violations = new ArrayList<>();
    try (Stream<Path> files = Files.walk(MAIN)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        boolean cli = MAIN.relativize(file).getName(0).toString().equals("cli");
        if (!cli && Files.readString(file).contains("import picocli.")) {
          violations.add(MAIN.relativize(file).toString());
        }
      }
    }
    assertThat(violations).isEmpty();
  }
}
