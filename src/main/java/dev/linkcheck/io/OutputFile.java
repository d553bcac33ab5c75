package dev.linkcheck.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * A file a run writes (a report, the cache), opened by what is at its path: a regular file or
 * nothing is written atomically beside itself ({@link AtomicFile}), through any symlinks to their
 * target; anything else (a FIFO, a device, a terminal) is written in place ({@link InPlaceFile}),
 * never replaced. Not thread-safe.
 */
public sealed interface OutputFile extends AutoCloseable permits AtomicFile, InPlaceFile {

  /** Symlink hops followed before giving up, as the kernel does (ELOOP). */
  int MAX_LINKS = 40;

  PrintWriter writer();

  /** Makes everything written final; an {@link OutputException} says why it could not be. */
  void commit() throws IOException;

  /** Releases the file; unless committed, an atomic write leaves the target as it was. */
  @Override
  void close() throws IOException;

  /**
   * Opens {@code path} for writing; an {@link OutputException} names the path or its folder when it
   * cannot be written there (no such folder, a folder, no permission).
   */
  static OutputFile open(Path path) throws IOException {
    Path given = path.toAbsolutePath();
    BasicFileAttributes attributes = attributes(given);
    if (attributes != null && attributes.isDirectory()) {
      throw new OutputException(given, given + ": is a folder");
    }
    if (attributes != null && !attributes.isRegularFile()) {
      return new InPlaceFile(given);
    }
    return new AtomicFile(linkTarget(given));
  }

  /** The attributes of what {@code path} names after its symlinks, or null when nothing is. */
  private static BasicFileAttributes attributes(Path path) throws OutputException {
    try {
      return Files.readAttributes(path, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      return null;
    } catch (IOException e) {
      throw OutputException.of(path, e);
    }
  }

  /**
   * Where the symlinks starting at {@code path} end: the file to replace, or to create when the
   * last link dangles. A rename over the link itself would replace the link, not its target.
   */
  static Path linkTarget(Path path) throws OutputException {
    Path current = path;
    for (int hops = 0; Files.isSymbolicLink(current); hops++) {
      if (hops == MAX_LINKS) {
        throw new OutputException(path, path + ": too many levels of symbolic links");
      }
      try {
        Path parent = current.getParent();
        current = parent.resolve(Files.readSymbolicLink(current)).normalize();
      } catch (IOException e) {
        throw OutputException.of(current, e);
      }
    }
    return current;
  }

  /** A buffered UTF-8 writer over {@code stream}, as every output file uses. */
  static PrintWriter utf8(OutputStream stream) {
    return new PrintWriter(
        new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16));
  }

  /** The reason an I/O exception gives, without the path it repeats. */
  static String reason(IOException e) {
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    }
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }
}
