package dev.linkcheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linkcheck.model.Document;
import dev.linkcheck.model.DocumentType;
import dev.linkcheck.model.Link;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every input under fixtures/extract/ extracts exactly the links listed beside it. */
class GoldenFixturesTest {

  private static final Path ROOT = Path.of("src/test/resources/fixtures/extract");

  static Stream<Path> fixtures() throws IOException {
    try (Stream<Path> files = Files.walk(ROOT)) {
      return files
          .filter(Files::isRegularFile)
          .filter(p -> !p.toString().endsWith(".expected"))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void extractsExactlyTheExpectedLinks(Path input) throws IOException {
    String name = input.getFileName().toString();
    DocumentType type =
        name.endsWith(".md")
            ? DocumentType.MARKDOWN
            : name.endsWith(".html") ? DocumentType.HTML : DocumentType.TEXT;
    Document doc = new Document(name, input, type, Files.readString(input, StandardCharsets.UTF_8));

    List<Link> links = Extractor.forType(type).extract(doc);

    List<String> actual =
        links.stream()
            .map(l -> l.location().line() + ":" + l.location().column() + " " + l.url())
            .toList();
    List<String> expected =
        Files.readAllLines(input.resolveSibling(name + ".expected"), StandardCharsets.UTF_8);
    assertThat(actual).containsExactlyElementsOf(expected);
    assertThat(links).allSatisfy(l -> assertThat(l.location().file()).isEqualTo(name));
  }
}
