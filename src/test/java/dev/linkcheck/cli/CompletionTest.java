package dev.linkcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The completion scripts, bash's run in a real bash against a real folder. */
class CompletionTest {

  @TempDir Path dir;
  @TempDir Path scripts;
  private Path bashScript;

  @BeforeEach
  void setUp() throws Exception {
    Files.writeString(dir.resolve("a.md"), "");
    Files.createDirectories(dir.resolve("docs"));
    CliRunner.Run run = new CliRunner(dir).run("--completion", "bash");
    assertThat(run.exitCode()).isZero();
    bashScript = Files.writeString(scripts.resolve("completion.bash"), run.out());
  }

  private static String script(String shell) {
    StringWriter sink = new StringWriter();
    Environment env =
        new Environment(
            Map.of(),
            false,
            false,
            Path.of("."),
            () -> new ByteArrayInputStream(new byte[0]),
            new Interruption());
    PrintWriter w = new PrintWriter(sink);
    return Completion.script(Linkcheck.commandLine(new LinkcheckCommand(w, w, env), w, w), shell);
  }

  /** What bash offers after {@code words}, the last of which is being typed. */
  private List<String> complete(String... words) throws Exception {
    String array =
        Arrays.stream(words).map(Subprocess::shellQuote).collect(Collectors.joining(" "));
    String command =
        "source "
            + Subprocess.shellQuote(bashScript.toString())
            + "; COMP_WORDS=(linkcheck "
            + array
            + "); COMP_CWORD="
            + words.length
            + "; _linkcheck; printf '%s\\n' \"${COMPREPLY[@]}\"";
    Process p =
        new ProcessBuilder("bash", "--norc", "-c", command)
            .directory(dir.toFile())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
    return out.lines().filter(l -> !l.isEmpty()).sorted().toList();
  }

  @Test
  void bashCompletesFilesAndFoldersForInput() throws Exception {
    assertThat(complete("")).containsExactly("a.md", "docs");
    assertThat(complete("d")).containsExactly("docs");
  }

  @Test
  void bashCompletesEnumValuesInLowerCaseAsTheReadmeWritesThem() throws Exception {
    assertThat(complete("-f", ""))
        .containsExactlyInAnyOrder(
            "text", "json", "ndjson", "markdown", "github", "junit", "sarif");
    assertThat(complete("--color", "")).containsExactlyInAnyOrder("auto", "always", "never");
    assertThat(complete("--format", "j")).containsExactlyInAnyOrder("json", "junit");
  }

  @Test
  void bashTakesMinusVAsAFlagAndCompletesTheInputAfterIt() throws Exception {
    assertThat(complete("-v", "")).containsExactly("a.md", "docs");
    assertThat(complete("-v", "-v", "a")).containsExactly("a.md");
  }

  @Test
  void bashCompletesOptionNamesAndFoldersForRootDir() throws Exception {
    assertThat(complete("--max-c"))
        .containsExactlyInAnyOrder("--max-cache-age", "--max-concurrency");
    assertThat(complete("--root-dir", "")).containsExactly("docs");
  }

  @Test
  void zshCompletesFilesForInputLowerCaseValuesAndMinusVAsAFlag() throws Exception {
    String zsh = script("zsh");

    assertThat(zsh)
        .startsWith("#compdef linkcheck\n")
        .contains("'*:INPUT:_files'")
        .contains(":format:(text json ndjson markdown github junit sarif)'")
        .contains(":root-dir:_files -/'")
        .containsPattern("'\\*'\\{-v,--verbose\\}'\\[[^]]*\\]' \\\\\n")
        .doesNotContain("bashcompinit", "TEXT");
    syntaxCheck("zsh", "-n", zsh);
  }

  @Test
  void fishCompletesFilesForInputLowerCaseValuesAndMinusVAsAFlag() throws Exception {
    String fish = script("fish");
    assertThat(new CliRunner(dir).run("--completion", "fish").out()).isEqualTo(fish);

    assertThat(fish)
        .contains("complete -c linkcheck -s f -l format -x -a 'text json ndjson markdown")
        .contains("complete -c linkcheck -s o -l output -r -F -d")
        .containsPattern("complete -c linkcheck -s v -l verbose -d '[^']*'\n")
        .doesNotContain("complete -c linkcheck -f");
    syntaxCheck("fish", "--no-execute", fish);
  }

  /** Parses {@code script} with {@code shell} where it is installed. */
  private void syntaxCheck(String shell, String flag, String script) throws Exception {
    Path file = Files.writeString(scripts.resolve("completion." + shell), script);
    Process p;
    try {
      p = new ProcessBuilder(shell, flag, file.toString()).redirectErrorStream(true).start();
    } catch (java.io.IOException e) {
      assumeThat(shell + " installed").as(shell + " is not installed").isNull();
      return;
    }
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
  }
}
