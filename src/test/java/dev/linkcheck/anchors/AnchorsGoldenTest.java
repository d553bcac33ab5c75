package dev.linkcheck.anchors;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linkcheck.model.DocumentType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every input under fixtures/anchors/ defines exactly the anchors listed beside it, in order. */
class AnchorsGoldenTest {

  private static final Path ROOT = Path.of("src/test/resources/fixtures/anchors");

  static Stream<Path> fixtures() throws IOException {
    try (Stream<Path> files = Files.list(ROOT)) {
      return files.filter(p -> !p.toString().endsWith(".expected")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void definesExactlyTheExpectedAnchors(Path input) throws IOException {
    String name = input.getFileName().toString();
    DocumentType type = name.endsWith(".md") ? DocumentType.MARKDOWN : DocumentType.HTML;

    List<String> anchors =
        List.copyOf(Anchors.of(type, Files.readString(input, StandardCharsets.UTF_8)));

    List<String> expected =
        Files.readAllLines(input.resolveSibling(name + ".expected"), StandardCharsets.UTF_8);
    assertThat(anchors).containsExactlyElementsOf(expected);
  }
}
