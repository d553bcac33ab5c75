package dev.linkcheck.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * An output file that cannot be opened or written; the message names the path (or its folder) and
 * the reason in words, never a temporary file's name.
 */
public final class OutputException extends IOException {

  private final transient Path path;

  public OutputException(Path path, String message) {
    super(message);
    this.path = path;
  }

  public OutputException(Path path, String message, Throwable cause) {
    super(message, cause);
    this.path = path;
  }

  /** The file the run meant to write. */
  public Path path() {
    return path;
  }

  /** Opening or inspecting {@code path} failed with {@code e}. */
  static OutputException of(Path path, IOException e) {
    return new OutputException(path, path + ": " + OutputFile.reason(e), e);
  }

  /** Writing {@code path} failed with {@code e}. */
  static OutputException write(Path path, IOException e) {
    return new OutputException(path, "cannot write " + path + ": " + OutputFile.reason(e), e);
  }

  /** A file could not be created in {@code target}'s folder; {@code e} says why. */
  static OutputException folder(Path target, IOException e) {
    Path folder = target.getParent();
    String why =
        switch (e) {
          case NoSuchFileException x -> "no such folder";
          case NotDirectoryException x -> "not a folder";
          case AccessDeniedException x -> "permission denied";
          default -> OutputFile.reason(e);
        };
    return new OutputException(target, "cannot create " + target + " in " + folder + ": " + why, e);
  }
}
