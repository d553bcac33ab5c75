package dev.linkcheck.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One mapping from file names to types serves inputs and the files fragments point into. */
class DocumentTypeTest {

  @ParameterizedTest
  @CsvSource({
    "README.md, MARKDOWN",
    "docs/Guide.MARKDOWN, MARKDOWN",
    "site/index.html, HTML",
    "page.HTM, HTML",
    "book/ch1.xhtml, HTML",
    "urls.txt, TEXT",
    "md, TEXT",
    "notes.md/inner, TEXT",
    "Makefile, TEXT"
  })
  void aFileNameGivesItsType(String name, DocumentType type) {
    assertThat(DocumentType.ofFileName(name)).isEqualTo(type);
  }
}
