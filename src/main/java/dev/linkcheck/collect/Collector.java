package dev.linkcheck.collect;

import dev.linkcheck.model.Diagnostics;
import dev.linkcheck.model.Document;
import java.util.List;
import java.util.Optional;

/** Turns the command line's inputs into sources, and sources into documents. Thread-safe. */
public final class Collector {

  private final CollectOptions options;

  public Collector(CollectOptions options) {
    this.options = options;
  }

  /**
   * Expands inputs (files, folders walked recursively, globs, {@code -}) into sources sorted by
   * display path, each once. Problems inside a walk go to {@code diagnostics}.
   *
   * @throws InputNotFoundException when an input names nothing that exists (a usage error)
   */
  public List<Source> collect(List<String> inputs, Diagnostics diagnostics)
      throws InputNotFoundException {
    throw new UnsupportedOperationException("TODO " + options + inputs + diagnostics);
  }

  /**
   * Reads and decodes one source; empty when it cannot be read, after telling {@code diagnostics}.
   */
  public Optional<Document> read(Source source, Diagnostics diagnostics) {
    throw new UnsupportedOperationException("TODO " + source + diagnostics);
  }
}
