package dev.linkcheck.io;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a regular file atomically: into a temporary file beside the target, then renamed over it,
 * so an interrupted run never leaves a truncated file. The result keeps the replaced file's
 * permission bits (and its owner and group where the process may set them); a new file gets the
 * umask's, as a shell redirection would. Not thread-safe.
 */
public final class AtomicFile implements OutputFile {

  private final Path target;
  private final Path temp;
  private final FileChannel channel;
  private final WatchedOutputStream stream;
  private final PrintWriter writer;
  private boolean committed;

  /**
   * Opens a temporary file beside {@code target} (a path that is not a symlink; see {@link
   * OutputFile#open}); nothing is visible at {@code target} yet.
   */
  public AtomicFile(Path target) throws IOException {
    this.target = target.toAbsolutePath();
    Path dir = this.target.getParent();
    Path created = null;
    FileChannel opened = null;
    while (opened == null) {
      created =
          dir.resolve(
              "."
                  + this.target.getFileName()
                  + "."
                  + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36)
                  + ".tmp");
      try {
        // No permission attribute: the kernel applies 0666 and the umask, unlike createTempFile's
        // 0600.
        opened = FileChannel.open(created, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      } catch (FileAlreadyExistsException e) {
        // another run's temporary file: pick another name
      } catch (IOException e) {
        throw OutputException.folder(this.target, e);
      }
    }
    this.temp = created;
    this.channel = opened;
    this.stream = new WatchedOutputStream(Channels.newOutputStream(channel));
    this.writer = OutputFile.utf8(stream);
  }

  @Override
  public PrintWriter writer() {
    return writer;
  }

  /** Makes the written content visible at the target path, on disk before the rename. */
  @Override
  public void commit() throws IOException {
    writer.flush();
    IOException failure = stream.failure();
    if (failure == null) {
      try {
        channel.force(true);
      } catch (IOException e) {
        failure = e;
      }
    }
    writer.close();
    if (failure != null) {
      throw OutputException.write(target, failure);
    }
    try {
      keepAttributesOf(target, temp);
      try {
        Files.move(
            temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw OutputException.of(target, e);
    }
    committed = true;
  }

  /** Gives {@code temp} the permission bits, and where allowed owner and group, of {@code old}. */
  private static void keepAttributesOf(Path old, Path temp) throws IOException {
    PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
    if (view == null || !Files.isRegularFile(old)) {
      return;
    }
    PosixFileAttributes before = Files.readAttributes(old, PosixFileAttributes.class);
    view.setPermissions(before.permissions());
    PosixFileAttributes now = view.readAttributes();
    try {
      if (!now.group().equals(before.group())) {
        view.setGroup(before.group());
      }
      if (!now.owner().equals(before.owner())) {
        view.setOwner(before.owner());
      }
    } catch (IOException e) {
      // Only root may give a file away; everyone else's replacement is theirs, as with cp.
    }
  }

  /** Discards the temporary file unless committed. */
  @Override
  public void close() throws IOException {
    if (!committed) {
      writer.close();
      Files.deleteIfExists(temp);
    }
  }
}
